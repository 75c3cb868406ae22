import Foundation
import QTrackAnalysis
import QTrackModel

extension RepositoryLayout {
    /// Finds the cycles: folders named by their years that hold a questionnaire.
    public static func discover(questionnaires: String, mappings: String) throws(MappingError) -> RepositoryLayout {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: questionnaires, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw MappingError(file: questionnaires, reason: "no such folder; run in the project root or pass --questionnaires")
        }
        var cycles: [CycleFolder] = []
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: questionnaires)) ?? []).sorted()
        for name in names {
            let folder = (questionnaires as NSString).appendingPathComponent(name)
            guard let cycle = Cycle(parsing: name), cycle.description == name,
                FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue,
                URL(fileURLWithPath: folder).resolvingSymlinksInPath().path.hasPrefix(
                    URL(fileURLWithPath: questionnaires).resolvingSymlinksInPath().path + "/")
            else { continue }
            let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
            let root = URL(fileURLWithPath: questionnaires).resolvingSymlinksInPath().path + "/"
            // A link that leads out of the repository is not the repository's document.
            let documents = files.filter { name in
                guard name.hasSuffix(".docx") || name.hasSuffix(".txt") else { return false }
                let path = URL(fileURLWithPath: (folder as NSString).appendingPathComponent(name)).resolvingSymlinksInPath().path
                return path.hasPrefix(root)
            }
            let questionnaireFiles = ["questionnaire.docx", "questionnaire.txt"].filter(documents.contains).map {
                (folder as NSString).appendingPathComponent($0)
            }
            guard !questionnaireFiles.isEmpty else { continue }
            let responses = documents.filter { $0.hasPrefix("response") }.map { (folder as NSString).appendingPathComponent($0) }
            cycles.append(CycleFolder(cycle: cycle, name: name, questionnaires: questionnaireFiles, responses: responses))
        }
        cycles.sort { $0.cycle < $1.cycle }
        return RepositoryLayout(questionnairesFolder: questionnaires, mappingsFolder: mappings, cycles: cycles)
    }
}
