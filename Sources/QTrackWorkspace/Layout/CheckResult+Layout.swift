public import QTrackAnalysis

extension CheckResult {
    /// An empty check of the repository `layout` found.
    public init(layout: RepositoryLayout) {
        self.init(questionnairesFolder: layout.questionnairesFolder, mappingsFolder: layout.mappingsFolder, cycleFolders: layout.cycles)
    }
}
