import QTrackModel
import Synchronization

/// Each question's stems with the forms it writes them in, worked out when a pair is first explained and
/// then kept: features do not carry them (a dictionary per question was a tenth of a large diff's memory),
/// and a question is explained many times over (evidence, suggestions, probable pairs).
///
/// Shared by the threads that explain pairs at once: the forms found are kept under a lock, and each thread
/// works them out with a memo of stems of its own, taken from a pool and put back.
final class WrittenForms: Sendable {
    private let known = Mutex<[Int: [String: String]]>([:])
    private let stemMemos = Mutex<[StemMemo]>([])

    /// The forms of the question with `key`, from `parts` in order (its own text first): a stem's first form wins.
    func forms(_ key: Int, of parts: [String]) -> [String: String] {
        if let forms = known.withLock({ $0[key] }) { return forms }
        var stems = stemMemos.withLock { $0.popLast() } ?? StemMemo()
        var written: [String: String] = [:]
        for part in parts {
            _ = stems.contentWords(TextFeatures.tokens(TextNormalizer.comparable(part)), written: &written)
        }
        stemMemos.withLock { [stems] in $0.append(stems) }
        known.withLock { $0[key] = written }
        return written
    }
}
