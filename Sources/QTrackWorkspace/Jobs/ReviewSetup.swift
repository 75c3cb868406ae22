public import QTrackAnalysis
public import QTrackModel

/// Sets up a review of two versions: which files (given, or a cycle and the one before it), both read, and
/// the decisions, links, vocabulary and recommendations the review works on. What `qtrack review` starts its
/// server with; the session itself lives in QTrackReview.
public enum ReviewSetup {
    public struct Request: Sendable {
        /// The two versions as given (OLD NEW), or nil to review `cycle` against the one before it.
        public var files: (old: String, new: String)?
        public var cycle: String?
        /// The folder of cycles, for `cycle`.
        public var questionnaires: String
        public var mappings: MappingsLocation

        public init(files: (old: String, new: String)?, cycle: String?, questionnaires: String, mappings: MappingsLocation) {
            self.files = files
            self.cycle = cycle
            self.questionnaires = questionnaires
            self.mappings = mappings
        }

        /// The two files to review: as given, or the cycle's questionnaire and the previous cycle's.
        public func versions() throws(MappingError) -> (old: String, new: String) {
            if let files { return files }
            let cycle = cycle ?? ""
            let layout = try RepositoryLayout.discover(questionnaires: questionnaires, mappings: mappings.root)
            guard let index = layout.cycles.firstIndex(where: { $0.name == cycle }) else {
                let names = layout.cycles.map(\.name).joined(separator: ", ")
                throw MappingError(file: questionnaires, reason: "has no cycle '\(cycle)' (there are \(names))")
            }
            guard index > 0 else { throw MappingError(file: questionnaires, reason: "has no cycle before '\(cycle)' to review against") }
            return (ReviewSetup.reviewed(layout.cycles[index - 1]), ReviewSetup.reviewed(layout.cycles[index]))
        }
    }

    public struct Result: Sendable {
        public var old: Questionnaire
        public var new: Questionnaire
        /// Where the reviewer's decisions and the new cycle's links are kept (they may not exist yet).
        public var decisionsFile: String
        public var linksFile: String
        public var vocabulary: Vocabulary
        public var recommendations: [RecommendationSet]
        /// The agencies (empty when `Mappings/agencies.yaml` has none) and both versions' routes files.
        public var agencies: AgencyDirectory
        public var oldRoutesFile: String
        public var routesFile: String
    }

    public static func run(_ request: Request, loading: DocumentLoading) async throws -> Result {
        let (oldPath, newPath) = try request.versions()
        // Both read at once; a failure of the old one is reported first, as when reading one after the other.
        async let oldRead = loading.questionnaire(oldPath)
        async let newRead = loading.questionnaire(newPath)
        let old = try await oldRead
        let new = try await newRead
        let mappings = request.mappings
        let recommendations = try mappings.loadRecommendations()
        return Result(
            old: old, new: new, decisionsFile: mappings.decisions(old: old.cycleLabel, new: new.cycleLabel),
            linksFile: mappings.links(for: new.cycleLabel), vocabulary: try mappings.loadVocabulary(), recommendations: recommendations,
            agencies: try mappings.loadAgencies(), oldRoutesFile: mappings.routes(for: old.cycleLabel),
            routesFile: mappings.routes(for: new.cycleLabel))
    }

    /// The plain-text version where a cycle has one (`RepositoryLayout` orders Word first): it is what a
    /// reviewer reads, and the .docx diffs to nothing against it.
    private static func reviewed(_ folder: RepositoryLayout.CycleFolder) -> String {
        folder.questionnaires.first { $0.hasSuffix(".txt") } ?? folder.questionnaires[0]
    }
}
