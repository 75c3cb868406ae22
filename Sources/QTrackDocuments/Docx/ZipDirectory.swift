/// A look at a ZIP's central directory before ZIPFoundation opens it, for what ZIPFoundation does not
/// report: entries encrypted with a password (general-purpose flag bit 0, APPNOTE 4.4.4).
enum ZipDirectory {
    /// Names of encrypted entries; empty when there are none or the directory cannot be found (then
    /// ZIPFoundation reports the damage).
    static func encryptedEntries(in bytes: [UInt8]) -> [String] {
        guard let end = endOfCentralDirectory(bytes) else { return [] }
        let count = Int(uint16(bytes, end + 10))
        var offset = Int(uint32(bytes, end + 16))
        var encrypted: [String] = []
        for _ in 0..<count {
            guard offset + 46 <= bytes.count, uint32(bytes, offset) == 0x0201_4b50 else { break }
            let flags = uint16(bytes, offset + 8)
            let nameLength = Int(uint16(bytes, offset + 28))
            let extraLength = Int(uint16(bytes, offset + 30))
            let commentLength = Int(uint16(bytes, offset + 32))
            guard offset + 46 + nameLength <= bytes.count else { break }
            if flags & 1 == 1 {
                encrypted.append(String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self))
            }
            offset += 46 + nameLength + extraLength + commentLength
        }
        return encrypted
    }

    /// The end-of-central-directory record, searched from the end past a comment of up to 64 KiB.
    private static func endOfCentralDirectory(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 22 else { return nil }
        var index = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 65_535)
        while index >= lowest {
            if bytes[index] == 0x50, uint32(bytes, index) == 0x0605_4b50 { return index }
            index -= 1
        }
        return nil
    }

    private static func uint16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
        guard offset + 2 <= bytes.count else { return 0 }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    private static func uint32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        guard offset + 4 <= bytes.count else { return 0 }
        return UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }
}
