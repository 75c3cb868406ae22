import Foundation
import QTrackAnalysis
import QTrackModel

extension RepositoryLayout {
    /// Finds the cycles: folders named by their years that hold a questionnaire. A folder that cannot be
    /// read is an error naming it (never a cycle quietly left out), and so is a folder of no cycles.
    public static func discover(questionnaires: String, mappings: String) throws(MappingError) -> RepositoryLayout {
        guard try FileProbe.kind(questionnaires) == .folder else {
            throw MappingError(file: questionnaires, reason: "no such folder; run in the project root or pass --questionnaires")
        }
        var cycles: [CycleFolder] = []
        var skipped: [SkippedFile] = []
        let listing = try FolderListing(of: questionnaires)
        let root = URL(fileURLWithPath: questionnaires).resolvingSymlinksInPath().path + "/"
        for name in listing.names {
            let folder = (questionnaires as NSString).appendingPathComponent(name)
            guard let cycle = Cycle(parsing: name), cycle.description == name, try FileProbe.kind(folder) == .folder,
                URL(fileURLWithPath: folder).resolvingSymlinksInPath().path.hasPrefix(root)
            else { continue }
            let files = try FolderListing(of: folder)
            // A link that leads out of the repository is not the repository's document.
            let documents = files.names.filter { name in
                guard name.hasSuffix(".docx") || name.hasSuffix(".txt") else { return false }
                let path = URL(fileURLWithPath: (folder as NSString).appendingPathComponent(name)).resolvingSymlinksInPath().path
                return path.hasPrefix(root)
            }
            skipped += files.undecodableNames.map { name in
                SkippedFile(
                    file: (folder as NSString).appendingPathComponent(name),
                    reason: "left out: the file name is not UTF-8, so qtrack cannot open it by name; rename the file")
            }
            let questionnaireFiles = ["questionnaire.docx", "questionnaire.txt"].filter { wanted in
                documents.contains { $0.utf8.elementsEqual(wanted.utf8) }
            }.map { (folder as NSString).appendingPathComponent($0) }
            guard !questionnaireFiles.isEmpty else { continue }
            let responses = documents.filter { $0.utf8.starts(with: "response".utf8) }.map {
                (folder as NSString).appendingPathComponent($0)
            }
            cycles.append(CycleFolder(cycle: cycle, name: name, questionnaires: questionnaireFiles, responses: responses))
        }
        guard !cycles.isEmpty else {
            throw MappingError(
                file: questionnaires,
                reason: "holds no cycle: a folder named by its years (2025, 2020-2021) with a questionnaire.docx or questionnaire.txt")
        }
        cycles.sort { $0.cycle < $1.cycle }
        var layout = RepositoryLayout(questionnairesFolder: questionnaires, mappingsFolder: mappings, cycles: cycles)
        layout.skipped = skipped
        return layout
    }
}
