import QTrackModel

/// Every agency a repository routes questions to (`Mappings/agencies.yaml`), and how to find them named in text.
public struct AgencyDirectory: Sendable, Hashable, Codable {
    public var agencies: [Agency]

    public init(agencies: [Agency]) {
        self.agencies = agencies
    }

    public static let empty = AgencyDirectory(agencies: [])

    public func agency(_ id: String) -> Agency? { agencies.first { $0.id == id } }

    /// The agency that gathers the others' input, when the file names one.
    public var coordinator: Agency? { agencies.first(where: \.coordinator) }

    /// The short name of an agency id; the id itself when the file does not know it.
    public func shortName(_ id: String) -> String { agency(id)?.shortName ?? id }

    /// The agencies `text` names, in the order first named; where two names overlap ("Ministry of Human
    /// Rights" in "Ministry of Human Rights and …"), the longer one counts. Also what is left of the text once
    /// the names and routing words are taken out, for telling a person about a name the file lacks.
    public func agencies(namedIn text: String) -> (ids: [String], unknown: String) {
        var words = Self.words(text)
        var found: [(position: Int, id: String)] = []
        let forms = agencies.flatMap { agency in ([agency.name] + agency.names).map { (agency.id, Self.words($0)) } }
            .filter { !$0.1.isEmpty }.sorted { $0.1.count > $1.1.count }
        for (id, form) in forms {
            var start = 0
            while start + form.count <= words.count {
                if Array(words[start..<start + form.count]) == form {
                    found.append((start, id))
                    for index in start..<start + form.count { words[index] = "" }
                    start += form.count
                } else {
                    start += 1
                }
            }
        }
        var ids: [String] = []
        for (_, id) in found.sorted(by: { $0.position < $1.position }) where !ids.contains(id) { ids.append(id) }
        let unknown = words.filter { !$0.isEmpty && !Self.routingWords.contains($0) }.joined(separator: " ")
        return (ids, unknown)
    }

    /// Words a routing line uses around the agencies' names.
    static let routingWords: Set<String> = [
        "for", "input", "from", "multiple", "agencies", "agency", "including", "include", "and", "the", "other", "relevant", "by", "of",
        "with", "to", "be", "answered", "all", "etc",
    ]

    /// Lower-case words, punctuation dropped: "MoFA," and "mofa" are one word.
    static func words(_ text: String) -> [String] {
        TextNormalizer.comparable(text).split { !$0.isLetter && !$0.isNumber && $0 != "&" }.map(String.init)
    }
}
