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
    private let vocabulary: Vocabulary
    /// The decisions as they were before each decision taken in this run, newest last.
    private var undoStack: [ReviewedDecisions] = []

    public init(old: Questionnaire, new: Questionnaire, decisionsFile: String, vocabulary: Vocabulary) {
        self.old = old
        self.new = new
        self.decisionsFile = decisionsFile
        self.vocabulary = vocabulary
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
}
