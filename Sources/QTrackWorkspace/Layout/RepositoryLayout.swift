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

    public init(questionnairesFolder: String, mappingsFolder: String, cycles: [CycleFolder]) {
        self.questionnairesFolder = questionnairesFolder
        self.mappingsFolder = mappingsFolder
        self.cycles = cycles
    }

    /// A file under the mappings folder.
    public func mapping(_ relative: String) -> String { (mappingsFolder as NSString).appendingPathComponent(relative) }
}
