/// A short digest of a question's normalised text, stable across runs and platforms (64-bit FNV-1a).
/// It only has to tell "this text changed" apart, not resist an adversary.
public enum Fingerprint {
    /// The digest of `TextNormalizer.comparable` of the text and each sub-item, joined by line breaks.
    public static func of(text: String, subItems: [String] = []) -> String {
        // The pieces are hashed one after the other rather than joined into one string first, and an ASCII
        // piece is lower-cased byte by byte as it is hashed: what `lowercased()` does to ASCII.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        hashComparable(text, into: &hash)
        for item in subItems {
            hash = fnv(hash, UInt8(ascii: "\n"))
            hashComparable(item, into: &hash)
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    private static func hashComparable(_ text: String, into hash: inout UInt64) {
        let cleaned = TextNormalizer.clean(text)
        let start = hash
        for byte in cleaned.utf8 {
            guard byte < 0x80 else {
                // Not ASCII: the Unicode lower case, from the piece's start.
                hash = cleaned.lowercased().utf8.reduce(start, fnv)
                return
            }
            hash = fnv(hash, byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 0x20 : byte)
        }
    }

    @inline(__always) private static func fnv(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
}
