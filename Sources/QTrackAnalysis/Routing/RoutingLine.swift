/// A questionnaire's routing line read into a route: "*For input from multiple agencies, including MoFA, MoHR"
/// asks the coordinator (FIA) to gather the named agencies' input, so the coordinator leads and they
/// contribute; "* For Ministry of Overseas Pakistanis and Human Resource Development" gives the section to
/// that ministry alone.
public struct RoutingLine: Sendable, Hashable {
    public var text: String
    public var lead: String?
    public var contributing: [String]
    /// What the line names that the directory does not know ("" when every name is known).
    public var unknown: String

    public init(_ text: String, directory: AgencyDirectory) {
        self.text = text
        let (named, unknown) = directory.agencies(namedIn: text)
        self.unknown = unknown
        let words = Set(AgencyDirectory.words(text))
        let gathered = words.contains("input") || words.contains("multiple") || words.contains("agencies")
        if gathered, let coordinator = directory.coordinator?.id {
            lead = coordinator
            contributing = named.filter { $0 != coordinator }
        } else {
            lead = named.first
            contributing = Array(named.dropFirst())
        }
    }
}
