/// A look at a ZIP's central directory for what ZIPFoundation does not make public: entries encrypted
/// with a password (general-purpose flag bit 0, APPNOTE 4.4.4), and where each entry's data lies.
enum ZipDirectory {
    struct Location {
        var method: UInt16
        var crc: UInt32
        var compressedSize: Int
        var uncompressedSize: Int
        var localHeaderOffset: Int
    }

    /// Each entry's method, CRC, sizes and local header, by name as stored.
    static func locations(in bytes: [UInt8]) -> [String: Location] {
        guard let end = endOfCentralDirectory(bytes) else { return [:] }
        let count = Int(uint16(bytes, end + 10))
        var offset = Int(uint32(bytes, end + 16))
        var found: [String: Location] = [:]
        for _ in 0..<count {
            guard offset + 46 <= bytes.count, uint32(bytes, offset) == 0x0201_4b50 else { break }
            let nameLength = Int(uint16(bytes, offset + 28))
            let extraLength = Int(uint16(bytes, offset + 30))
            let commentLength = Int(uint16(bytes, offset + 32))
            guard offset + 46 + nameLength <= bytes.count else { break }
            let name = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
            found[name] = Location(
                method: uint16(bytes, offset + 10), crc: uint32(bytes, offset + 16), compressedSize: Int(uint32(bytes, offset + 20)),
                uncompressedSize: Int(uint32(bytes, offset + 24)), localHeaderOffset: Int(uint32(bytes, offset + 42)))
            offset += 46 + nameLength + extraLength + commentLength
        }
        return found
    }

    /// Where an entry's data starts, after its local header; nil when the header is not where it should be.
    static func dataStart(of location: Location, in bytes: [UInt8]) -> Int? {
        let header = location.localHeaderOffset
        guard header + 30 <= bytes.count, uint32(bytes, header) == 0x0403_4b50 else { return nil }
        let start = header + 30 + Int(uint16(bytes, header + 26)) + Int(uint16(bytes, header + 28))
        return start <= bytes.count ? start : nil
    }

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
