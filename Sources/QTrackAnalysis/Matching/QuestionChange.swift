public import QTrackModel

/// One question's fate: its old and new forms (either may be missing), the kinds of change, and the evidence.
public struct QuestionChange: Sendable, Hashable {
    /// How the pair was made.
    public enum Origin: String, Sendable, Hashable, Codable {
        /// A reviewer's decision in `Mappings/`.
        case decision
        /// Identical normalised text.
        case identical
        /// Identical once years and dates are masked.
        case dateMasked
        /// The best global assignment on similarity.
        case similarity
        /// Found among the leftovers as part of a split or merge.
        case splitOrMerge
        /// No counterpart.
        case none
    }

    /// All kinds that apply, most important first (a question can be both moved and reworded).
    public var kinds: [ChangeKind]
    public var old: Question?
    public var new: Question?
    /// 0…1, how alike the two texts are (1 for identical text; 0 for added or removed).
    public var similarity: Double
    /// 0…1, how sure the pairing is, lowered when another candidate came close.
    public var confidence: Double
    /// True when a runner-up came within a small margin of this pair.
    public var ambiguous: Bool
    public var origin: Origin
    /// Why the pair was made, in words (`--explain`).
    public var evidence: [String]
    /// The word-level changes of a reworded pair; empty otherwise.
    public var diff: [DiffSegment]

    public var kind: ChangeKind { kinds.first ?? .unchanged }

    public init(
        kinds: [ChangeKind], old: Question?, new: Question?, similarity: Double, confidence: Double, ambiguous: Bool = false,
        origin: Origin, evidence: [String] = [], diff: [DiffSegment] = []
    ) {
        self.kinds = kinds.sorted()
        self.old = old
        self.new = new
        self.similarity = similarity
        self.confidence = confidence
        self.ambiguous = ambiguous
        self.origin = origin
        self.evidence = evidence
        self.diff = diff
    }
}

/// A run of words in a word-level diff.
public struct DiffSegment: Sendable, Hashable, Codable {
    public enum Operation: String, Sendable, Hashable, Codable {
        case equal
        case insert
        case delete
    }

    public var operation: Operation
    public var text: String

    public init(_ operation: Operation, _ text: String) {
        self.operation = operation
        self.text = text
    }
}
