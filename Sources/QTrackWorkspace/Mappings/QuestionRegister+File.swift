public import QTrackAnalysis

extension QuestionRegister {
    public static func load(path: String) throws(MappingError) -> QuestionRegister {
        try MappingsYAML.decode(QuestionRegister.self, path: path)
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
