/// One item of a decisions file, named by the questions it holds (its note aside): what an edit adds or removes.
public enum DecisionEntry: Sendable, Hashable {
    /// An item of `pairs:`.
    case pair(old: String, new: String)
    /// An item of `unrelated:`.
    case unrelated(old: String, new: String)
    /// An item of `alone:`: an old question removed, or a new one really new.
    case alone(old: String?, new: String?)

    /// The list of the file it belongs to.
    public var listKey: String {
        switch self {
        case .pair: "pairs"
        case .unrelated: "unrelated"
        case .alone: "alone"
        }
    }

    /// The old questions it names (none or one).
    public var oldQuestions: [String] {
        switch self {
        case .pair(let old, _), .unrelated(let old, _): [old]
        case .alone(let old, _): old.map { [$0] } ?? []
        }
    }

    /// The new questions it names (none or one).
    public var newQuestions: [String] {
        switch self {
        case .pair(_, let new), .unrelated(_, let new): [new]
        case .alone(_, let new): new.map { [$0] } ?? []
        }
    }
}

extension ReviewedDecisions {
    /// Every item of the file, in the file's order: pairs, then refusals, then questions alone.
    public var entries: [DecisionEntry] {
        pairs.map { .pair(old: $0.old, new: $0.new) } + unrelated.map { .unrelated(old: $0.old, new: $0.new) }
            + alone.map { .alone(old: $0.old, new: $0.new) }
    }

    /// The note recorded with an item, exactly as read.
    public func note(of entry: DecisionEntry) -> String? {
        switch entry {
        case .pair(let old, let new): pairs.first { $0.old == old && $0.new == new }?.note
        case .unrelated(let old, let new): unrelated.first { $0.old == old && $0.new == new }?.note
        case .alone(let old, let new): alone.first { $0.old == old && $0.new == new }?.note
        }
    }
}
