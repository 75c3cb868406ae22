/// A short digest of a question's normalised text, stable across runs and platforms (64-bit FNV-1a).
/// It only has to tell "this text changed" apart, not resist an adversary.
public enum Fingerprint {
    public static func of(text: String, subItems: [String] = []) -> String {
        let normalised = ([text] + subItems).map(TextNormalizer.comparable).joined(separator: "\n")
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in normalised.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
