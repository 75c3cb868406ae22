public import Foundation
public import QTrackAnalysis
public import QTrackBase
public import QTrackDocuments
public import QTrackRecognition

/// `qtrack recommendations import`: a TIP Report's country narrative → its recommendations as
/// `Mappings/recommendations/<year>.yaml` (or JSON), each with tags proposed from the vocabulary and marked so.
/// Writing over a file a person reviewed needs `force`, and keeps that person's tags where the text is unchanged.
public enum ImportJob {
    public enum Format: String, Sendable, CaseIterable {
        case yaml
        case json
    }

    public struct Request: Sendable {
        public var report: String
        public var country: String
        /// The report's year, over the one the document states.
        public var year: Int?
        public var format: Format
        /// The file to write; nil for standard output (nothing is merged then).
        public var output: String?
        /// Replace a file a person reviewed (keeping their tags where the text is unchanged).
        public var force: Bool
        public var mappings: MappingsLocation

        public init(
            report: String, country: String, year: Int? = nil, format: Format = .yaml, output: String? = nil, force: Bool = false,
            mappings: MappingsLocation
        ) {
            self.report = report
            self.country = country
            self.year = year
            self.format = format
            self.output = output
            self.force = force
            self.mappings = mappings
        }

        public var inputs: [String] { [report] }
    }

    /// What a run made: the set, its bytes, and what the user should be told.
    public struct Result: Sendable {
        public var set: RecommendationSet
        public var bytes: Data
        /// Warnings for standard error, without the "qtrack: " prefix.
        public var warnings: [String]

        /// Recommendations whose tags are still all or partly the machine's proposals.
        public var withProposedTags: Int { self.set.recommendations.filter { !($0.proposed ?? []).isEmpty }.count }
    }

    /// Runs the import: for a file, a read–merge–write under the folder's lock, refusing to replace a reviewed
    /// file without `force`; the bytes are written whole or not at all. Without an output file nothing is written:
    /// the caller prints the bytes.
    public static func run(_ request: Request, limits: ReadLimits = .default) throws -> Result {
        guard let output = request.output else { return try prepare(request, limits: limits) }
        return try FileLock.holding(beside: output) {
            var existing: RecommendationSet?
            if FileManager.default.fileExists(atPath: output), !OutputFileKind.isDevice(output) {
                let current = try RecommendationSet.load(path: output)
                if current.recommendations.contains(where: \.hasReviewedTags) && !request.force {
                    throw OutputError(
                        file: output,
                        reason:
                            "holds recommendations a person reviewed; --force replaces it, keeping their tags where the text is unchanged"
                    )
                }
                existing = current
            }
            let result = try prepare(request, limits: limits, existing: existing)
            try AtomicFile.write(result.bytes, to: output)
            return result
        }
    }

    /// Reads, recognises, proposes tags and merges with what `existing` holds; writes nothing.
    static func prepare(_ request: Request, limits: ReadLimits, existing: RecommendationSet? = nil) throws -> Result {
        let report = request.report
        let country = request.country
        let document = try ReportLoader(limits: limits).load(path: report)
        let narrative = try NarrativeRecognizer().recognize(document, country: country, year: request.year)
        let tagger = RecommendationTagger(vocabulary: try request.mappings.loadVocabulary())
        var warnings = narrative.diagnostics.map { "\(report): \($0.message)" }
        var set = RecommendationSet(
            report: "\(narrative.year) TIP Report", year: narrative.year,
            source: "\(report) (the \(country) narrative, imported by qtrack recommendations import)", complete: narrative.complete,
            missing: narrative.cutOff.map(Self.missing),
            recommendations: narrative.items.map { item in
                let proposal = tagger.propose(for: item.text)
                return Recommendation(
                    id: item.id, title: item.title, text: item.text, source: Self.place(item.location), subjects: proposal.subjects,
                    facets: proposal.facets, pillars: proposal.pillars, proposed: Recommendation.tagFields)
            })
        if let cutOff = narrative.cutOff {
            let complete = narrative.items.count
            warnings.append(
                "\(report): the list is cut off in its \(Self.ordinal(cutOff.place)) recommendation (\"\(Self.excerpt(cutOff.text))\"); "
                    + "imported the \(complete) complete one\(complete == 1 ? "" : "s"), marked complete: false")
        }
        if let existing { warnings += Self.merge(&set, keeping: existing) }
        return Result(set: set, bytes: try encode(set, format: request.format, country: country), warnings: warnings)
    }

    /// Keeps, for each recommendation whose text is unchanged, its id, title and the tag lists a person checked;
    /// says which reviewed recommendations the new list no longer has.
    static func merge(_ set: inout RecommendationSet, keeping existing: RecommendationSet) -> [String] {
        var unmatched = existing.recommendations
        for index in set.recommendations.indices {
            let key = comparable(set.recommendations[index].text)
            guard let found = unmatched.firstIndex(where: { comparable($0.text) == key }) else { continue }
            let old = unmatched.remove(at: found)
            var new = set.recommendations[index]
            new.id = old.id
            new.title = old.title
            let stillProposed = Set(old.proposed ?? [])
            if !stillProposed.contains("subjects") { new.subjects = old.subjects }
            if !stillProposed.contains("facets") { new.facets = old.facets }
            if !stillProposed.contains("pillars") { new.pillars = old.pillars }
            let proposed = Recommendation.tagFields.filter(stillProposed.contains)
            new.proposed = proposed.isEmpty ? nil : proposed
            set.recommendations[index] = new
        }
        // A kept id must stay unique: a new recommendation that made the same id is numbered.
        var seen: Set<String> = []
        for index in set.recommendations.indices {
            var id = set.recommendations[index].id
            var number = 2
            while seen.contains(id) {
                id = "\(set.recommendations[index].id)-\(number)"
                number += 1
            }
            seen.insert(id)
            set.recommendations[index].id = id
        }
        let dropped = unmatched.filter(\.hasReviewedTags).map(\.id)
        guard !dropped.isEmpty else { return [] }
        return ["\(existing.file): no longer in the report as written, so not kept: \(dropped.joined(separator: ", "))"]
    }

    /// Text compared for "unchanged": case, white space and a final full stop aside.
    static func comparable(_ text: String) -> String {
        var words = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        while words.hasSuffix(".") { words.removeLast() }
        return words
    }

    static func encode(_ set: RecommendationSet, format: Format, country: String) throws -> Data {
        switch format {
        case .yaml:
            let header = [
                "The recommendations of the \(set.report) to \(country), as published, imported by `qtrack recommendations import`.",
                "Tag lists named under `proposed` are the machine's proposals from Mappings/vocabulary.yaml: check each and",
                "remove its name from `proposed` (or change the list) once you agree.",
            ]
            return Data(try MappingsYAML.encode(set, header: header).utf8)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return try encoder.encode(ImportedJSON(set)) + Data("\n".utf8)
        }
    }

    /// Where a recommendation stands in the document ("line 12", "¶5").
    static func place(_ location: SourceLocation) -> String? {
        if let line = location.line { return "line \(line)" }
        if let paragraph = location.paragraph { return "¶\(paragraph)" }
        return nil
    }

    static func missing(_ cutOff: NarrativeRecommendations.CutOff) -> String {
        "the list is cut off in its \(ordinal(cutOff.place)) recommendation (\"\(excerpt(cutOff.text))\"); "
            + "that sentence and the rest are not recorded here"
    }

    /// The cut-off words as a reviewer quotes them: the first sixteen at most, then an ellipsis.
    static func excerpt(_ text: String) -> String {
        let words = text.split(separator: " ")
        return (words.count > 16 ? words.prefix(16).joined(separator: " ") : text) + " …"
    }

    static func ordinal(_ place: Int) -> String {
        let names = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
        return place >= 1 && place <= names.count ? names[place - 1] : "\(place)th"
    }
}

/// The JSON form: the YAML's fields and `schemaVersion`, keys sorted.
struct ImportedJSON: Encodable {
    var schemaVersion = 1
    var report: String
    var year: Int
    var source: String
    var complete: Bool
    var missing: String?
    var recommendations: [Recommendation]

    init(_ set: RecommendationSet) {
        report = set.report
        year = set.year
        source = set.source
        complete = set.complete
        missing = set.missing
        recommendations = set.recommendations
    }
}

/// Devices (`/dev/null`, `/dev/stdout`) are written in place, never read back as a file.
enum OutputFileKind {
    static func isDevice(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) != S_IFREG
    }
}
