/// Words and phrases that mean the same thing in a questionnaire's field, kept in `Mappings/vocabulary.yaml`
/// for a reviewer to read and extend. The matcher and coverage read every term of a group as its first.
///
/// ```yaml
/// groups:
///   - terms: [victims of trafficking, trafficking victims, VoTs]
///     note: the report's abbreviation
///   - terms: [labor, labour]
/// ```
public struct Vocabulary: Sendable, Hashable, Codable {
    public struct Group: Sendable, Hashable, Codable {
        /// The first term is the one the others are read as.
        public var terms: [String]
        public var note: String?

        public init(terms: [String], note: String? = nil) {
            self.terms = terms
            self.note = note
        }
    }

    public var groups: [Group]

    public init(groups: [Group] = []) {
        self.groups = groups
    }

    public static let empty = Vocabulary()
}
