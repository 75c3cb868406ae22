import Foundation
public import QTrackModel

/// The questionnaires, responses and mappings of a repository laid out as `Questionnaires/<cycle>/` and `Mappings/`.
public struct RepositoryLayout: Sendable {
    public struct CycleFolder: Sendable {
        public var cycle: Cycle
        /// The folder name ("2020-2021").
        public var name: String
        /// The questionnaire files: `questionnaire.docx` and/or `questionnaire.txt`, Word first.
        public var questionnaires: [String]
        /// `response*.docx|txt`, by name.
        public var responses: [String]

        public init(cycle: Cycle, name: String, questionnaires: [String], responses: [String]) {
            self.cycle = cycle
            self.name = name
            self.questionnaires = questionnaires
            self.responses = responses
        }
    }

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
