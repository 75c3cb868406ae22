public import QTrackBase
public import QTrackModel

/// The result of comparing two versions of a questionnaire.
public struct VersionComparison: Sendable, Hashable {
    public var old: Questionnaire
    public var new: Questionnaire
    /// In the new version's order, each removed question placed after the question that preceded it in the old version.
    public var changes: [QuestionChange]
    public var sectionChanges: [SectionChange]
    /// Changes to the cycle, reporting period and deadline.
    public var headerChanges: [HeaderChange]
    /// Decisions that could not be applied, ambiguous pairs and the like.
    public var diagnostics: [Diagnostic]

    /// How many changes carry each kind (a moved and reworded question counts under both).
    public var summary: [ChangeKind: Int] {
        var counts: [ChangeKind: Int] = [:]
        for change in changes {
            for kind in change.kinds { counts[kind, default: 0] += 1 }
        }
        return counts
    }

    /// True when any change is of a kind that alters what is asked.
    public var hasSubstantiveChanges: Bool {
        changes.contains { $0.kinds.contains(where: \.isSubstantive) }
    }
}

/// What happened to a section.
public struct SectionChange: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case added
        case removed
        case renamed
        case reordered
    }

    public var kind: Kind
    public var oldTitle: String?
    public var newTitle: String?
}

/// A change in the questionnaire's header facts.
public struct HeaderChange: Sendable, Hashable {
    public enum Field: String, Sendable, Hashable, Codable {
        case cycle
        case reportingPeriod
        case deadline
    }

    public var field: Field
    public var old: String?
    public var new: String?
}
