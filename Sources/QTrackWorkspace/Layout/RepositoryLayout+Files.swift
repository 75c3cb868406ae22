extension RepositoryLayout {
    /// Every file a command over the whole repository reads: documents and mappings, none of which it may write over.
    public var inputs: [String] {
        cycles.flatMap { $0.questionnaires + $0.responses } + MappingsLocation(root: mappingsFolder).files()
    }

    /// Refuses a cycle the repository does not have, naming those it has.
    public func requireCycles(_ names: [String]) throws(MappingError) {
        guard let unknown = names.first(where: { name in !cycles.contains { $0.name == name } }) else { return }
        throw MappingError(
            file: questionnairesFolder, reason: "has no cycle '\(unknown)' (there are \(cycles.map(\.name).joined(separator: ", ")))")
    }
}
