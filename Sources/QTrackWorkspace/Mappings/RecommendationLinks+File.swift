import Foundation
public import QTrackAnalysis
public import QTrackModel
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

    /// Records each linked question's current fingerprint (after a reviewer has looked at the changed questions),
    /// read–merge–written under the Mappings lock: only the `fingerprint` line of the links it accepts changes (or is
    /// added after `question`), so comments, notes, keys qtrack does not know and whatever another process wrote
    /// before the lock was taken stay as they are. A link whose question is gone stays (broken). Returns how many
    /// links were accepted.
    public static func acceptFingerprints(path: String, of questionnaire: Questionnaire) throws -> Int {
        try MappingsLock.withLock(for: path) {
            let text = try MappingsYAML.read(path)
            // Decoded first: a malformed file is refused with its reason, as every other read does.
            _ = try MappingsYAML.decode(RecommendationLinks.self, text: text, file: path)
            let document = try MappingsDocument(text: text, file: path)
            var replacing: [MappingsDocument.ItemPosition: [String]] = [:]
            for (index, item) in document.items(of: "links").enumerated() {
                guard let id = MappingsFileEdit.value("question", in: item.node), let question = questionnaire.question(id: id),
                    MappingsFileEdit.value("fingerprint", in: item.node) != question.fingerprint
                else { continue }
                replacing[.init(key: "links", index: index)] = accepting(question.fingerprint, item: item, in: document)
            }
            let flowLinks = document.blocks.contains { $0.key == "links" && !$0.editable && $0.value.sequence?.isEmpty == false }
            if flowLinks {
                throw MappingError(
                    file: path, reason: "its links are written as a flow list ([...]): write them one per line to accept them")
            }
            guard !replacing.isEmpty else { return 0 }
            let edited = try document.editing(removing: [], appending: [:], order: [], replacing: replacing)
            // What is written must read back: a Mappings file is never left unreadable by qtrack.
            _ = try MappingsYAML.decode(RecommendationLinks.self, text: edited, file: path)
            try AtomicFile.write(Data(edited.utf8), to: path)
            return replacing.count
        }
    }

    /// The item's lines with its fingerprint set to `fingerprint`: the value on the `fingerprint:` line replaced (a
    /// comment after it kept), or a line added after the `question:` line.
    static func accepting(_ fingerprint: String, item: MappingsDocument.Item, in document: MappingsDocument) -> [String] {
        var lines = Array(document.lines[item.lines])
        let value = "\"" + fingerprint + "\""
        func index(ofKey key: String) -> Int? {
            guard let mark = item.node.mapping?.first(where: { $0.key.string == key })?.key.mark else { return nil }
            let index = mark.line - 1 - item.lines.lowerBound
            return lines.indices.contains(index) ? index : nil
        }
        if let at = index(ofKey: "fingerprint"),
            let match = lines[at].firstMatch(of: /^(\s*(?:-\s+)?fingerprint:\s*)("[^"]*"|'[^']*'|[^\s#]+)?(.*)$/)
        {
            lines[at] = String(match.1) + value + String(match.3)
        } else if let at = index(ofKey: "question") {
            // The key's column: after the indentation and, on an item's first line, its dash.
            let column = lines[at].prefix { $0 == " " || $0 == "-" }.count
            lines.insert(String(repeating: " ", count: column) + "fingerprint: " + value, at: at + 1)
        }
        return lines
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
