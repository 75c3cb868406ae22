import QTrackBase
import QTrackDocuments

/// The recognizer's working state: sections and questions as paragraphs arrive in reading order.
struct QuestionnaireBuilder {
    private struct QuestionDraft {
        var label: ListLabel?
        var text: String
        var subItems: [SubItem] = []
        var notes: [Note] = []
        var tables: [QuestionnaireTable] = []
        var comments: [Comment] = []
        var answer = Answer()
        /// The label of the last sub-item, and the answer paragraphs read since it. They are the sub-item's
        /// own answer once another sub-item follows them (answers given item by item).
        var openSubItem: String?
        var sinceSubItem: [String] = []

        /// Files the answers read since the last sub-item under it: when another sub-item follows, or at
        /// the end when earlier sub-items were answered one by one too.
        mutating func fileSubItemAnswers(final: Bool) {
            if let label = openSubItem, !sinceSubItem.isEmpty, !final || !answer.bySubItem.isEmpty {
                answer.bySubItem[label, default: []] += sinceSubItem
            }
            sinceSubItem = []
        }
        var location: SourceLocation
    }

    private struct SectionDraft {
        var title: String?
        var routing: [String] = []
        var notes: [Note] = []
        var questions: [QuestionDraft] = []
        var tables: [QuestionnaireTable] = []
        /// Comments anchored in instruction paragraphs, kept for the one that turns out to be a question.
        var instructionComments: [SourceLocation: [Comment]] = [:]
        var location: SourceLocation

        var isEmpty: Bool { routing.isEmpty && notes.isEmpty && questions.isEmpty && tables.isEmpty }
    }

    private let file: String
    private var title: String?
    private var preamble: [String] = []
    private var sections: [SectionDraft]
    /// False until the first heading or question: plain paragraphs before it are title and preamble.
    private var sawStructure = false
    private var diagnostics: [Diagnostic] = []

    /// How a response's answers are told apart; `.none` reads a blank questionnaire.
    enum ResponseMode {
        case none
        /// Roles were decided against the template before the structure was read.
        case template
        /// Markers, formatting and position decide, while reading.
        case heuristic(questionEmphasis: Emphasis)
    }

    var responseMode: ResponseMode = .none

    private var isResponse: Bool {
        if case .none = responseMode { return false }
        return true
    }
    /// True while the last thing read under the current question was answer text.
    private var inAnswer = false

    init(file: String) {
        self.file = file
        self.sections = [SectionDraft(title: nil, location: SourceLocation(file: file))]
    }

    private var hasOpenQuestion: Bool { !(sections[sections.count - 1].questions.isEmpty) }

    // MARK: Adding

    mutating func add(_ paragraph: LogicalParagraph) {
        switch paragraph.role {
        case .ignored:
            return
        case .answer(let evidence):
            addAnswer(
                AnswerMarker.strip(paragraph.labelledText) ?? paragraph.labelledText, evidence: evidence, comments: paragraph.comments)
            return
        case .questionnaire:
            if case .heuristic(let questionEmphasis) = responseMode,
                let evidence = answerEvidence(paragraph, questionEmphasis: questionEmphasis)
            {
                addAnswer(paragraph.labelledText, evidence: evidence, comments: paragraph.comments)
                return
            }
        }
        inAnswer = false
        if paragraph.isHeading {
            startSection(paragraph)
            return
        }
        if paragraph.isRouting {
            let routing = TextNormalizer.display(paragraph.text).trimming("* ")
            sections[sections.count - 1].routing.append(routing)
            return
        }
        if !sawStructure, paragraph.label?.kind != .number {
            addPreamble(TextNormalizer.display(paragraph.text))
            return
        }
        let split = InlineNotes.split(paragraph.text)
        let text = TextNormalizer.display(split.text)
        let notes = split.notes.map { Note(kind: $0.kind, text: $0.text, location: paragraph.location) }

        if let label = paragraph.label {
            if label.kind == .number, (paragraph.listLevel ?? 0) == 0 {
                sawStructure = true
                sections[sections.count - 1].questions.append(
                    QuestionDraft(
                        label: label, text: text, notes: notes, comments: paragraph.comments, location: paragraph.location))
                return
            }
            if !hasOpenQuestion { promoteLastInstruction() }
            if hasOpenQuestion {
                updateLastQuestion { question in
                    question.subItems.append(SubItem(label: label.printed, text: text, location: paragraph.location))
                    question.notes += notes
                    question.comments += paragraph.comments
                    question.fileSubItemAnswers(final: false)
                    question.openSubItem = label.printed
                }
                return
            }
        }
        addPlain(
            text: paragraph.label.map { "\($0.printed) \(text)" } ?? text, notes: notes, comments: paragraph.comments,
            location: paragraph.location)
    }

    /// Before the first heading or question: the first paragraph is the title, the others the preamble.
    private mutating func addPreamble(_ text: String) {
        guard !text.isEmpty else { return }
        if title == nil && preamble.isEmpty {
            let (first, rest) = Self.splitTitle(text)
            title = first
            if let rest { preamble.append(rest) }
        } else {
            preamble.append(text)
        }
    }

    /// Without a template: is this paragraph of a response an answer, and what shows it?
    private func answerEvidence(_ paragraph: LogicalParagraph, questionEmphasis: Emphasis) -> Answer.Evidence? {
        guard hasOpenQuestion, !paragraph.isHeading, !paragraph.isRouting else { return nil }
        let question = sections[sections.count - 1].questions[sections[sections.count - 1].questions.count - 1]
        if paragraph.styleName?.lowercased().contains("answer") == true { return .formatting }
        let emphasis = paragraph.emphasis
        if emphasis.italic != questionEmphasis.italic || (emphasis.color != nil && emphasis.color != questionEmphasis.color) {
            return .formatting
        }
        if let label = paragraph.label {
            // A sub-item label the question already has, or a list restarting inside an answer.
            if label.kind != .number {
                let core = label.value.lowercased()
                return question.subItems.contains { $0.label.filter { $0.isLetter || $0.isNumber }.lowercased() == core } ? .position : nil
            }
            let expected = question.label.flatMap { Int($0.value) }.map { $0 + 1 }
            return inAnswer && Int(label.value) != expected ? .position : nil
        }
        let text = TextNormalizer.display(paragraph.text)
        let lower = text.lowercased()
        let instructionLike = lower.hasPrefix("please") || lower.hasPrefix("(tips") || lower.hasPrefix("( tips") || text.hasSuffix(":")
        return instructionLike && !inAnswer ? nil : .position
    }

    /// Answer text under the current question, and under its last sub-item when it follows one.
    private mutating func addAnswer(_ text: String, evidence: Answer.Evidence, comments: [Comment]) {
        // Lines stay lines: an answer that goes "a) …", "b) …" is read item by item.
        let cleaned = text.split(separator: "\n").map { TextNormalizer.display(String($0)) }.filter { !$0.isEmpty }.joined(separator: "\n")
        guard hasOpenQuestion else {
            if !cleaned.isEmpty { preamble.append(cleaned) }
            return
        }
        inAnswer = true
        updateLastQuestion { question in
            question.comments += comments
            guard !cleaned.isEmpty else { return }
            question.answer.paragraphs.append(cleaned)
            question.answer.evidence.insert(evidence)
            if question.openSubItem != nil { question.sinceSubItem.append(cleaned) }
        }
    }

    private mutating func addPlain(text: String, notes: [Note], comments: [Comment], location: SourceLocation) {
        var added = notes
        if !text.isEmpty { added.insert(Note(kind: .instruction, text: text, location: location), at: 0) }
        if hasOpenQuestion {
            updateLastQuestion { question in
                question.notes += added
                question.comments += comments
            }
        } else {
            sections[sections.count - 1].notes += added
            if !comments.isEmpty { sections[sections.count - 1].instructionComments[location, default: []] += comments }
        }
    }

    /// Consumes a "NOTE: … END NOTE." block, which may run over several paragraphs; returns the next index.
    mutating func addNoteBlock(_ items: [LogicalParagraph.Item], from start: Int) -> Int {
        guard case .paragraph(let first) = items[start] else { return start + 1 }
        var texts = [first.displayText]
        var end = start + 1
        if !first.text.lowercased().contains("end note") {
            var index = start + 1
            while index < items.count, index - start <= 40, case .paragraph(let next) = items[index], !next.isHeading,
                next.label?.kind != .number
            {
                texts.append(next.displayText)
                index += 1
                if next.text.lowercased().contains("end note") {
                    end = index
                    break
                }
            }
            if end == start + 1 { texts = [first.displayText] }
        }
        let note = Note(kind: .note, text: texts.joined(separator: "\n"), location: first.location)
        if hasOpenQuestion {
            updateLastQuestion { $0.notes.append(note) }
        } else {
            sections[sections.count - 1].notes.append(note)
        }
        return end
    }

    mutating func add(table: Table, role: LogicalParagraph.Role = .questionnaire) {
        let converted = QuestionnaireTable(
            rows: table.rows.map { row in row.map { TextNormalizer.display($0.text) } },
            location: table.location)
        var isAnswer = role != .questionnaire
        if case .heuristic = responseMode { isAnswer = true }
        if isAnswer, hasOpenQuestion {
            inAnswer = true
            updateLastQuestion { question in
                question.answer.tables.append(converted)
                question.answer.evidence.insert(.table)
            }
            return
        }
        if hasOpenQuestion {
            updateLastQuestion { $0.tables.append(converted) }
        } else {
            sections[sections.count - 1].tables.append(converted)
        }
    }

    private mutating func startSection(_ paragraph: LogicalParagraph) {
        let heading = SectionDraft(title: paragraph.displayText, location: paragraph.location)
        if sections.count == 1, sections[0].title == nil, sections[0].questions.isEmpty, sections[0].tables.isEmpty,
            sections[0].routing.isEmpty
        {
            preamble += sections[0].notes.map(\.text)
            sections[0] = heading
        } else {
            sections.append(heading)
        }
        sawStructure = true
    }

    private mutating func updateLastQuestion(_ change: (inout QuestionDraft) -> Void) {
        let section = sections.count - 1
        change(&sections[section].questions[sections[section].questions.count - 1])
    }

    /// Sub-items with no question before them belong to the unnumbered paragraph above them
    /// (the district vigilance committees section: one unnumbered question with items a–c).
    private mutating func promoteLastInstruction() {
        let section = sections.count - 1
        guard let index = sections[section].notes.lastIndex(where: { $0.kind == .instruction }) else { return }
        let instruction = sections[section].notes.remove(at: index)
        let comments = sections[section].instructionComments[instruction.location] ?? []
        sections[section].questions.append(
            QuestionDraft(label: nil, text: instruction.text, comments: comments, location: instruction.location))
    }

    /// A very long first paragraph is a title followed by preamble: keep its first sentence as the title.
    private static func splitTitle(_ text: String) -> (String, String?) {
        guard text.count > 300 else { return (text, nil) }
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if text[index] == ".", next < text.endIndex, text[next] == " ", text.distance(from: text.startIndex, to: index) >= 40 {
                return (String(text[...index]), String(text[next...]).trimming(" "))
            }
            index = next
        }
        return (text, nil)
    }

    // MARK: Finishing

    mutating func finish() -> Questionnaire {
        promoteQuestionsInSectionsWithoutNumbers()
        if sections.count > 1 || sections.first?.title != nil {
            sections.removeAll { $0.title == nil && $0.questions.isEmpty && $0.tables.isEmpty }
        }
        if title == nil, let first = sections.first, first.title != nil, first.questions.isEmpty, first.notes.isEmpty, first.tables.isEmpty
        {
            title = first.title
            sections.removeFirst()
        }
        let hasSections = sections.contains { $0.title != nil }
        var usedSlugs: Set<String> = []
        var built: [Section] = []
        for draft in sections {
            var slug = draft.title.map(Section.slug(for:)) ?? ""
            if hasSections, slug.isEmpty { slug = "section" }
            let base = slug
            var counter = 2
            while usedSlugs.contains(slug), hasSections {
                slug = "\(base)-\(counter)"
                counter += 1
            }
            usedSlugs.insert(slug)
            built.append(buildSection(draft, slug: slug, hasSections: hasSections))
        }
        if built.allSatisfy({ $0.questions.isEmpty }) {
            diagnostics.append(
                Diagnostic(
                    .warning, "no questions found: questions should start with a number such as \"1.\" or be Word-numbered",
                    at: SourceLocation(file: file)))
        }
        let context = ([title ?? ""] + preamble).joined(separator: "\n")
        return Questionnaire(
            file: file,
            title: title,
            cycle: Self.cycle(in: title ?? ""),
            reportingPeriod: Self.reportingPeriod(in: context),
            deadline: Self.deadline(in: context),
            preamble: preamble,
            sections: built,
            diagnostics: diagnostics)
    }

    /// A section with no numbered question: each paragraph in it that asks something is a question.
    private mutating func promoteQuestionsInSectionsWithoutNumbers() {
        for index in sections.indices where sections[index].questions.isEmpty && sections[index].title != nil {
            var kept: [Note] = []
            for note in sections[index].notes {
                if note.kind == .instruction, note.text.contains("?") {
                    sections[index].questions.append(QuestionDraft(label: nil, text: note.text, location: note.location))
                } else {
                    kept.append(note)
                }
            }
            sections[index].notes = kept
        }
    }

    private mutating func buildSection(_ draft: SectionDraft, slug: String, hasSections: Bool) -> Section {
        var usedIDs: Set<String> = []
        var questions: [Question] = []
        var unnumbered = 0
        var previousNumber: Int?
        let sectionName = draft.title.map { "section '\($0)'" } ?? "the document"
        for var question in draft.questions {
            question.fileSubItemAnswers(final: true)
            let number = question.label?.value
            var local: String
            if let number {
                local = number
                if let value = Int(number), let previous = previousNumber, value != previous + 1 {
                    diagnostics.append(
                        Diagnostic(
                            .warning, "question \(number) follows question \(previous) in \(sectionName)", at: question.location))
                }
                previousNumber = Int(number) ?? previousNumber
            } else {
                unnumbered += 1
                local = "u\(unnumbered)"
                diagnostics.append(Diagnostic(.note, "unnumbered question in \(sectionName)", at: question.location))
            }
            var id = hasSections ? "\(slug)/\(local)" : local
            if usedIDs.contains(id) {
                diagnostics.append(Diagnostic(.warning, "question number \(local) appears twice in \(sectionName)", at: question.location))
                var counter = 2
                while usedIDs.contains("\(id)-\(counter)") { counter += 1 }
                id = "\(id)-\(counter)"
            }
            usedIDs.insert(id)
            questions.append(
                Question(
                    id: id, section: draft.title, number: number, label: question.label?.printed, text: question.text,
                    subItems: question.subItems, notes: question.notes, tables: question.tables, comments: question.comments,
                    answer: isResponse ? question.answer : nil, location: question.location))
        }
        if questions.isEmpty, let title = draft.title {
            diagnostics.append(Diagnostic(.warning, "section '\(title)' has no questions", at: draft.location))
        }
        return Section(
            title: draft.title, slug: slug, routing: draft.routing, notes: draft.notes, questions: questions,
            tables: draft.tables, location: draft.location)
    }

    // MARK: Cycle and dates

    /// "2020 – 2021 Department of State …" → 2020–2021; "Questionnaire for the 2025 …" → 2025.
    static func cycle(in title: String) -> Cycle? {
        let characters = Array(title)
        var years: [(Int, Int)] = []  // (year, end offset)
        var index = 0
        while index + 4 <= characters.count {
            let slice = String(characters[index..<(index + 4)])
            let boundaryBefore = index == 0 || !characters[index - 1].isNumber
            let boundaryAfter = index + 4 == characters.count || !characters[index + 4].isNumber
            if boundaryBefore, boundaryAfter, let year = Int(slice), (1900...2199).contains(year) {
                years.append((year, index + 4))
                index += 4
            } else {
                index += 1
            }
        }
        guard let first = years.first else { return nil }
        if years.count >= 2 {
            let between = String(characters[first.1..<(years[1].1 - 4)]).trimming(" ")
            if ["-", "–", "—", "/", "to"].contains(between) { return Cycle(startYear: first.0, endYear: years[1].0) }
        }
        return Cycle(startYear: first.0)
    }

    /// The two dates after "reporting period".
    static func reportingPeriod(in text: String) -> DateRange? {
        guard let anchor = text.range(of: "reporting period", options: .caseInsensitive) else { return nil }
        let window = String(text[anchor.upperBound...].prefix(120))
        let dates = DateText.dates(in: window)
        guard dates.count >= 2 else { return nil }
        return DateRange(start: dates[0].iso, end: dates[1].isoEnd)
    }

    /// The date after "by" or "deadline".
    static func deadline(in text: String) -> String? {
        for date in DateText.dates(in: text) {
            let before = text[..<date.range.lowerBound].suffix(12).lowercased()
            if before.hasSuffix("by ") || before.contains("deadline") || before.contains("due") || before.hasSuffix("before ") {
                return date.iso
            }
        }
        return nil
    }
}
