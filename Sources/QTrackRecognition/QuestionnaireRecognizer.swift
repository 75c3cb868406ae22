public import QTrackDocuments
public import QTrackModel

/// Turns the blocks of any reader into a questionnaire: title, cycle, dates, sections, questions,
/// sub-items, notes and tables. Knows questionnaires, not file formats.
public struct QuestionnaireRecognizer: Sendable {
    public init() {}

    public func recognize(_ document: BlockDocument) -> Questionnaire {
        let labelled = recognize(document, builder: QuestionnaireBuilder(file: document.file), roles: nil)
        // A questionnaire whose questions mostly carry no numbers or names (only its text speaks) is read
        // again, each paragraph that asks something ("…?") starting a question.
        guard Self.isMostlyUnlabelled(labelled) else { return labelled }
        var builder = QuestionnaireBuilder(file: document.file)
        builder.unlabelledQuestions = true
        let unlabelled = recognize(document, builder: builder, roles: nil)
        return unlabelled.questionCount > labelled.questionCount ? unlabelled : labelled
    }

    /// Reads a filled-in response: the questionnaire with each question's answer. With `template` (the
    /// blank questionnaire of the same cycle), whatever the template does not contain is answer text;
    /// without it, answer markers, formatting and position tell answers apart.
    public func recognizeResponse(_ document: BlockDocument, template: Questionnaire? = nil) -> Questionnaire {
        var expanded = document
        let preset: [LogicalParagraph.Role?]
        (expanded.blocks, preset) = ResponseRoles.expandQuestionTables(document.blocks)
        var roles = ResponseRoles.classify(expanded.blocks, template: template)
        for (index, role) in preset.enumerated() {
            if let role { roles[index] = role }
        }
        var builder = QuestionnaireBuilder(file: document.file)
        builder.responseMode = template == nil ? .heuristic(questionEmphasis: ResponseRoles.questionEmphasis(expanded.blocks)) : .template
        // A template read with the rule for unlabelled questions lends it to its responses, whose question
        // paragraphs it has told apart from the answers already.
        builder.unlabelledQuestions = template.map(Self.isMostlyUnlabelled) ?? false
        var response = recognize(expanded, builder: builder, roles: roles)
        // Against a template of another year, the response's own title is not the template's: it was read as
        // answer text. Its cycle is still the response's, for refusing a response to the wrong questionnaire.
        if response.cycle == nil, template != nil, let first = Self.firstText(document) {
            response.cycle = HeaderFacts.cycle(in: HeaderFacts.splitTitle(first).0)
        }
        return response
    }

    /// The document's first paragraph with any text: where its title stands.
    private static func firstText(_ document: BlockDocument) -> String? {
        for block in document.blocks {
            if case .paragraph(let paragraph) = block, !paragraph.text.allSatisfy(\.isWhitespace) { return paragraph.text }
        }
        return nil
    }

    /// Fewer than half the questions carry a number or name (or none were found).
    static func isMostlyUnlabelled(_ questionnaire: Questionnaire) -> Bool {
        questionnaire.questions.filter { $0.label != nil }.count * 2 < questionnaire.questionCount || questionnaire.questionCount == 0
    }

    private func recognize(_ document: BlockDocument, builder initial: QuestionnaireBuilder, roles: [LogicalParagraph.Role]?)
        -> Questionnaire
    {
        var builder = initial
        let items = LogicalParagraph.items(from: document.blocks, roles: roles)
        var index = 0
        while index < items.count {
            switch items[index] {
            case .table(let table, let role):
                builder.add(table: table, role: role)
            case .paragraph(let paragraph):
                if paragraph.startsNoteBlock, paragraph.role == .questionnaire {
                    index = builder.addNoteBlock(items, from: index)
                    continue
                }
                builder.add(paragraph)
            }
            index += 1
        }
        var questionnaire = builder.finish()
        questionnaire.diagnostics = document.diagnostics + questionnaire.diagnostics
        questionnaire.hasTrackedChanges = document.hasTrackedChanges
        return questionnaire
    }
}
