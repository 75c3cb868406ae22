import Foundation
import QTrackAnalysis
import QTrackModel

/// Where the files under `Mappings/` are found, by convention, for a given cycle or pair of cycles.
struct MappingsLocation {
    var root: String

    private func path(_ relative: String) -> String { (root as NSString).appendingPathComponent(relative) }

    var recommendations: String { path("recommendations") }

    func links(for questionnaire: Questionnaire) -> String { path("links/\(questionnaire.cycleLabel).yaml") }

    func decisions(old: Questionnaire, new: Questionnaire) -> String {
        path("decisions/" + ReviewedDecisions.fileName(old: old.cycleLabel, new: new.cycleLabel))
    }

    /// The reviewed decisions for two cycles, if their conventional file exists.
    func loadDecisions(old: Questionnaire, new: Questionnaire) throws -> (ReviewedDecisions, String)? {
        let file = decisions(old: old, new: new)
        guard FileManager.default.fileExists(atPath: file) else { return nil }
        return (try ReviewedDecisions.load(path: file), file)
    }
}
