import Foundation
public import QTrackAnalysis
public import QTrackModel

/// Where the files under `Mappings/` are found, by convention, for a given cycle or pair of cycles.
public struct MappingsLocation: Sendable {
    public var root: String

    public init(root: String) {
        self.root = root
    }

    /// The folder given on the command line, or `Mappings`. A folder given must exist: a misspelt one would
    /// otherwise drop every decision and recommendation and let the run pass.
    public static func given(_ folder: String?) throws(MappingError) -> MappingsLocation {
        guard let folder else { return MappingsLocation(root: "Mappings") }
        guard let kind = try FileProbe.kind(folder) else {
            throw MappingError(file: folder, reason: "no such folder (given as --mappings)")
        }
        guard kind == .folder else {
            throw MappingError(file: folder, reason: "is a file, not the mappings folder (given as --mappings)")
        }
        return MappingsLocation(root: folder)
    }

    func path(_ relative: String) -> String { (root as NSString).appendingPathComponent(relative) }

    public var recommendations: String { path("recommendations") }
    public var register: String { path("register.yaml") }
    public var vocabulary: String { path("vocabulary.yaml") }

    public func links(for cycle: String) -> String { path("links/\(cycle).yaml") }

    public func decisions(old: String, new: String) -> String {
        path("decisions/" + ReviewedDecisions.fileName(old: old, new: new))
    }

    /// Every file under the mappings folder: what a command that reads Mappings must never write over.
    public func files() -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var files: [String] = []
        while let relative = walker.nextObject() as? String, files.count < 100_000 {
            let path = (root as NSString).appendingPathComponent(relative)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue { files.append(path) }
        }
        return files
    }

    /// The reviewed decisions for two cycles, if their conventional file exists.
    public func loadDecisions(old: Questionnaire, new: Questionnaire) throws(MappingError) -> (ReviewedDecisions, String)? {
        let file = decisions(old: old.cycleLabel, new: new.cycleLabel)
        guard try FileProbe.exists(file) else { return nil }
        return (try ReviewedDecisions.load(path: file), file)
    }

    /// The field's vocabulary, or an empty one when the file does not exist.
    public func loadVocabulary() throws(MappingError) -> Vocabulary {
        guard try FileProbe.exists(vocabulary) else { return .empty }
        return try Vocabulary.load(path: vocabulary)
    }

    /// The matcher for two versions: the reviewer's decisions (from `decisionsFile`, else the conventional
    /// file) and the vocabulary (read from its file unless given, as a check comparing many cycles does).
    public func matcher(
        old: Questionnaire, new: Questionnaire, decisionsFile: String? = nil, vocabulary given: Vocabulary? = nil
    ) throws(MappingError) -> VersionMatcher {
        let vocabulary: Vocabulary
        if let given { vocabulary = given } else { vocabulary = try loadVocabulary() }
        if let decisionsFile {
            return VersionMatcher(
                decisions: try ReviewedDecisions.load(path: decisionsFile), decisionsFile: decisionsFile, vocabulary: vocabulary)
        }
        let reviewed = try loadDecisions(old: old, new: new)
        return VersionMatcher(decisions: reviewed?.0, decisionsFile: reviewed?.1, vocabulary: vocabulary)
    }

    /// The reviewed links of a cycle from `given` (which must exist), else from the cycle's conventional file
    /// if it exists; with the file they are (or would be) kept in.
    public func loadLinks(given: String?, for cycle: String) throws(MappingError) -> (links: RecommendationLinks?, file: String) {
        let file = given ?? links(for: cycle)
        guard try FileProbe.exists(file) else {
            if given != nil { throw MappingError(file: file, reason: "no such file") }
            return (nil, file)
        }
        return (try RecommendationLinks.load(path: file), file)
    }

    /// The recommendation sets of the conventional folder; none when it does not exist.
    public func loadRecommendations() throws(MappingError) -> [RecommendationSet] {
        guard try FileProbe.exists(recommendations) else { return [] }
        return try RecommendationSet.loadAll(recommendations)
    }

    /// A cycle's reviewed links, if its conventional file exists.
    public func loadLinks(for cycle: String) throws(MappingError) -> RecommendationLinks? {
        let file = links(for: cycle)
        guard try FileProbe.exists(file) else { return nil }
        return try RecommendationLinks.load(path: file)
    }
}
