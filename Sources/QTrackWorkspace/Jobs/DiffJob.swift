public import QTrackAnalysis
public import QTrackModel

/// Diffs two files: reads both versions and aligns them, honouring the reviewer's decisions and the
/// field's vocabulary. The library's entry point for "what changed between these two questionnaires".
public enum DiffJob {
    public struct Request: Sendable {
        public var old: String
        public var new: String
        /// A reviewed-decisions file to honour; by default the mappings folder's file for the two cycles, if any.
        public var decisionsFile: String?
        public var mappings: MappingsLocation

        public init(old: String, new: String, decisionsFile: String? = nil, mappings: MappingsLocation) {
            self.old = old
            self.new = new
            self.decisionsFile = decisionsFile
            self.mappings = mappings
        }

        /// Every file the diff reads: what its output must not overwrite.
        public var inputs: [String] { [old, new] + (decisionsFile.map { [$0] } ?? []) + mappings.files() }
    }

    public struct Result: Sendable {
        public var comparison: VersionComparison
        /// The decisions file honoured, if any.
        public var decisionsFile: String?

        public var old: Questionnaire { comparison.old }
        public var new: Questionnaire { comparison.new }
    }

    public static func run(_ request: Request, loading: DocumentLoading) async throws -> Result {
        // Both read at once; a failure of the old one is reported first, as when reading one after the other.
        let (oldPath, newPath) = (request.old, request.new)
        async let oldRead = loading.questionnaire(oldPath)
        async let newRead = loading.questionnaire(newPath)
        let old = try await oldRead
        let new = try await newRead
        let matcher = try request.mappings.matcher(old: old, new: new, decisionsFile: request.decisionsFile)
        return Result(comparison: matcher.compare(old, new), decisionsFile: matcher.decisionsFile)
    }
}
