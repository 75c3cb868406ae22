import Foundation
public import QTrackAnalysis
public import QTrackModel
import QTrackReports
import QTrackWorkspace

/// One review of two versions: the decisions file it writes, the alignment it recomputes after each decision,
/// and what undo brings back. An actor: concurrent requests are taken one at a time, so none is lost.
///
/// The file is read again before every decision, so that a change made on disk while the app runs (an
/// editor, a `git pull`) is built upon, not overwritten.
public actor ReviewSession {
    public let old: Questionnaire
    public let new: Questionnaire
    public let decisionsFile: String
    /// The new cycle's reviewed coverage links, and the recommendations that apply to it.
    public let linksFile: String
    private let recommendations: [RecommendationSet]
    private let vocabulary: Vocabulary
    /// The decisions as they were before each decision taken in this run, newest last.
    private var undoStack: [ReviewedDecisions] = []
    /// The links as they were before each link decision, newest last.
    private var linksUndoStack: [RecommendationLinks] = []

    public init(
        old: Questionnaire, new: Questionnaire, decisionsFile: String, linksFile: String, vocabulary: Vocabulary,
        recommendations: [RecommendationSet]
    ) {
        self.old = old
        self.new = new
        self.decisionsFile = decisionsFile
        self.linksFile = linksFile
        self.vocabulary = vocabulary
        self.recommendations = recommendations.filter { $0.applies(to: new.cycle) }
    }

    /// The decisions on disk, or none yet.
    func decisions() throws -> ReviewedDecisions {
        guard FileManager.default.fileExists(atPath: decisionsFile) else {
            return ReviewedDecisions(old: old.cycleLabel, new: new.cycleLabel)
        }
        return try ReviewedDecisions.load(path: decisionsFile)
    }

    /// The comparison as `qtrack diff` makes it with the decisions on disk.
    public func comparison() throws -> VersionComparison {
        VersionMatcher(decisions: try decisions(), decisionsFile: decisionsFile, vocabulary: vocabulary).compare(old, new)
    }

    /// `GET /api/alignment`: the `diff --format json` document.
    public func alignmentJSON() throws -> String {
        DiffReport(try comparison()).json()
    }

    /// `POST /api/decisions`: applies the decision, saves the file, and returns the new alignment.
    public func decide(_ request: DecisionRequest) throws -> String {
        let current = try decisions()
        guard let verdict = try request.verdict(old: old, new: new) else {
            guard let previous = undoStack.popLast() else { throw ReviewError("nothing to undo") }
            try previous.save(to: decisionsFile)
            return try alignmentJSON()
        }
        let note = request.note.map { String($0.prefix(500)) }
        try current.applying(verdict, note: note?.isEmpty == true ? nil : note).save(to: decisionsFile)
        undoStack.append(current)
        return try alignmentJSON()
    }

    /// `GET /api/questions`: both versions' questions, for the page's search and side-by-side texts.
    public func questionsJSON() -> String {
        struct Entry: Encodable {
            var id: String
            var number: String?
            var section: String?
            var text: String
        }
        struct Both: Encodable {
            var old: [Entry]
            var new: [Entry]
        }
        let entries = { (questionnaire: Questionnaire) in
            questionnaire.questions.map { Entry(id: $0.id, number: $0.number, section: $0.section, text: $0.fullText) }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(Both(old: entries(old), new: entries(new)))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// The links on disk, or none yet.
    func links() throws -> RecommendationLinks {
        guard FileManager.default.fileExists(atPath: linksFile) else { return RecommendationLinks(cycle: new.cycleLabel, links: []) }
        return try RecommendationLinks.load(path: linksFile)
    }

    /// `GET /api/coverage`: the `coverage --format json` document of the new version, with the reviewed links.
    public func coverageJSON() throws -> String {
        let coverage = CoverageAnalyzer(vocabulary: vocabulary).analyze(
            new, sets: recommendations, links: try links(), linksFile: linksFile)
        return CoverageReport(coverage).json()
    }

    /// `POST /api/links`: records or removes a reviewed link, saves the file, and returns the new coverage.
    public func decideLink(_ request: LinkRequest) throws -> String {
        let current = try links()
        if request.verdict == "undo" {
            guard let previous = linksUndoStack.popLast() else { throw ReviewError("no link decision to undo") }
            try save(previous)
            return try coverageJSON()
        }
        guard let recommendation = request.recommendation, let id = request.question else {
            throw ReviewError("\(request.verdict) takes a recommendation and a question")
        }
        guard recommendations.contains(where: { set in set.recommendations.contains { "\(set.year)/\($0.id)" == recommendation } }) else {
            throw ReviewError("no recommendation '\(recommendation)' applies to \(new.cycleLabel)")
        }
        let question = new.question(id: id) ?? new.questions.first { $0.number == id }
        guard let question else { throw ReviewError("the new version has no question '\(id)'") }
        var updated = current
        updated.links.removeAll { $0.recommendation == recommendation && $0.question == question.id }
        switch request.verdict {
        case "link":
            let note = request.note.map { String($0.prefix(500)) }
            updated.links.append(
                .init(
                    recommendation: recommendation, question: question.id, fingerprint: question.fingerprint,
                    note: note?.isEmpty == true ? nil : note))
        case "unlink":
            guard updated.links.count < current.links.count else {
                throw ReviewError("there is no reviewed link from \(recommendation) to \(question.id)")
            }
        default:
            throw ReviewError("unknown verdict '\(request.verdict)' (link, unlink or undo)")
        }
        try save(updated)
        linksUndoStack.append(current)
        return try coverageJSON()
    }

    private func save(_ links: RecommendationLinks) throws {
        let folder = (linksFile as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try AtomicFile.write(Data(try links.yaml().utf8), to: linksFile)
    }
}
