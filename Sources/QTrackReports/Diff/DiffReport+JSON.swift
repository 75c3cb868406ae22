public import Foundation
import QTrackAnalysis
import QTrackBase
import QTrackModel

extension DiffReport {
    public func json() -> String {
        JSONOutput.render(DiffJSON(comparison))
    }

    /// `json()` as bytes, for writing to a file.
    public func jsonData() -> Data {
        let document = DiffJSON(comparison)
        let data = JSONOutput.renderData(document)
        BackgroundRelease.release(consume document)
        return data
    }
}

/// `qtrack diff --format json`.
struct DiffJSON: Encodable, Sendable {
    struct Version: Encodable, Sendable {
        var path: String
        @Nullable var cycle: String?
        var questionCount: Int

        init(_ questionnaire: Questionnaire) {
            path = questionnaire.file
            cycle = questionnaire.cycle?.description
            questionCount = questionnaire.questionCount
        }
    }

    /// A suggested counterpart of an added or removed question.
    struct Candidate: Encodable, Sendable {
        var id: String
        @Nullable var section: String?
        @Nullable var number: String?
        @Rounded var score: Double
        var sharedWords: [String]

        init(_ counterpart: Counterpart) {
            id = counterpart.question.id
            section = counterpart.question.section
            number = counterpart.question.number
            score = counterpart.score
            sharedWords = counterpart.sharedWords
        }
    }

    struct Change: Encodable, Sendable {
        var kind: String
        var kinds: [String]
        var old: Nullable<ModelJSON.Reference>
        var new: Nullable<ModelJSON.Reference>
        @Rounded var similarity: Double
        @Rounded var confidence: Double
        var ambiguous: Bool
        /// `certain` or `probable` for a pair; null for an added or removed question.
        @Nullable var certainty: String?
        /// For an added or removed question, its likeliest counterparts, best first; empty for a pair.
        var candidates: [Candidate]
        var origin: String
        var evidence: [String]
        var diff: [ModelJSON.Segment]

        init(_ change: QuestionChange) {
            kind = change.kind.rawValue
            kinds = change.kinds.map(\.rawValue)
            old = ModelJSON.Reference.optional(change.old)
            new = ModelJSON.Reference.optional(change.new)
            similarity = change.similarity
            confidence = change.confidence
            ambiguous = change.ambiguous
            certainty = change.certainty?.rawValue
            candidates = change.candidates.map(Candidate.init)
            origin = change.origin.rawValue
            evidence = change.evidence
            diff = change.diff.map { ModelJSON.Segment(op: $0.operation.rawValue, text: $0.text) }
        }
    }

    /// A section or header fact, before and after.
    struct Before: Encodable, Sendable {
        var kind: String?
        var field: String?
        @Nullable var old: String?
        @Nullable var new: String?
    }

    // In the order of their keys, as the document lists them: the writer then has nothing to move.
    /// Written in parts on every core: the changes of a large diff are most of its report.
    var changes: JSONConcurrentArray<Change>
    var diagnostics: [ModelJSON.Diagnostic]
    var headerChanges: [Before]
    var new: Version
    var old: Version
    var schemaVersion = JSONOutput.schemaVersion
    var sectionChanges: [Before]
    var summary: [String: Int]

    init(_ comparison: VersionComparison) {
        old = Version(comparison.old)
        new = Version(comparison.new)
        let counts = comparison.summary
        summary = Dictionary(uniqueKeysWithValues: ChangeKind.allCases.map { ($0.rawValue, counts[$0] ?? 0) })
        changes = JSONConcurrentArray(Parallel.map(comparison.changes, parts: 16, Change.init))
        sectionChanges = comparison.sectionChanges.map { Before(kind: $0.kind.rawValue, old: $0.oldTitle, new: $0.newTitle) }
        headerChanges = comparison.headerChanges.map { Before(field: $0.field.rawValue, old: $0.old, new: $0.new) }
        diagnostics = comparison.diagnostics.map(ModelJSON.Diagnostic.init)
    }
}
