import Foundation
public import QTrackAnalysis

/// The questionnaires, responses and mappings of a repository laid out as `Questionnaires/<cycle>/` and `Mappings/`.
public struct RepositoryLayout: Sendable {
    /// One cycle's folder and the documents in it.
    public typealias CycleFolder = QTrackAnalysis.CycleFolder

    public var questionnairesFolder: String
    public var mappingsFolder: String
    /// Ordered by their years.
    public var cycles: [CycleFolder]
    /// Files found but not read, each with the reason: reported with the findings, never silently dropped.
    public var skipped: [SkippedFile] = []

    public init(questionnairesFolder: String, mappingsFolder: String, cycles: [CycleFolder]) {
        self.questionnairesFolder = questionnairesFolder
        self.mappingsFolder = mappingsFolder
        self.cycles = cycles
    }

    /// A file in the repository that qtrack saw but could not read.
    public struct SkippedFile: Sendable, Hashable {
        public var file: String
        public var reason: String

        public init(file: String, reason: String) {
            self.file = file
            self.reason = reason
        }
    }

    /// A file under the mappings folder.
    public func mapping(_ relative: String) -> String { (mappingsFolder as NSString).appendingPathComponent(relative) }
}
