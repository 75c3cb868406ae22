/// What happened to a question between two versions.
public enum ChangeKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case unchanged
    /// Whitespace, punctuation, quotes or case only.
    case cosmetic
    /// Only years or dates moved, such as 2020 → 2021.
    case dateShift
    /// Same section, another number.
    case renumbered
    /// Another section.
    case moved
    case reworded
    /// The answer options changed (added, removed or reworded) while the question did not.
    case optionsChanged
    /// One old question became several new ones.
    case split
    /// Several old questions became one new one.
    case merged
    case added
    case removed

    /// Order of importance, for choosing the kind to show first.
    private var rank: Int {
        switch self {
        case .added: 0
        case .removed: 1
        case .split: 2
        case .merged: 3
        case .moved: 4
        case .reworded: 5
        case .optionsChanged: 6
        case .renumbered: 7
        case .dateShift: 8
        case .cosmetic: 9
        case .unchanged: 10
        }
    }

    public static func < (lhs: ChangeKind, rhs: ChangeKind) -> Bool { lhs.rank < rhs.rank }

    /// Kinds that change what a question asks, as opposed to where it stands or how it is typed.
    public var isSubstantive: Bool {
        switch self {
        case .reworded, .optionsChanged, .split, .merged, .added, .removed: true
        default: false
        }
    }
}
