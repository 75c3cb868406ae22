import QTrackModel

/// Each question's stems with the forms it writes them in, worked out when a pair is first explained and
/// then kept: features do not carry them (a dictionary per question was a tenth of a large diff's memory),
/// and a question is explained many times over (evidence, suggestions, probable pairs).
///
/// A class, for the same reason as `SimilarityMemo`: one comparison (or one coverage), on one thread.
final class WrittenForms {
    private var forms: [Int: [String: String]] = [:]
    private var stems = StemMemo()

    /// The forms of the question with `key`, from `parts` in order (its own text first): a stem's first form wins.
    func forms(_ key: Int, of parts: [String]) -> [String: String] {
        if let known = forms[key] { return known }
        var written: [String: String] = [:]
        for part in parts {
            _ = stems.contentWords(TextFeatures.tokens(TextNormalizer.comparable(part)), written: &written)
        }
        forms[key] = written
        return written
    }
}
