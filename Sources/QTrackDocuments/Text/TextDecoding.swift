/// Turns the bytes of a text file into a string the way a person expects Word-made text to read:
/// UTF-8 (with or without BOM), UTF-16 and UTF-32 with a BOM, and Windows-1252 bytes where UTF-8 does not fit.
enum TextDecoding {
    struct Decoded {
        var text: String
        /// Set when bytes were read as Windows-1252; says how many, for the diagnostic.
        var windows1252Bytes: Int
        var encodingName: String
    }

    static func decode(_ bytes: [UInt8]) -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return decodeUTF8(bytes.dropFirst(3), name: "UTF-8 with BOM")
        }
        // UTF-32's little-endian BOM begins like UTF-16's, so it is looked for first.
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) {
            return Decoded(text: decodeUTF32(bytes.dropFirst(4), bigEndian: false), windows1252Bytes: 0, encodingName: "UTF-32LE")
        }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            return Decoded(text: decodeUTF32(bytes.dropFirst(4), bigEndian: true), windows1252Bytes: 0, encodingName: "UTF-32BE")
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return Decoded(text: decodeUTF16(bytes.dropFirst(2), bigEndian: false), windows1252Bytes: 0, encodingName: "UTF-16LE")
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return Decoded(text: decodeUTF16(bytes.dropFirst(2), bigEndian: true), windows1252Bytes: 0, encodingName: "UTF-16BE")
        }
        // Without a BOM, UTF-16 shows itself by its zero bytes: every other byte of Latin text is zero.
        if let bigEndian = unmarkedUTF16(bytes) {
            return Decoded(
                text: decodeUTF16(bytes[...], bigEndian: bigEndian), windows1252Bytes: 0,
                encodingName: bigEndian ? "UTF-16BE without BOM" : "UTF-16LE without BOM")
        }
        return decodeUTF8(bytes[...], name: "UTF-8")
    }

    /// Whether BOM-less bytes look like UTF-16 text, and in which order: an even length of a line or more,
    /// and zero bytes in most even (big-endian) or most odd (little-endian) places and almost none in the
    /// others. Nil otherwise: a few stray bytes with NULs are no text.
    static func unmarkedUTF16(_ bytes: [UInt8]) -> Bool? {
        guard bytes.count >= 16, bytes.count % 2 == 0 else { return nil }
        var evenZeros = 0
        var oddZeros = 0
        for index in stride(from: 0, to: bytes.count, by: 2) {
            if bytes[index] == 0 { evenZeros += 1 }
            if bytes[index + 1] == 0 { oddZeros += 1 }
        }
        let units = bytes.count / 2
        if evenZeros * 2 > units && oddZeros * 20 < units { return true }
        if oddZeros * 2 > units && evenZeros * 20 < units { return false }
        return nil
    }

    /// Decodes valid UTF-8 sequences as UTF-8 and every other byte as Windows-1252,
    /// so a UTF-8 file with a few pasted Windows bytes, or a whole Windows-1252 file, reads right.
    private static func decodeUTF8(_ bytes: ArraySlice<UInt8>, name: String) -> Decoded {
        // Valid UTF-8, the usual case, decodes in one step; the loop below is for files with stray bytes.
        if let text = String(validating: bytes, as: UTF8.self) {
            return Decoded(text: text, windows1252Bytes: 0, encodingName: name)
        }
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        var foreign = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            if lead < 0x80 {
                scalars.append(Unicode.Scalar(lead))
                index += 1
                continue
            }
            if let (scalar, length) = utf8Sequence(bytes, at: index) {
                scalars.append(scalar)
                index += length
            } else {
                scalars.append(windows1252(lead))
                foreign += 1
                index += 1
            }
        }
        return Decoded(text: String(scalars), windows1252Bytes: foreign, encodingName: name)
    }

    private static func utf8Sequence(_ bytes: ArraySlice<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[index]
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF:
            length = 2
            value = UInt32(lead & 0x1F)
        case 0xE0...0xEF:
            length = 3
            value = UInt32(lead & 0x0F)
        case 0xF0...0xF4:
            length = 4
            value = UInt32(lead & 0x07)
        default: return nil
        }
        guard index + length <= bytes.endIndex else { return nil }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        // Refuse overlong forms and surrogates: they are not UTF-8, so the bytes are read as Windows-1252.
        let minimum: UInt32 = [0, 0, 0x80, 0x800, 0x10000][length]
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Windows-1252's 0x80–0x9F differ from Latin-1; the five unassigned bytes map to U+FFFD.
    private static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        let table: [UInt32] = [
            0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
            0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
        ]
        if (0x80...0x9F).contains(byte) { return Unicode.Scalar(table[Int(byte - 0x80)])! }
        return Unicode.Scalar(byte)
    }

    /// Four bytes a scalar; a value that is no scalar (a surrogate, beyond U+10FFFF) reads as U+FFFD.
    private static func decodeUTF32(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var scalars = String.UnicodeScalarView()
        var index = bytes.startIndex
        while index + 3 < bytes.endIndex {
            let b = (0..<4).map { UInt32(bytes[index + $0]) }
            let value = bigEndian ? b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3] : b[3] << 24 | b[2] << 16 | b[1] << 8 | b[0]
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            index += 4
        }
        return String(scalars)
    }
}
