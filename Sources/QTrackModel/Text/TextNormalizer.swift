import Foundation

/// The normalisation every comparison uses, so that a .txt and a .docx of the same text compare equal.
public enum TextNormalizer {
    /// Unicode NFKC, quotes and dashes folded, zero-width characters dropped, whitespace collapsed.
    /// Case is kept: `comparable(_:)` also folds it.
    public static func clean(_ text: String) -> String {
        // Most texts are ASCII and already clean: told in one pass over their bytes.
        if isCollapsedASCII(text, keeping: foldKeeps) { return text }
        // NFKC changes nothing in ASCII text; skipping it there is most of the time saved.
        let unchanged = text.utf8.allSatisfy { $0 < 0x80 } || text.unicodeScalars.allSatisfy(isUnchangedByNFKC)
        let composed = unchanged ? text : text.precomposedStringWithCompatibilityMapping
        return collapsingWhitespace(composed, fold)
    }

    /// ASCII, curly quotes, dashes, the bullet and Latin-1's accented letters: NFKC leaves each as it is and
    /// composes none with its neighbours (checked pair by pair against Python's `unicodedata`), so a text of
    /// only these skips Foundation's NFKC, which bridges to CFString and was a twentieth of a large diff.
    @inline(__always) static func isUnchangedByNFKC(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x7F, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0xFF, 0x2010, 0x2012...0x2015, 0x2018...0x201F, 0x2022, 0x2212: true
        default: false
        }
    }

    /// `clean` plus lower case: the form fingerprints and the matcher compare.
    public static func comparable(_ text: String) -> String {
        clean(text).lowercased()
    }

    /// Unicode whitespace, answered without a property lookup for ASCII.
    @inline(__always) static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }

    /// Folds look-alike punctuation to ASCII; nil drops the scalar (zero-width and soft-hyphen marks).
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD: return nil
        case 0x00A0, 0x2007, 0x202F: return " "
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x0060, 0x00B4: return "'"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033: return "\""
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: return "-"
        default: return scalar
        }
    }
}

extension TextNormalizer {
    /// Whitespace collapsed and invisible characters dropped, other characters kept as printed:
    /// the form the model stores and reports show.
    public static func display(_ text: String) -> String {
        if isCollapsedASCII(text, keeping: displayKeeps) { return text }
        return collapsingWhitespace(text, displayed)
    }

    /// What `display` keeps of a scalar; nil drops it.
    static func displayed(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD: nil
        // Control characters (ESC and the like) never reach a report, nor a terminal through it.
        case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F...0x9F: nil
        default: scalar
        }
    }

    /// The ASCII characters `fold` and `displayed` keep as they are, whitespace aside.
    static let foldKeeps = ASCIIMask(keeping: fold)
    static let displayKeeps = ASCIIMask(keeping: displayed)

    /// Which ASCII characters a map keeps as they are, and that are not whitespace: 128 bits.
    struct ASCIIMask {
        private var low: UInt64 = 0
        private var high: UInt64 = 0

        init(keeping map: (Unicode.Scalar) -> Unicode.Scalar?) {
            for byte in UInt8(0)..<0x80 {
                let scalar = Unicode.Scalar(byte)
                guard map(scalar) == scalar, !TextNormalizer.isWhitespace(scalar) else { continue }
                if byte < 64 { low |= 1 << byte } else { high |= 1 << (byte - 64) }
            }
        }

        @inline(__always) func contains(_ byte: UInt8) -> Bool {
            byte < 64 ? low >> byte & 1 == 1 : byte < 128 && high >> (byte - 64) & 1 == 1
        }
    }

    /// True when `text` is ASCII and `collapsingWhitespace` with the map whose `kept` characters these are gives it
    /// back as it is: only kept characters and single spaces between them. One pass over the bytes, with no call per
    /// byte: `clean` and `display` of every paragraph and question were 5% of the CPU of a 10,000-question diff.
    static func isCollapsedASCII(_ text: String, keeping kept: ASCIIMask) -> Bool {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            // A blank at the start would be trimmed: count the start as one.
            var afterSpace = true
            for byte in bytes {
                if byte == 0x20 {
                    if afterSpace { return false }
                    afterSpace = true
                } else if kept.contains(byte) {
                    afterSpace = false
                } else {
                    return false
                }
            }
            // A blank at the end would be trimmed.
            return !afterSpace || bytes.isEmpty
        }
        return answer ?? false
    }

    /// Maps each scalar (nil drops it), then collapses runs of whitespace to one space and trims the ends.
    /// Written into UTF-8 bytes: appending scalars to a `String` one at a time was a tenth of reading a
    /// large questionnaire.
    static func collapsingWhitespace(_ text: String, _ map: (Unicode.Scalar) -> Unicode.Scalar?) -> String {
        if isCollapsed(text, map) { return text }
        return collapsingWhitespaceByScalars(text, map)
    }

    /// True when `collapsingWhitespaceByScalars` would give `text` back as it is: each scalar maps to itself and
    /// the only whitespace is single spaces between other characters. Most texts are; telling so reads the
    /// ASCII bytes without decoding scalars, and copies nothing.
    static func isCollapsed(_ text: String, _ map: (Unicode.Scalar) -> Unicode.Scalar?) -> Bool {
        // A blank at the start would be trimmed: count the start as one.
        var afterSpace = true
        func accepts(_ scalar: Unicode.Scalar) -> Bool {
            guard map(scalar) == scalar else { return false }
            if scalar == " " {
                if afterSpace { return false }
                afterSpace = true
                return true
            }
            afterSpace = false
            return !isWhitespace(scalar)
        }
        var asciiBytes = 0
        for byte in text.utf8 {
            guard byte < 0x80 else { break }
            guard accepts(Unicode.Scalar(byte)) else { return false }
            asciiBytes += 1
        }
        // The first byte outside ASCII starts a scalar: read the rest as scalars.
        if asciiBytes < text.utf8.count {
            let start = text.utf8.index(text.utf8.startIndex, offsetBy: asciiBytes)
            for scalar in text.unicodeScalars[start...] where !accepts(scalar) { return false }
        }
        // A blank at the end would be trimmed.
        return !afterSpace || text.utf8.isEmpty
    }

    /// `collapsingWhitespace` scalar by scalar: the general rule.
    static func collapsingWhitespaceByScalars(_ text: String, _ map: (Unicode.Scalar) -> Unicode.Scalar?) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            guard let mapped = map(scalar) else { continue }
            if isWhitespace(mapped) {
                pendingSpace = !output.isEmpty
                continue
            }
            if pendingSpace {
                output.append(0x20)
                pendingSpace = false
            }
            if mapped.isASCII {
                output.append(UInt8(mapped.value))
            } else {
                UTF8.encode(mapped) { output.append($0) }
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
