import Foundation
import QTrackWorkspace

/// A `--mappings` folder given on the command line must exist: a misspelt one would otherwise drop every
/// decision and recommendation and let the run pass.
enum MappingsFolder {
    static func check(_ given: String?) throws(MappingError) {
        guard let given else { return }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: given, isDirectory: &isFolder) else {
            throw MappingError(file: given, reason: "no such folder (given as --mappings)")
        }
        guard isFolder.boolValue else {
            throw MappingError(file: given, reason: "is a file, not the mappings folder (given as --mappings)")
        }
    }
}
