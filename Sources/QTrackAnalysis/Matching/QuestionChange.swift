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
        /// Weaker evidence used together: similarity, shared rare words, neighbours and section (probable).
        case context
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
    /// How sure the pair is: nil for an added or removed question.
    public var certainty: Certainty?
    /// For an added or removed question, the likeliest counterparts on the other side, best first (at most three).
    public var candidates: [Counterpart]

    public var kind: ChangeKind { kinds.first ?? .unchanged }

    public init(
        kinds: [ChangeKind], old: Question?, new: Question?, similarity: Double, confidence: Double, ambiguous: Bool = false,
        origin: Origin, evidence: [String] = [], diff: [DiffSegment] = [], certainty: Certainty? = nil, candidates: [Counterpart] = []
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
        self.certainty = old != nil && new != nil ? (certainty ?? .certain) : nil
        self.candidates = candidates
    }
}

/// How sure a pair is. Both are reported as pairs; a probable one says so, with its evidence, for a person to confirm.
public enum Certainty: String, Sendable, Hashable, Codable, CaseIterable {
    /// Identical text, a reviewer's decision, or similarity clear enough that a reviewer need not look.
    case certain
    /// Weaker evidence used together (shared rare words, neighbours, section): a reviewer will likely agree.
    case probable
}

/// A question on the other side that may be the counterpart of an added or removed one.
public struct Counterpart: Sendable, Hashable {
    public var question: Question
    /// The similarity of the two, context included; 0…1.
    public var score: Double
    /// The rare words they share, most telling first.
    public var sharedWords: [String]

    public init(question: Question, score: Double, sharedWords: [String]) {
        self.question = question
        self.score = score
        self.sharedWords = sharedWords
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
