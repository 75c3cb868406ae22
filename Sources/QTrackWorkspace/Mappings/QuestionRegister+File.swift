public import QTrackAnalysis

extension QuestionRegister {
    /// Reads and checks the register: lineage ids unique, members only in the cycles it lists.
    public static func load(path: String) throws(MappingError) -> QuestionRegister {
        let register = try MappingsYAML.decode(QuestionRegister.self, path: path)
        var seen: Set<String> = []
        for lineage in register.lineages {
            guard seen.insert(lineage.id.lowercased()).inserted else {
                throw MappingError(file: path, reason: "lineage id '\(lineage.id)' appears twice")
            }
            if let unknown = lineage.members.keys.sorted().first(where: { !register.cycles.contains($0) }) {
                throw MappingError(file: path, reason: "lineage \(lineage.id) names cycle '\(unknown)', which 'cycles' does not list")
            }
        }
        return register
    }

    /// YAML a reviewer reads in a pull request: lineages in id order, cycles in year order.
    public func yaml() throws -> String {
        try MappingsYAML.encode(
            self,
            header: [
                "The question register: every question of every cycle in a lineage whose id never changes.",
                "Extended by `qtrack questions --update` when a cycle is added; `qtrack check` shows where the",
                "matcher now disagrees with it. A split lists several questions under one cycle; a merged question",
                "stands in several lineages.",
            ])
    }
}
