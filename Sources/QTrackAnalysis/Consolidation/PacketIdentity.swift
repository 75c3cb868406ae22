/// What a packet says about itself, inside the file: the agency, the cycle and the questions it was sent.
/// Written twice, as custom document properties and as a "qtrack: packet …" line on its cover page, so that a
/// packet renamed, or re-saved by a program that drops the properties, is still recognised.
public struct PacketIdentity: Sendable, Hashable {
    public var agency: String
    public var cycle: String
    /// Question ids, in questionnaire order.
    public var questions: [String]

    public init(agency: String, cycle: String, questions: [String]) {
        self.agency = agency
        self.cycle = cycle
        self.questions = questions
    }

    /// The packet's title, on its cover page: read back, it is the packet's, not text the agency wrote.
    public static func title(agencyName: String) -> String { "Questions for \(agencyName)" }

    static let agencyKey = "qtrack-packet-agency"
    static let cycleKey = "qtrack-packet-cycle"
    static let questionsKey = "qtrack-packet-questions"
    static let linePrefix = "qtrack: packet "

    /// As custom document properties. Ids are separated by spaces: LibreOffice rewrites commas in some properties.
    public var properties: [(name: String, value: String)] {
        [(Self.agencyKey, agency), (Self.cycleKey, cycle), (Self.questionsKey, questions.joined(separator: " "))]
    }

    /// Read back from a file's custom properties; nil when they are not a packet's.
    public init?(properties: [String: String]) {
        guard let agency = properties[Self.agencyKey], let cycle = properties[Self.cycleKey], let list = properties[Self.questionsKey],
            !agency.isEmpty, !cycle.isEmpty
        else { return nil }
        self.init(agency: agency, cycle: cycle, questions: list.split(separator: " ").map(String.init))
    }

    /// The cover page's line: "qtrack: packet agency=mofa cycle=2025 questions=3 4 17".
    public var line: String {
        Self.linePrefix + "agency=\(agency) cycle=\(cycle) questions=" + questions.joined(separator: " ")
    }

    /// Read back from the cover page's line; nil for any other text.
    public init?(line: String) {
        let text = line.trimmingPrefixSpaces()
        guard text.hasPrefix(Self.linePrefix) else { return nil }
        let fields = text.dropFirst(Self.linePrefix.count)
        guard let agencyRange = fields.range(of: "agency="), let cycleRange = fields.range(of: " cycle="),
            let questionsRange = fields.range(of: " questions=")
        else { return nil }
        let agency = String(fields[agencyRange.upperBound..<cycleRange.lowerBound])
        let cycle = String(fields[cycleRange.upperBound..<questionsRange.lowerBound])
        guard !agency.isEmpty, !cycle.isEmpty else { return nil }
        self.init(
            agency: agency, cycle: cycle, questions: fields[questionsRange.upperBound...].split(separator: " ").map(String.init))
    }
}

extension String {
    fileprivate func trimmingPrefixSpaces() -> Substring { drop { $0 == " " || $0 == "\t" } }
}
