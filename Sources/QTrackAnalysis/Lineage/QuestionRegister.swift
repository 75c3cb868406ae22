import Foundation
import QTrackBase
import QTrackModel
import Yams

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

    public static func load(path: String) throws(MappingError) -> QuestionRegister {
        do {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            return try YAMLDecoder().decode(QuestionRegister.self, from: text)
        } catch {
            throw MappingError(file: path, reason: MappingError.describe(error))
        }
    }

    /// YAML a reviewer reads in a pull request: lineages in id order, cycles in year order.
    public func yaml() -> String {
        var lines = [
            "# The question register: every question of every cycle in a lineage whose id never changes.",
            "# Extended by `qtrack questions --update` when a cycle is added; `qtrack check` shows where the",
            "# matcher now disagrees with it. A split lists several questions under one cycle; a merged question",
            "# stands in several lineages.",
            "cycles: [" + cycles.map(YAMLScalar.quoted).joined(separator: ", ") + "]",
            "lineages:",
        ]
        for lineage in lineages {
            lines.append("  - id: \(lineage.id)")
            lines.append("    title: \(YAMLScalar.quoted(lineage.title))")
            lines.append("    members:")
            for cycle in cycles {
                guard let ids = lineage.members[cycle], !ids.isEmpty else { continue }
                lines.append("      \(YAMLScalar.quoted(cycle)): [" + ids.map(YAMLScalar.quoted).joined(separator: ", ") + "]")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

}
