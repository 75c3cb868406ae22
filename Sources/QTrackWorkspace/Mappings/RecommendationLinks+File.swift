import Foundation
public import QTrackAnalysis
import Yams

extension RecommendationLinks {
    public static func load(path: String) throws(MappingError) -> RecommendationLinks {
        try MappingsYAML.decode(RecommendationLinks.self, path: path)
    }

    static let header = [
        "Reviewed links from recommendations to questions of this cycle. A link whose question text changed",
        "since its fingerprint was recorded is suspect; `qtrack coverage --accept-links` records the new one.",
    ]

    /// YAML for a reviewer, links in a stable order.
    public func yaml() throws -> String {
        var sorted = self
        sorted.links.sort { ($0.recommendation, $0.question) < ($1.recommendation, $1.question) }
        return try MappingsYAML.encode(sorted, header: Self.header)
    }

    /// One item of a links file, named by what it links: what an edit adds or removes.
    public enum Entry: Sendable, Hashable {
        case link(recommendation: String, question: String)
        case notAsked(recommendation: String)

        var listKey: String {
            switch self {
            case .link: "links"
            case .notAsked: "notAsked"
            }
        }
    }

    /// An item to add, with what is recorded beside it.
    public struct Addition: Sendable, Hashable {
        public var entry: Entry
        public var fingerprint: String?
        public var note: String?

        public init(entry: Entry, fingerprint: String? = nil, note: String? = nil) {
            self.entry = entry
            self.fingerprint = fingerprint
            self.note = note
        }
    }

    /// Read–merge–write under the Mappings lock, as `ReviewedDecisions.update`: `decide` is given the links on
    /// disk now and returns the items to remove and to add; nothing else in the file changes.
    public static func update(
        path: String, cycle: String, _ decide: (RecommendationLinks) throws -> (removing: [Entry], adding: [Addition])
    ) throws -> AppliedEdit<Entry> {
        try MappingsFileEdit.update(
            path: path, initial: { try MappingsYAML.encode(RecommendationLinks(cycle: cycle, links: []), header: header) },
            order: ["links", "notAsked"], listKey: \.listKey, identify: entry(in:node:),
            decide: { text in
                let current = try MappingsYAML.decode(RecommendationLinks.self, text: text, file: path)
                let (removing, adding) = try decide(current)
                var plan = MappingsFileEdit.Plan<Entry>()
                plan.removing = removing
                plan.appending = try adding.map { ($0.entry, try lines(of: $0)) }
                return (plan, ())
            }
        ).0
    }

    /// Takes back `applied` on the file as it is now (see `ReviewedDecisions.revert`).
    public static func revert(_ applied: AppliedEdit<Entry>, path: String) throws {
        _ = try MappingsFileEdit.update(
            path: path, initial: { "" }, order: ["links", "notAsked"], listKey: \.listKey, identify: entry(in:node:),
            decide: { text in
                let links = try MappingsYAML.decode(RecommendationLinks.self, text: text, file: path)
                let current = Set(links.entries)
                var plan = MappingsFileEdit.Plan<Entry>()
                plan.removing = applied.added.filter(current.contains)
                plan.appending = applied.removed.filter { !current.contains($0.entry) }.map { ($0.entry, $0.lines) }
                return (plan, ())
            })
    }

    /// Every item of the file.
    public var entries: [Entry] {
        links.map { .link(recommendation: $0.recommendation, question: $0.question) }
            + notAsked.map { .notAsked(recommendation: $0.recommendation) }
    }

    static func entry(in key: String, node: Node) -> Entry? {
        guard let recommendation = MappingsFileEdit.value("recommendation", in: node) else { return nil }
        switch key {
        case "links": return MappingsFileEdit.value("question", in: node).map { .link(recommendation: recommendation, question: $0) }
        case "notAsked": return .notAsked(recommendation: recommendation)
        default: return nil
        }
    }

    static func lines(of addition: Addition) throws -> [String] {
        switch addition.entry {
        case .link(let recommendation, let question):
            try MappingsFileEdit.lines(
                of: Link(recommendation: recommendation, question: question, fingerprint: addition.fingerprint), note: addition.note)
        case .notAsked(let recommendation):
            try MappingsFileEdit.lines(of: NotAsked(recommendation: recommendation), note: addition.note)
        }
    }
}
