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
        guard let (count, start) = centralDirectory(bytes) else { return [:] }
        var offset = start
        var found: [String: Location] = [:]
        for _ in 0..<count {
            guard offset + 46 <= bytes.count, uint32(bytes, offset) == 0x0201_4b50 else { break }
            let nameLength = Int(uint16(bytes, offset + 28))
            let extraLength = Int(uint16(bytes, offset + 30))
            let commentLength = Int(uint16(bytes, offset + 32))
            guard offset + 46 + nameLength <= bytes.count else { break }
            let name = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
            var location = Location(
                method: uint16(bytes, offset + 10), crc: uint32(bytes, offset + 16), compressedSize: Int(uint32(bytes, offset + 20)),
                uncompressedSize: Int(uint32(bytes, offset + 24)), localHeaderOffset: Int(uint32(bytes, offset + 42)))
            readZip64Extra(bytes, from: offset + 46 + nameLength, length: extraLength, into: &location)
            found[name] = location
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
        guard let (count, start) = centralDirectory(bytes) else { return [] }
        var offset = start
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

    /// How many entries the central directory has and where it starts, from the end record or, where that
    /// says "see ZIP64" (0xFFFF, 0xFFFFFFFF), from the ZIP64 end record its locator points to (APPNOTE 4.3.14–15).
    /// The count is bounded by what the bytes could hold.
    private static func centralDirectory(_ bytes: [UInt8]) -> (count: Int, offset: Int)? {
        guard let end = endOfCentralDirectory(bytes) else { return nil }
        var count = Int(uint16(bytes, end + 10))
        var offset = Int(uint32(bytes, end + 16))
        let locator = end - 20
        if count == 0xFFFF || offset == 0xFFFF_FFFF, locator >= 0, uint32(bytes, locator) == 0x0706_4b50 {
            let record = uint64(bytes, locator + 8)
            if record >= 0, record + 56 <= bytes.count, uint32(bytes, record) == 0x0606_4b50 {
                count = uint64(bytes, record + 32)
                offset = uint64(bytes, record + 48)
            }
        }
        guard offset >= 0, offset < bytes.count else { return nil }
        return (min(max(count, 0), bytes.count / 46), offset)
    }

    /// Sizes and offset that did not fit in 32 bits, from the entry's ZIP64 extra field (id 0x0001).
    private static func readZip64Extra(_ bytes: [UInt8], from start: Int, length: Int, into location: inout Location) {
        var index = start
        let end = min(start + length, bytes.count)
        while index + 4 <= end {
            let id = uint16(bytes, index)
            let size = Int(uint16(bytes, index + 2))
            if id == 0x0001 {
                var field = index + 4
                for keyPath in [\Location.uncompressedSize, \Location.compressedSize, \Location.localHeaderOffset]
                where location[keyPath: keyPath] == 0xFFFF_FFFF && field + 8 <= index + 4 + size {
                    // Bounded by the file: a larger value is damage, and must not overflow the checks that add to it.
                    let value = uint64(bytes, field)
                    location[keyPath: keyPath] = value < 0 ? bytes.count + 1 : min(value, bytes.count + 1)
                    field += 8
                }
                return
            }
            index += 4 + size
        }
    }

    /// A 64-bit little-endian value as an Int; one beyond Int's range reads as -1, which no check accepts.
    private static func uint64(_ bytes: [UInt8], _ offset: Int) -> Int {
        guard offset >= 0, offset + 8 <= bytes.count else { return -1 }
        var value: UInt64 = 0
        for shift in 0..<8 { value |= UInt64(bytes[offset + shift]) << (8 * UInt64(shift)) }
        return value > UInt64(Int.max) ? -1 : Int(value)
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
