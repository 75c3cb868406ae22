import Foundation

/// Every question of every cycle in a lineage with a stable id, kept in `Mappings/register.yaml`.
/// A split gives a lineage several questions in one cycle; a merge puts one question in several lineages.
public struct QuestionRegister: Sendable, Hashable, Codable {
    public struct Lineage: Sendable, Hashable, Codable {
        /// "L0001": given once, never changed.
        public var id: String
        /// The first words of the question that started it, for a reader.
        public var title: String
        /// Question ids by cycle; a cycle without the lineage is absent.
        public var members: [String: [String]]

        public init(id: String, title: String, members: [String: [String]]) {
            self.id = id
            self.title = title
            self.members = members
        }

        enum CodingKeys: String, CodingKey {
            case id, title, members
        }

        /// A cycle name as a key of `members`.
        struct CycleKey: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        /// Members in cycle order, so the same register always gives the same bytes.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)
            var byCycle = container.nestedContainer(keyedBy: CycleKey.self, forKey: .members)
            for cycle in members.keys.sorted() {
                try byCycle.encode(members[cycle], forKey: CycleKey(stringValue: cycle))
            }
        }
    }

    /// In order of their years.
    public var cycles: [String]
    public var lineages: [Lineage]

    public init(cycles: [String] = [], lineages: [Lineage] = []) {
        self.cycles = cycles
        self.lineages = lineages
    }

    /// The lineages a question belongs to.
    public func lineages(of questionID: String, in cycle: String) -> [Lineage] {
        lineages.filter { $0.members[cycle]?.contains(questionID) == true }
    }

    public func lineage(id: String) -> Lineage? {
        lineages.first { $0.id.caseInsensitiveCompare(id) == .orderedSame }
    }
}
