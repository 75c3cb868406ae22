public import Foundation
public import QTrackAnalysis
import QTrackBase
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
        return "qtrack: \(plan.next.questionCount) questions: " + parts.joined(separator: ", ") + "."
    }

    /// Where a question of last year stood, as a ministry's staff would look it up: "2020-2021, PROTECTION,
    /// question 6"; its id when it had no section or number.
    func place(_ question: Question) -> String {
        guard question.section != nil || question.number != nil else { return "\(previousCycle) \(question.id)" }
        return ([previousCycle] + [question.section, question.number.map { "question \($0)" }].compactMap { $0 }).joined(separator: ", ")
    }

    /// "questions 1, 2 and 4" when the merged questions stood in the section of the one they joined; each one's
    /// place otherwise.
    func mergedPlaces(_ questions: [Question], besides primary: Question?) -> String {
        let numbers = questions.compactMap(\.number)
        guard numbers.count == questions.count, questions.allSatisfy({ $0.section == primary?.section }) else {
            return questions.map(place).joined(separator: "; ")
        }
        guard let last = numbers.last, numbers.count > 1 else { return "question " + numbers.joined() }
        return "questions " + numbers.dropLast().joined(separator: ", ") + " and " + last
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
        let check =
            ([entry.change].compactMap { $0 } + entry.mergedFrom).contains { $0.certainty == .probable } ? " (probable — check)" : ""
        switch entry.treatment {
        case .new:
            lines.append("qtrack: NEW QUESTION: no answer from \(previousCycle).")
        case .carriedForward:
            let kinds = entry.change?.kinds.filter { $0 != .unchanged }.map(\.rawValue) ?? []
            let how = kinds.isEmpty ? "unchanged" : kinds.joined(separator: ", ")
            lines.append("qtrack: carried forward from \(from) (\(how))\(check); update figures and years.")
        case .changed:
            // Answers merged from several old questions say where each came from.
            let also =
                entry.mergedFrom.isEmpty ? "" : " with " + mergedPlaces(entry.mergedFrom.compactMap(\.old), besides: entry.change?.old)
            lines.append(
                "qtrack: the question changed since \(from) (\(entry.change?.kinds.map(\.rawValue).joined(separator: ", ") ?? ""))\(also)\(check); review last year's \(also.isEmpty ? "answer" : "answers")."
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

    /// How many answers were carried along a pair, and how many of those pairs are probable.
    var carriedCounts: (all: Int, probable: Int) {
        let carried = plan.entries.filter { $0.previousAnswer != nil }
        return (carried.count, carried.filter { $0.change?.certainty == .probable }.count)
    }

    /// The one line `prepare` prints when it is done.
    public func doneLine(file: String) -> String {
        let (carried, probable) = carriedCounts
        return "wrote \(file): \(plan.next.questionCount) questions, \(carried) answers carried (\(probable) probable), "
            + "\(plan.count(.new)) new, \(plan.removed.count) removed"
    }

    public func docx() throws -> Data {
        var document = WordDocument()
        appendTitlePage(to: &document)
        appendQuestions(to: &document)
        if !plan.removed.isEmpty { appendNoLongerAsked(to: &document) }
        return try WordPackage.data(document)
    }

    /// The header, the title and what was carried, changed and added.
    private func appendTitlePage(to document: inout WordDocument) {
        let title = plan.next.headline
        let cycle = plan.next.cycle?.description
        document.header = ["Draft response", cycle, title].compactMap { $0 }.joined(separator: " · ")
        document.pageNumbers = true
        document.append(WordParagraph(style: .title, text: "Draft response: " + title))
        var facts: [String] = []
        if let cycle { facts.append("cycle \(cycle)") }
        if let period = plan.next.reportingPeriod { facts.append("reporting period \(period.start) to \(period.end)") }
        if let deadline = plan.next.deadline { facts.append("due \(deadline)") }
        if !facts.isEmpty { document.append(WordParagraph(style: .guidance, text: "qtrack: " + facts.joined(separator: " · "))) }
        document.append(
            WordParagraph(style: .guidance, text: "qtrack: prepared from \(plan.previous.file) (\(previousCycle)) for \(plan.next.file)."))
        let (carried, probable) = carriedCounts
        for line in [
            "\(carried) answers carried from \(previousCycle), \(probable) of them along a probable pair (marked “check”)",
            "\(plan.count(.changed)) questions changed since: review last year's answer",
            "\(plan.count(.new)) new questions, with an empty answer to fill in",
            "\(plan.removed.count) questions no longer asked, listed at the end with their answers",
        ] {
            document.append(WordParagraph(style: .guidance, text: "qtrack: " + line + "."))
        }
    }

    /// Every question of the new questionnaire under its section, with guidance and last year's answer or a place to answer.
    private func appendQuestions(to document: inout WordDocument) {
        var section: String?? = .none
        var firstQuestion = true
        for entry in plan.entries {
            let question = entry.question
            if section != .some(question.section), let title = question.section {
                var heading = WordParagraph(style: .heading, text: title)
                heading.pageBreakBefore = firstQuestion
                firstQuestion = false
                document.append(heading)
            }
            section = .some(question.section)
            var paragraph = WordParagraph(style: .question, text: [question.label, question.text].compactMap { $0 }.joined(separator: " "))
            if firstQuestion { paragraph.pageBreakBefore = true }
            firstQuestion = false
            document.append(paragraph)
            for item in question.subItems { document.append(WordParagraph(style: .questionItem, text: "\(item.label) \(item.text)")) }
            for line in guidance(entry) { document.append(WordParagraph(style: .guidance, text: line)) }
            if entry.treatment == .changed, let diff = entry.change?.diff, !diff.isEmpty { document.append(changeParagraph(diff)) }
            guard let answer = entry.previousAnswer else {
                // The place to answer: Enter in it keeps the Answer style.
                document.append(WordParagraph(style: .answer, text: ""))
                continue
            }
            for paragraph in answer.paragraphs {
                var carried = WordParagraph(style: .answer, text: paragraph)
                carried.tag = DraftMarks.carriedTag(for: paragraph)
                document.append(carried)
            }
            for table in answer.tables {
                document.blocks.append(.table(table.rows.map { row in row.map { [WordParagraph(text: $0)] } }))
            }
        }
    }

    /// Last year's questions not asked any more, with their answers and likely new homes, on a page of their own.
    private func appendNoLongerAsked(to document: inout WordDocument) {
        // Marked, so that reading the draft back does not take last year's questions for this year's.
        func append(_ paragraph: WordParagraph) {
            var marked = paragraph
            marked.tag = DraftMarks.noLongerAskedTag
            document.append(marked)
        }
        var heading = WordParagraph(style: .heading, text: "Questions no longer asked")
        heading.pageBreakBefore = true
        append(heading)
        append(
            WordParagraph(
                style: .guidance,
                text:
                    "qtrack: these questions of \(previousCycle) are not in \(plan.next.file); their answers may belong under the questions named."
            ))
        for (question, candidates) in plan.removed {
            append(WordParagraph(style: .question, text: "\(place(question)): \(question.text)"))
            if let home = likelyNow(candidates) { append(WordParagraph(style: .guidance, text: "qtrack: \(home).")) }
            if let answer = question.answer, !answer.isEmpty {
                for paragraph in answer.paragraphs { append(WordParagraph(style: .answer, text: paragraph)) }
            } else {
                append(WordParagraph(style: .guidance, text: "qtrack: there was no answer."))
            }
        }
    }

    /// The change of the question's text, word by word: deleted words struck in red, new ones underlined in green.
    private func changeParagraph(_ diff: [DiffSegment]) -> WordParagraph {
        var runs = [WordRun("qtrack: change: ")]
        for segment in diff {
            switch segment.operation {
            case .equal: runs.append(WordRun(segment.text + " "))
            case .delete: runs.append(WordRun(segment.text + " ", strike: true, color: "C00000"))
            case .insert: runs.append(WordRun(segment.text + " ", underline: true, color: "2E7D32"))
            }
        }
        return WordParagraph(style: .guidance, runs)
    }

    public func markdown() -> String {
        var lines = ["# Draft response: \(plan.next.headline)", "", "_\(summary())_", ""]
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
            lines += ["## Questions no longer asked (since \(Markdown.escape(previousCycle)))", ""]
            for (question, candidates) in plan.removed {
                let home = likelyNow(candidates).map { " (\($0))" } ?? ""
                lines.append("- \(Markdown.escape(place(question)))\(home): \(Markdown.escape(question.text))")
                if let answer = question.answer, !answer.isEmpty { lines.append("  - answer: \(Markdown.escape(answer.text))") }
            }
        }
        return PrintableText.lines(lines)
    }
}
