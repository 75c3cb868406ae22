/// The words of a questionnaire's field, kept in `Mappings/vocabulary.yaml` for a reviewer to read and extend.
///
/// - `groups`: wordings that mean the same; the matcher and coverage read every term of a group as its first.
/// - `facets`: what a recommendation can ask for (investigations, shelter and care, identification), each as
///   the words a question uses when it asks about it. Coverage scores a question on the facets it asks about.
/// - `pillars`: the TIP Report's own structure (prosecution, protection, prevention, partnership), each with
///   the words of the section titles that belong to it (a question's section is the context of its match)
///   and, optionally, whom its questions are about (protection: victims).
/// - `forms`: trafficking and its forms (forced labor, sex trafficking). A recommendation about one of them is
///   answered by a question about all trafficking cases; one about complicit officials is not.
///
/// ```yaml
/// groups:
///   - terms: [victims of trafficking, trafficking victims, VoTs]
///     note: the report's abbreviation
/// facets:
///   - id: convictions
///     terms: [convict, conviction]
/// pillars:
///   - id: prosecution
///     sections: [prosecution, law enforcement]
///   - id: protection
///     sections: [protection]
///     about: [victims]
/// forms: [trafficking, forced labor, bonded labor]
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

    /// Something a recommendation asks for, as the words a question asks about it in.
    public struct Facet: Sendable, Hashable, Codable {
        public var id: String
        public var terms: [String]
        public var note: String?

        public init(id: String, terms: [String], note: String? = nil) {
            self.id = id
            self.terms = terms
            self.note = note
        }
    }

    /// One part of the TIP Report's structure, as the words of the section titles that belong to it.
    public struct Pillar: Sendable, Hashable, Codable {
        public var id: String
        public var sections: [String]
        /// Whom its questions are about: a question whose first sentence names them ("What support did the
        /// government provide to victims who assisted in investigations?") is this pillar's, whatever else it
        /// mentions. Optional, so the synthesized decoding leaves it nil when a vocabulary does not say.
        public var about: [String]?
        /// The words of a recommendation that ask for this pillar's work ("prosecute", "law enforcement" for
        /// prosecution): `recommendations import` proposes the pillars whose words a recommendation uses most.
        public var recommends: [String]?

        public init(id: String, sections: [String], about: [String]? = nil, recommends: [String]? = nil) {
            self.id = id
            self.sections = sections
            self.about = about
            self.recommends = recommends
        }
    }

    public var groups: [Group]
    public var facets: [Facet]
    public var pillars: [Pillar]
    public var forms: [String]
    /// What recommendations are about, besides trafficking's forms ("complicit officials", "labor inspectors"):
    /// the subjects `recommendations import` proposes when a recommendation names them.
    public var subjects: [String]

    public init(groups: [Group] = [], facets: [Facet] = [], pillars: [Pillar] = [], forms: [String] = [], subjects: [String] = []) {
        self.groups = groups
        self.facets = facets
        self.pillars = pillars
        self.forms = forms
        self.subjects = subjects
    }

    enum CodingKeys: String, CodingKey {
        case groups, facets, pillars, forms, subjects
    }

    /// Every part but `groups` may be left out: a vocabulary of synonyms alone is still a vocabulary.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        groups = try container.decode([Group].self, forKey: .groups)
        facets = try container.decodeIfPresent([Facet].self, forKey: .facets) ?? []
        pillars = try container.decodeIfPresent([Pillar].self, forKey: .pillars) ?? []
        forms = try container.decodeIfPresent([String].self, forKey: .forms) ?? []
        subjects = try container.decodeIfPresent([String].self, forKey: .subjects) ?? []
    }

    public static let empty = Vocabulary()
}
