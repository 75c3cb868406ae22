import Foundation
public import QTrackAnalysis

extension AgencyDirectory {
    /// Reads `Mappings/agencies.yaml`; a malformed file, or two agencies with one id, is an error naming the file.
    public static func load(path: String) throws(MappingError) -> AgencyDirectory {
        let directory = try MappingsYAML.decode(AgencyDirectory.self, path: path)
        var seen: Set<String> = []
        for agency in directory.agencies {
            guard !agency.id.isEmpty, !agency.id.contains(where: { $0 == " " || $0 == "/" }) else {
                throw MappingError(file: path, reason: "agency id '\(agency.id)' must be a short word without spaces or slashes")
            }
            guard seen.insert(agency.id).inserted else { throw MappingError(file: path, reason: "two agencies have the id '\(agency.id)'") }
        }
        if directory.agencies.filter(\.coordinator).count > 1 {
            throw MappingError(file: path, reason: "more than one agency is marked coordinator: true")
        }
        return directory
    }
}
