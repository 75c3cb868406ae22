import Foundation
public import QTrackModel

extension Questionnaire {
    /// The cycle as `Questionnaires/` names it: the folder's name when it reads as years ("2020-2021"),
    /// else the cycle found in the title, else the file name.
    public var cycleLabel: String {
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent().lastPathComponent
        if let cycle = Cycle(parsing: folder), cycle.description == folder { return folder }
        return cycle?.description ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
    }
}
