public import Foundation
public import QTrackAnalysis
import QTrackModel

/// `qtrack consolidate`: the report on standard output (each agency's figures, conflicts, gaps, unplaced
/// text, packets replaced) and the consolidated response as a Word file.
public struct ConsolidationReport: Sendable, DocumentReport {
    public var consolidation: Consolidation
    public var directory: AgencyDirectory

    public init(_ consolidation: Consolidation, directory: AgencyDirectory) {
        self.consolidation = consolidation
        self.directory = directory
    }

    func reference(_ question: Question) -> String {
        [question.section, question.number.map { "question \($0)" }].compactMap { $0 }.joined(separator: ", ").nonEmpty ?? question.id
    }

    public func document() -> ReportDocument {
        let c = consolidation
        var blocks: [ReportBlock] = [
            .summary([
                ReportCount("packets", c.tallies.count), ReportCount("answered", c.entries.count - c.gaps.count),
                ReportCount("conflicts", c.conflicts.count, key: "conflict"), ReportCount("gaps", c.gaps.count, key: "gap"),
                ReportCount("unplaced", c.unplaced.count, key: "unplaced"),
            ]),
            .heading("Agencies"),
            .facts(
                c.tallies.map { tally in
                    let untouched = tally.untouched > 0 ? " (\(tally.untouched) left as last year's answer)" : ""
                    return "\(directory.shortName(tally.agency)): answered \(tally.answered) of \(tally.asked)\(untouched) — \(tally.file)"
                }),
        ]
        for replacement in c.replacements {
            blocks.append(
                .line(
                    ReportLine(
                        "\(directory.shortName(replacement.agency)): \(replacement.newer) is newer and replaces \(replacement.older); only that agency's answers changed",
                        tone: .warning)))
        }
        var items: [ReportEntry] = []
        for entry in c.conflicts {
            items.append(
                ReportEntry(
                    mark: "≠", kinds: ["conflict"], label: "conflict", reference: reference(entry.question), needsAttention: true,
                    body: entry.answers.map {
                        [.strong(directory.shortName($0.agency) + ": "), .text(Excerpt.shorten($0.answer.text, to: 160))]
                    },
                    group: "Conflicts: agencies answered differently (both kept, none chosen)", section: entry.question.section))
        }
        for entry in c.gaps {
            let asked = entry.question.id
            items.append(
                ReportEntry(
                    mark: "✗", kinds: ["gap"], label: "gap", reference: reference(entry.question), needsAttention: true,
                    body: [[.text(Excerpt.shorten(entry.question.text, to: 160))]], details: [asked],
                    group: "Gaps: no agency answered", section: entry.question.section))
        }
        for text in c.unplaced {
            items.append(
                ReportEntry(
                    mark: "?", kinds: ["unplaced"], label: "unplaced", reference: "\(directory.shortName(text.agency)): \(text.reason)",
                    needsAttention: true, body: [[.text(Excerpt.shorten(text.text, to: 160))]], details: [text.file],
                    group: "Unplaced text: kept at the end of the response", section: nil))
        }
        if !items.isEmpty { blocks.append(.entries(ReportEntries(columns: ["Kind", "Where", "What"], anchor: "c", items: items))) }
        return ReportDocument(
            title: "Consolidated answers of cycle \(c.questionnaire.cycleLabel)", subtitle: "\(c.questionnaire.questionCount) questions",
            blocks: blocks)
    }

    /// One line for standard error when the response is written.
    public func doneLine(file: String) -> String {
        let c = consolidation
        return "wrote \(file): \(c.entries.count - c.gaps.count) of \(c.entries.count) questions answered by \(c.tallies.count) agencies, "
            + "\(c.conflicts.count) conflicts, \(c.gaps.count) gaps, \(c.unplaced.count) unplaced"
    }

    public func json() -> String {
        let c = consolidation
        func question(_ q: Question) -> ConsolidationJSON.QuestionRef { .init(id: q.id, section: q.section, number: q.number) }
        return JSONOutput.render(
            ConsolidationJSON(
                cycle: c.questionnaire.cycleLabel,
                agencies: c.tallies.map {
                    .init(id: $0.agency, file: $0.file, asked: $0.asked, answered: $0.answered, untouched: $0.untouched)
                },
                answers: c.entries.filter { !$0.answers.isEmpty }.map { entry in
                    .init(
                        question: question(entry.question), conflict: entry.isConflict,
                        given: entry.answers.map { .init(agency: $0.agency, text: $0.answer.text) })
                },
                gaps: c.gaps.map { question($0.question) },
                unplaced: c.unplaced.map { .init(agency: $0.agency, file: $0.file, reason: $0.reason, text: $0.text) },
                replaced: c.replacements.map { .init(agency: $0.agency, older: $0.older, newer: $0.newer) }))
    }
}

extension String {
    fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}

/// `qtrack consolidate --format json`.
struct ConsolidationJSON: Encodable, Sendable {
    struct QuestionRef: Encodable, Sendable {
        var id: String
        @Nullable var section: String?
        @Nullable var number: String?
    }

    struct Agency: Encodable, Sendable {
        var id: String
        var file: String
        var asked: Int
        var answered: Int
        var untouched: Int
    }

    struct Given: Encodable, Sendable {
        var agency: String
        var text: String
    }

    struct Answer: Encodable, Sendable {
        var question: QuestionRef
        var conflict: Bool
        var given: [Given]
    }

    struct Unplaced: Encodable, Sendable {
        var agency: String
        var file: String
        var reason: String
        var text: String
    }

    struct Replaced: Encodable, Sendable {
        var agency: String
        var older: String
        var newer: String
    }

    var schemaVersion = JSONOutput.schemaVersion
    var cycle: String
    var agencies: [Agency]
    var answers: [Answer]
    var gaps: [QuestionRef]
    var unplaced: [Unplaced]
    var replaced: [Replaced]
}
