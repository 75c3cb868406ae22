/// One body that answers part of the questionnaire: FIA, a ministry, the provincial departments.
public struct Agency: Sendable, Hashable, Codable {
    /// Short and stable: what routes and packets name ("mofa").
    public var id: String
    /// As a person writes it in full ("Ministry of Foreign Affairs").
    public var name: String
    /// The other ways the documents name it ("MoFA", "Provincial Departments of Social Welfare").
    public var names: [String]
    /// Words of the questions it usually answers ("recruitment", "shelter"), for proposing routes.
    public var subjects: [String]
    /// True for the agency that receives the questionnaire and gathers the others' input (FIA).
    public var coordinator: Bool

    public init(id: String, name: String, names: [String] = [], subjects: [String] = [], coordinator: Bool = false) {
        self.id = id
        self.name = name
        self.names = names
        self.subjects = subjects
        self.coordinator = coordinator
    }

    enum CodingKeys: String, CodingKey {
        case id, name, names, subjects, coordinator
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        names = try container.decodeIfPresent([String].self, forKey: .names) ?? []
        subjects = try container.decodeIfPresent([String].self, forKey: .subjects) ?? []
        coordinator = try container.decodeIfPresent(Bool.self, forKey: .coordinator) ?? false
    }

    /// The form a table or a packet shows: the first short name, else the full name.
    public var shortName: String { names.first { $0.count <= 12 } ?? name }
}
