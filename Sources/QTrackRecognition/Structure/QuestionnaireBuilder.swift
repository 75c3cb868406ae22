import QTrackBase
import QTrackDocuments
import QTrackModel

/// The recognizer's working state: sections and questions as paragraphs arrive in reading order.
struct QuestionnaireBuilder {
    private let file: String
    private var title: String?
    private var preamble: [String] = []
    private var sections: [SectionDraft]
    // Three flags, not one state enum: they change on different events and combine freely. `sawStructure` is a
    // phase that never goes back; `inAnswer` (below) ends at any paragraph of the questionnaire's own;
    // `lastAddedOption` ends only at question content, so an answer, a table or a survey tool's layout line between
    // two options keeps it (and the line above the second option is not taken for a question). One enum of "the
    // last thing read" would lose that last rule, and the recogniser goldens with it.
    /// False until the first heading or question: plain paragraphs before it are title and preamble.
    private var sawStructure = false
    private var diagnostics: [Diagnostic] = []
    /// True when the last paragraph read was an answer option.
    private var lastAddedOption = false
    /// `Page Break`, `End of Block` and the like, left out.
    private var droppedLayoutLines = 0

    /// How a response's answers are told apart; `.none` reads a blank questionnaire.
    enum ResponseMode {
        case none
        /// Roles were decided against the template before the structure was read.
        case template
        /// Markers, formatting and position decide, while reading.
        case heuristic(questionEmphasis: Emphasis)
    }

    var responseMode: ResponseMode = .none
    /// For a questionnaire whose questions mostly have no number or name: an unlabelled paragraph ending in "?"
    /// starts a question.
    var unlabelledQuestions = false

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
                AnswerMarker.strip(paragraph.labelledText) ?? paragraph.labelledText, evidence: evidence, comments: paragraph.comments,
                carried: paragraph.isUntouchedCarriedAnswer)
            return
        case .questionnaire:
            if case .heuristic(let questionEmphasis) = responseMode,
                let evidence = AnswerEvidence.of(
                    paragraph, under: hasOpenQuestion ? lastQuestion : nil, inAnswer: inAnswer, questionEmphasis: questionEmphasis)
            {
                addAnswer(
                    paragraph.labelledText, evidence: evidence, comments: paragraph.comments, carried: paragraph.isUntouchedCarriedAnswer)
                return
            }
        }
        inAnswer = false
        if addedAsFrame(paragraph) { return }
        // In a questionnaire without labels, a paragraph that asks something is a question (see below).
        let asksUnlabelled = unlabelledQuestions && paragraph.label == nil && Self.asks(paragraph)
        if !sawStructure, paragraph.label?.kind != .number, !asksUnlabelled {
            addPreamble(TextNormalizer.display(paragraph.text))
            return
        }
        if !asksUnlabelled, addedAsOption(paragraph) { return }
        lastAddedOption = false
        addContent(paragraph, asksUnlabelled: asksUnlabelled)
    }

    /// What frames the questions rather than being one: a survey tool's block or layout line, the title, a
    /// heading, a routing instruction ("Go to question 5").
    private mutating func addedAsFrame(_ paragraph: LogicalParagraph) -> Bool {
        if paragraph.label == nil, let layout = SurveyLayout(paragraph.text) {
            switch layout {
            case .group(let title): startGroup(title, at: paragraph.location)
            case .logic(let text): addNote(Note(kind: .note, text: text, location: paragraph.location))
            case .layout: droppedLayoutLines += 1
            }
            return true
        }
        // A Title-styled paragraph is the document's title, as pandoc and LibreOffice write it first.
        if title == nil, !sawStructure, paragraph.styleName?.lowercased() == "title", !paragraph.displayText.isEmpty {
            title = paragraph.displayText
            return true
        }
        if paragraph.isHeading {
            startSection(paragraph)
            return true
        }
        if paragraph.isRouting {
            let routing = TextNormalizer.display(paragraph.text).trimming("* ")
            sections[sections.count - 1].routing.append(routing)
            return true
        }
        return false
    }

    /// An answer option on a line of its own ("( ) Yes"), under the open question.
    private mutating func addedAsOption(_ paragraph: LogicalParagraph) -> Bool {
        guard !paragraph.isWordNumbered, !paragraph.typedText.utf8.contains(UInt8(ascii: "\n")),
            let option = QuestionLines.option(paragraph.typedText)
        else { return false }
        promoteTextAboveOptions()
        guard hasOpenQuestion else { return false }
        updateLastQuestion { $0.options.append(option) }
        lastAddedOption = true
        return true
    }

    /// A question, a sub-item of the open question, or text under it.
    private mutating func addContent(_ paragraph: LogicalParagraph, asksUnlabelled: Bool) {
        let lines = QuestionLines(paragraph.text)
        let split = InlineNotes.split(lines.text)
        let text = TextNormalizer.display(split.text)
        var notes = split.notes.map { Note(kind: $0.kind, text: $0.text, location: paragraph.location) }
        notes += lines.instructions.map { Note(kind: .instruction, text: TextNormalizer.display($0), location: paragraph.location) }
        let items = lines.items.map { SubItem(label: "•", text: TextNormalizer.display($0), location: paragraph.location) }
        if let label = paragraph.label, addLabelled(paragraph, label: label, text: text, lines: lines, notes: notes, items: items) {
            return
        }
        if paragraph.label == nil, !lines.options.isEmpty || asksUnlabelled {
            // An unnumbered question with its options under it (Google Forms, SurveyMonkey), or one that asks.
            sawStructure = true
            sections[sections.count - 1].questions.append(
                QuestionDraft(
                    label: nil, text: text, subItems: items, options: lines.options, notes: notes, comments: paragraph.comments,
                    location: paragraph.location))
            return
        }
        addPlain(
            text: paragraph.label.map { "\($0.printed) \(text)" } ?? text, notes: notes, comments: paragraph.comments,
            location: paragraph.location)
    }

    /// A labelled paragraph: a question of its own ("7.", "A."), or a sub-item of the open question ("a)");
    /// false when it is neither (a sub-item with no question to belong to).
    private mutating func addLabelled(
        _ paragraph: LogicalParagraph, label: ListLabel, text: String, lines: QuestionLines, notes: [Note], items: [SubItem]
    ) -> Bool {
        if label.kind == .number && (paragraph.listLevel ?? 0) == 0 && !followsUpAnswer(label) || startsLetteredQuestion(label, paragraph) {
            sawStructure = true
            sections[sections.count - 1].questions.append(
                QuestionDraft(
                    label: label, text: text, subItems: items, options: lines.options, notes: notes, comments: paragraph.comments,
                    location: paragraph.location))
            return true
        }
        if !hasOpenQuestion { promoteLastInstruction() }
        guard hasOpenQuestion else { return false }
        updateLastQuestion { question in
            question.subItems.append(SubItem(label: label.printed, text: text, location: paragraph.location))
            // A sub-item's answers are among the question's ("[Yes] based on: [1] care level 1 …").
            question.options += lines.options
            question.notes += notes
            question.comments += paragraph.comments
            question.fileSubItemAnswers(final: false)
            question.openSubItem = label.printed
        }
        return true
    }

    /// True when the paragraph's own text (before any indented items or options) ends with a question mark.
    private static func asks(_ paragraph: LogicalParagraph) -> Bool {
        let text = QuestionLines(paragraph.text).text.trimmingCharacters(in: .whitespaces)
        return text.hasSuffix("?") || text.hasSuffix("?\"") || text.hasSuffix("?”")
    }

    /// "A. What is the date today?": a capital letter starts a question of its own where it cannot be a sub-item:
    /// the open question is lettered too, or it has no items and does not end in a colon that announces them.
    private func startsLetteredQuestion(_ label: ListLabel, _ paragraph: LogicalParagraph) -> Bool {
        guard label.kind == .letter, (paragraph.listLevel ?? 0) == 0, label.value.count == 1, label.value.first?.isUppercase == true,
            hasOpenQuestion
        else { return false }
        let open = lastQuestion
        return open.label?.kind == .letter || (open.subItems.isEmpty && !open.text.hasSuffix(":"))
    }

    /// Before the first heading or question: the first paragraph is the title, the others the preamble.
    private mutating func addPreamble(_ text: String) {
        guard !text.isEmpty else { return }
        if title == nil && preamble.isEmpty {
            let (first, rest) = HeaderFacts.splitTitle(text)
            title = first
            if let rest { preamble.append(rest) }
        } else {
            preamble.append(text)
        }
    }

    /// Answer text under the current question, and under its last sub-item when it follows one.
    /// `carried`: the text is still as `qtrack prepare` carried it from last year.
    private mutating func addAnswer(_ text: String, evidence: Answer.Evidence, comments: [QuestionComment], carried: Bool = false) {
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
            if carried { question.answer.untouchedCarriedParagraphs += 1 }
            if question.openSubItem != nil { question.sinceSubItem.append(cleaned) }
        }
    }

    private mutating func addPlain(text: String, notes: [Note], comments: [QuestionComment], location: SourceLocation) {
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

    /// A note under the open question, or under the section before its first question.
    mutating func addNote(_ note: Note) {
        if hasOpenQuestion {
            updateLastQuestion { $0.notes.append(note) }
        } else {
            sections[sections.count - 1].notes.append(note)
        }
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
        if hasOpenQuestion, let matrix = MatrixTable(converted.rows) {
            updateLastQuestion { question in
                question.options += matrix.choices
                question.subItems += matrix.items.map { SubItem(label: "•", text: $0, location: table.location) }
            }
        } else if hasOpenQuestion {
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

    /// Options belong to a question: an unnumbered line just above the first of them is that question
    /// (Google Forms and SurveyMonkey number nothing).
    private mutating func promoteTextAboveOptions() {
        guard hasOpenQuestion else { return promoteLastInstruction() }
        let question = lastQuestion
        guard !lastAddedOption, !question.options.isEmpty, let note = question.notes.last, note.kind == .instruction else { return }
        updateLastQuestion { $0.notes.removeLast() }
        sections[sections.count - 1].questions.append(QuestionDraft(label: nil, text: note.text, location: note.location))
    }

    /// "[Yes] please state:" under a question offering "Yes" (as an option, or a line without its code, as
    /// "Other"): a follow-up asked of those who gave that answer, not a question named "Yes" ("[Age] How old
    /// are you?" is one).
    private func followsUpAnswer(_ label: ListLabel) -> Bool {
        guard label.printed.hasPrefix("["), hasOpenQuestion else { return false }
        let answer = label.value.lowercased()
        let question = lastQuestion
        return (question.options + question.subItems.map(\.text)).contains { $0.lowercased() == answer }
    }

    private var lastQuestion: QuestionDraft {
        sections[sections.count - 1].questions[sections[sections.count - 1].questions.count - 1]
    }

    /// A survey tool's block, page or panel: a section; one still empty gives way to the next (a page whose
    /// only content is its first panel).
    private mutating func startGroup(_ title: String, at location: SourceLocation) {
        let current = sections[sections.count - 1]
        if current.isEmpty, current.title != nil || sections.count > 1 {
            sections[sections.count - 1] = SectionDraft(title: title, location: location)
        } else if current.isEmpty, current.title == nil {
            sections[0] = SectionDraft(title: title, location: location)
        } else {
            sections.append(SectionDraft(title: title, location: location))
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
        if droppedLayoutLines > 0 {
            diagnostics.append(
                Diagnostic(
                    .note, "left out \(droppedLayoutLines) layout line\(droppedLayoutLines == 1 ? "" : "s") (Page Break, End of Block)",
                    at: SourceLocation(file: file)))
        }
        let hasSections = sections.contains { $0.title != nil }
        let slugs = QuestionIdentifiers.sectionSlugs(sections.map(\.title), hasSections: hasSections)
        let built = zip(sections, slugs).map { draft, slug in buildSection(draft, slug: slug, hasSections: hasSections) }
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
            cycle: HeaderFacts.cycle(in: title ?? ""),
            reportingPeriod: HeaderFacts.reportingPeriod(in: context),
            deadline: HeaderFacts.deadline(in: context),
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
        var drafts = draft.questions
        for index in drafts.indices { drafts[index].fileSubItemAnswers(final: true) }
        let identified = QuestionIdentifiers.questionIDs(
            drafts.map { ($0.label?.value, $0.location) }, sectionSlug: slug, sectionTitle: draft.title, hasSections: hasSections)
        diagnostics += identified.diagnostics
        let questions = zip(drafts, identified.ids).map { question, id in
            Question(
                id: id, section: draft.title, number: question.label?.value, label: question.label?.printed, text: question.text,
                subItems: question.subItems, options: question.options, notes: question.notes, tables: question.tables,
                comments: question.comments,
                answer: isResponse ? question.answer : nil, location: question.location)
        }
        if questions.isEmpty, let title = draft.title {
            diagnostics.append(Diagnostic(.warning, "section '\(title)' has no questions", at: draft.location))
        }
        return Section(
            title: draft.title, slug: slug, routing: draft.routing, notes: draft.notes, questions: questions,
            tables: draft.tables, location: draft.location)
    }
}
