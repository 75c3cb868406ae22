public import Foundation
public import QTrackAnalysis
import QTrackModel

/// Next year's draft response as a Word document a ministry works in, or as Markdown.
/// qtrack's own guidance lines begin with "qtrack:", so reading the draft back skips them.
public struct DraftReport: Sendable {
    public var plan: DraftPlan

    public init(_ plan: DraftPlan) {
        self.plan = plan
    }

    private var previousCycle: String { plan.previous.cycle?.description ?? plan.previous.file }

    func summary() -> String {
        var parts = [
            "\(plan.count(.carriedForward)) carried forward", "\(plan.count(.changed)) changed (last year's answer to review)",
            "\(plan.count(.new)) new",
        ]
        if plan.staleCount > 0 { parts.append("\(plan.staleCount) carried answers mention only past years") }
        parts.append("\(plan.removed.count) removed (listed at the end with their answers)")
        return "qtrack: \(plan.next.questions.count) questions: " + parts.joined(separator: ", ") + "."
    }

    /// Where a question of last year stood, as a ministry's staff would look it up: "2020-2021, PROTECTION,
    /// question 6"; its id when it had no section or number.
    func place(_ question: Question) -> String {
        guard question.section != nil || question.number != nil else { return "\(previousCycle) \(question.id)" }
        return ([previousCycle] + [question.section, question.number.map { "question \($0)" }].compactMap { $0 }).joined(separator: ", ")
    }

    /// "likely now question 76, 1 or 14" for a removed question with suggestions, best first.
    func likelyNow(_ candidates: [Counterpart]) -> String? {
        guard let last = candidates.last else { return nil }
        let names = candidates.map { $0.question.number ?? $0.question.id }
        let list =
            candidates.count == 1
            ? names[0] : names.dropLast().joined(separator: ", ") + " or " + (last.question.number ?? last.question.id)
        return "likely now question " + list
    }

    func guidance(_ entry: DraftPlan.Entry) -> [String] {
        var lines: [String] = []
        let from = entry.change?.old.map(place) ?? previousCycle
        let check = entry.change?.certainty == .probable ? " (probable — check)" : ""
        switch entry.treatment {
        case .new:
            lines.append("qtrack: NEW QUESTION: no answer from \(previousCycle).")
        case .carriedForward:
            let kinds = entry.change?.kinds.filter { $0 != .unchanged }.map(\.rawValue) ?? []
            let how = kinds.isEmpty ? "unchanged" : kinds.joined(separator: ", ")
            lines.append("qtrack: carried forward from \(from) (\(how))\(check); update figures and years.")
        case .changed:
            lines.append(
                "qtrack: the question changed since \(from) (\(entry.change?.kinds.map(\.rawValue).joined(separator: ", ") ?? ""))\(check); review last year's answer."
            )
        }
        if entry.treatment != .new, entry.previousAnswer == nil { lines.append("qtrack: there was no answer in \(previousCycle).") }
        if !entry.staleYears.isEmpty {
            lines.append(
                "qtrack: this answer mentions only \(entry.staleYears.map(String.init).joined(separator: ", ")); it needs this year's figures."
            )
        }
        return lines
    }

    public func docx() throws -> Data {
        var document = WordDocument()
        document.append(WordParagraph(style: .title, text: "Draft response: " + (plan.next.title ?? plan.next.file)))
        document.append(
            WordParagraph(style: .guidance, text: "qtrack: prepared from \(plan.previous.file) (\(previousCycle)) for \(plan.next.file)."))
        document.append(WordParagraph(style: .guidance, text: summary()))
        var section: String?? = .none
        for entry in plan.entries {
            let question = entry.question
            if section != .some(question.section), let title = question.section {
                document.append(WordParagraph(style: .heading, text: title))
            }
            section = .some(question.section)
            document.append(
                WordParagraph(style: .question, text: [question.label, question.text].compactMap { $0 }.joined(separator: " ")))
            for item in question.subItems { document.append(WordParagraph(style: .questionItem, text: "\(item.label) \(item.text)")) }
            for line in guidance(entry) { document.append(WordParagraph(style: .guidance, text: line)) }
            if entry.treatment == .changed, let diff = entry.change?.diff, !diff.isEmpty {
                var runs = [WordRun("qtrack: change: ")]
                for segment in diff {
                    switch segment.operation {
                    case .equal: runs.append(WordRun(segment.text + " "))
                    case .delete: runs.append(WordRun(segment.text + " ", strike: true, color: "C00000"))
                    case .insert: runs.append(WordRun(segment.text + " ", underline: true, color: "2E7D32"))
                    }
                }
                document.append(WordParagraph(style: .guidance, runs))
            }
            guard let answer = entry.previousAnswer else { continue }
            for (index, paragraph) in answer.paragraphs.enumerated() {
                document.append(WordParagraph(style: .answer, text: (index == 0 ? "Answer: " : "") + paragraph))
            }
            for table in answer.tables {
                document.blocks.append(.table(table.rows.map { row in row.map { [WordParagraph(text: $0)] } }))
            }
        }
        if !plan.removed.isEmpty {
            document.append(
                WordParagraph(
                    style: .guidance, [WordRun("qtrack: questions removed since \(previousCycle), with last year's answers:", bold: true)]))
            for (question, candidates) in plan.removed {
                let home = likelyNow(candidates).map { " (\($0))" } ?? ""
                document.append(WordParagraph(style: .guidance, text: "qtrack: removed \(question.id)\(home): \(question.text)"))
                if let answer = question.answer, !answer.isEmpty {
                    document.append(WordParagraph(style: .guidance, text: "qtrack: its answer was: " + answer.text))
                }
            }
        }
        return try WordPackage.data(document)
    }

    public func markdown() -> String {
        var lines = ["# Draft response: \(plan.next.title ?? plan.next.file)", "", "_\(summary())_", ""]
        var section: String?? = .none
        for entry in plan.entries {
            let question = entry.question
            if section != .some(question.section), let title = question.section { lines += ["## \(Markdown.escape(title))", ""] }
            section = .some(question.section)
            lines.append("**\(Markdown.escape([question.label, question.text].compactMap { $0 }.joined(separator: " ")))**")
            lines.append("")
            for item in question.subItems { lines.append("- \(Markdown.escape(item.label)) \(Markdown.escape(item.text))") }
            if !question.subItems.isEmpty { lines.append("") }
            for line in guidance(entry) { lines.append("> \(Markdown.escape(line))") }
            if entry.treatment == .changed, let diff = entry.change?.diff, !diff.isEmpty {
                lines.append(
                    "> change: "
                        + diff.map { segment in
                            switch segment.operation {
                            case .equal: Markdown.escape(segment.text)
                            case .delete: "~~\(Markdown.escape(segment.text))~~"
                            case .insert: "**\(Markdown.escape(segment.text))**"
                            }
                        }.joined(separator: " "))
            }
            lines.append("")
            if let answer = entry.previousAnswer {
                lines += answer.text.split(separator: "\n").map { Markdown.escape(String($0)) }
                lines.append("")
            }
        }
        if !plan.removed.isEmpty {
            lines += ["## Removed since \(Markdown.escape(previousCycle))", ""]
            for (question, candidates) in plan.removed {
                let home = likelyNow(candidates).map { " (\($0))" } ?? ""
                lines.append("- `\(question.id)`\(home): \(Markdown.escape(question.text))")
                if let answer = question.answer, !answer.isEmpty { lines.append("  - answer: \(Markdown.escape(answer.text))") }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
