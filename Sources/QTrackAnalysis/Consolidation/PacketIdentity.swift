public import QTrackModel

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

extension PacketIdentity {
    /// The questionnaire as this packet holds it: only the questions it was sent, under their sections, for reading
    /// the returned packet against. Against the whole questionnaire, every packet cost as much as the full response
    /// (20 packets of a 1,000-question form took 1.4 s against `prepare`'s 70 ms). The whole questionnaire when the
    /// packet names none of its questions.
    public func template(_ questionnaire: Questionnaire) -> Questionnaire {
        let sent = Set(questions)
        var template = questionnaire
        template.sections = questionnaire.sections.compactMap { section in
            let kept = section.questions.filter { sent.contains($0.id) }
            guard !kept.isEmpty else { return nil }
            return Section(title: section.title, slug: section.slug, questions: kept, location: section.location)
        }
        return template.sections.isEmpty ? questionnaire : template
    }
}

extension String {
    fileprivate func trimmingPrefixSpaces() -> Substring { drop { $0 == " " || $0 == "\t" } }
}
