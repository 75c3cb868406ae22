import Foundation
public import QTrackAnalysis

extension RecommendationSet {
    /// Reads and checks one set: ids unique, texts present.
    public static func load(path: String) throws(MappingError) -> RecommendationSet {
        var set = try MappingsYAML.decode(RecommendationSet.self, path: path)
        set.file = path
        var seen: Set<String> = []
        for recommendation in set.recommendations {
            if recommendation.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw MappingError(file: path, reason: "recommendation '\(recommendation.id)' has no text")
            }
            if !seen.insert(recommendation.id).inserted {
                throw MappingError(file: path, reason: "recommendation id '\(recommendation.id)' appears twice")
            }
        }
        return set
    }

    /// Every `*.yaml` in a folder (or the one file named), ordered by report year.
    public static func loadAll(_ path: String) throws(MappingError) -> [RecommendationSet] {
        guard let kind = try FileProbe.kind(path) else { throw MappingError(file: path, reason: "no such file or folder") }
        guard kind == .folder else { return [try load(path: path)] }
        let listing = try FolderListing(of: path)
        if let stray = listing.undecodableNames.first {
            throw MappingError(
                file: (path as NSString).appendingPathComponent(stray), reason: "the file name is not UTF-8; rename the file")
        }
        let names = listing.names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
        var sets: [RecommendationSet] = []
        for name in names { sets.append(try load(path: (path as NSString).appendingPathComponent(name))) }
        return sets.sorted { ($0.year, $0.file) < ($1.year, $1.file) }
    }
}
