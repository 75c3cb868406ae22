/// What a reviewer decides about some questions of two versions, as `qtrack review` records it.
public enum ReviewVerdict: Sendable, Hashable {
    /// These two are one question.
    case pair(old: String, new: String)
    /// These pairs must never be made (one refusal per old × new).
    case unrelated(old: [String], new: [String])
    /// One old question became these new ones.
    case split(old: String, new: [String])
    /// These old questions became one new one.
    case merge(old: [String], new: String)
    /// An old question really removed.
    case removed(old: String)
    /// A new question really new.
    case added(new: String)

    /// The pairs it records (none for a refusal or a question alone).
    var pairs: [DecisionEntry] {
        switch self {
        case .pair(let old, let new): [.pair(old: old, new: new)]
        case .split(let old, let new): new.map { .pair(old: old, new: $0) }
        case .merge(let old, let new): old.map { .pair(old: $0, new: new) }
        case .unrelated, .removed, .added: []
        }
    }

    /// Every item it records.
    var entries: [DecisionEntry] {
        switch self {
        case .pair, .split, .merge: pairs
        case .unrelated(let old, let new): old.flatMap { o in new.map { DecisionEntry.unrelated(old: o, new: $0) } }
        case .removed(let old): [.alone(old: old, new: nil)]
        case .added(let new): [.alone(old: nil, new: new)]
        }
    }
}
