public import Foundation
public import QTrackModel

/// Filled-in responses made from a questionnaire in each of the habits ministries have, with the state
/// each question should be found in. Deterministic: the same questionnaire gives the same response.
public enum ResponseFixture {
    public enum Habit: String, CaseIterable, Sendable {
        /// Plain text, answers after "Ans:" / "Answer:" / "Response:" / "Reply:" / "Comments:".
        case markers
        /// Word, answers in blue italics with no marker.
        case styles
        /// Word, each answer in a one-cell table under its question.
        case tableUnder
        /// Word, one table: question in the first column, answer beside it.
        case tableBeside
        /// Word, answers as comments on the questions.
        case comments
        /// Word with auto-numbered questions, answers typed like the questions: only a template tells them apart.
        case templateOnly
    }

    public enum State: String, Sendable {
        case answered, placeholder, unanswered, partial
    }

    public struct Made {
        /// The response: text for `.markers`, a .docx otherwise.
        public var data: Data
        public var fileExtension: String
        /// The blank questionnaire in the same format.
        public var template: Data
        public var expected: [String: State]
        /// The answer text expected for answered questions.
        public var answers: [String: String]
    }

    static let placeholders = ["N/A", "Information awaited.", "TBD", "Will be shared later.", "-"]
    static let markers = ["Ans:", "Answer:", "Response:", "Reply:", "Comments:"]

    /// What each question gets: nothing, a placeholder, a partial answer (sub-items a only), or an answer.
    static func plan(_ questions: [Question], habit: Habit) -> [(question: Question, state: State, text: [String])] {
        questions.enumerated().map { index, question in
            let letters = question.subItems.map { $0.label.filter(\.isLetter) }
            let canBePartial = letters.count >= 2 && letters.allSatisfy { !$0.isEmpty } && habit != .comments
            if canBePartial && index % 2 == 0 { return (question, .partial, ["\(letters[0])) Yes, in \(index + 2) districts."]) }
            switch index % 6 {
            case 0: return (question, .unanswered, [])
            case 1: return (question, .placeholder, [placeholders[index / 6 % placeholders.count]])
            default: return (question, .answered, ["In 2020 the ministry recorded \(index + 7) cases for item \(index)."])
            }
        }
    }

    public static func make(from questionnaire: Questionnaire, habit: Habit) throws -> Made {
        let plan = plan(questionnaire.questions, habit: habit)
        var expected: [String: State] = [:]
        var answers: [String: String] = [:]
        for entry in plan {
            expected[entry.question.id] = entry.state
            if entry.state == .answered { answers[entry.question.id] = entry.text.joined(separator: "\n") }
        }
        switch habit {
        case .markers:
            let blank = text(questionnaire, plan: nil)
            return Made(
                data: Data(text(questionnaire, plan: plan).utf8), fileExtension: "txt", template: Data(blank.utf8), expected: expected,
                answers: answers)
        default:
            let response = try docx(questionnaire, plan: plan, habit: habit)
            let blank = try docx(questionnaire, plan: nil, habit: habit)
            return Made(data: response, fileExtension: "docx", template: blank, expected: expected, answers: answers)
        }
    }

    private static func text(_ questionnaire: Questionnaire, plan: [(question: Question, state: State, text: [String])]?) -> String {
        var lines = [questionnaire.title ?? "Questionnaire", ""]
        var index = 0
        for section in questionnaire.sections {
            if let title = section.title { lines += [title, ""] }
            for question in section.questions {
                lines.append(question.number.map { "\($0). " + question.text } ?? question.text)
                for subItem in question.subItems { lines.append("\(subItem.label) \(subItem.text)") }
                lines.append("")
                if let entry = plan?[index], !entry.text.isEmpty {
                    lines.append(markers[index % markers.count] + " " + entry.text.joined(separator: "\n"))
                    lines.append("")
                }
                index += 1
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func docx(_ questionnaire: Questionnaire, plan: [(question: Question, state: State, text: [String])]?, habit: Habit)
        throws -> Data
    {
        var body = DocxFixture.paragraph(questionnaire.title ?? "Questionnaire")
        var comments: [String] = []
        var besideRows: [String] = []
        var index = 0
        func cell(_ paragraphs: [String]) -> String {
            "<w:tc>" + (paragraphs.isEmpty ? "<w:p/>" : paragraphs.joined()) + "</w:tc>"
        }
        for (sectionIndex, section) in questionnaire.sections.enumerated() {
            if let title = section.title { body += DocxFixture.paragraph(title, style: "Heading2") }
            for question in section.questions {
                let entry = plan?[index]
                let answerText = entry?.text ?? []
                let numbered = habit == .templateOnly
                var questionParagraph =
                    numbered || question.number == nil
                    ? DocxFixture.paragraph(question.text, numID: question.number == nil ? nil : sectionIndex + 1)
                    : DocxFixture.paragraph("\(question.number ?? ""). \(question.text)")
                if habit == .comments, !answerText.isEmpty {
                    let id = comments.count
                    comments.append(
                        "<w:comment w:id=\"\(id)\" w:author=\"Ministry\"><w:p><w:r><w:t>\(DocxFixture.escape(answerText.joined(separator: " ")))</w:t></w:r></w:p></w:comment>"
                    )
                    questionParagraph = questionParagraph.replacingOccurrences(
                        of: "<w:r>", with: "<w:commentRangeStart w:id=\"\(id)\"/><w:r>", options: [],
                        range: questionParagraph.range(of: "<w:r>"))
                    questionParagraph = questionParagraph.replacingOccurrences(
                        of: "</w:p>", with: "<w:commentRangeEnd w:id=\"\(id)\"/><w:r><w:commentReference w:id=\"\(id)\"/></w:r></w:p>")
                }
                let subItems = question.subItems.map { DocxFixture.paragraph("\($0.label) \($0.text)") }
                let answers = answerText.map { text -> String in
                    switch habit {
                    case .styles:
                        "<w:p><w:r><w:rPr><w:i/><w:color w:val=\"1F4E79\"/></w:rPr><w:t>\(DocxFixture.escape(text))</w:t></w:r></w:p>"
                    default: DocxFixture.paragraph(text)
                    }
                }
                switch habit {
                case .tableBeside:
                    besideRows.append("<w:tr>" + cell([questionParagraph] + subItems) + cell(answers) + "</w:tr>")
                case .tableUnder:
                    body += questionParagraph + subItems.joined()
                    if !answers.isEmpty { body += "<w:tbl><w:tr>" + cell(answers) + "</w:tr></w:tbl>" }
                case .comments:
                    body += questionParagraph + subItems.joined()
                default:
                    body += questionParagraph + subItems.joined() + answers.joined()
                }
                index += 1
            }
            if habit == .tableBeside {
                body += "<w:tbl>" + besideRows.joined() + "</w:tbl>"
                besideRows = []
            }
        }
        let styles = """
            <w:styles xmlns:w="\(DocxFixture.wordNamespace)"><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style></w:styles>
            """
        let numbering = habit == .templateOnly ? DocxFixture.numbering(questionnaire.sections.map { _ in [("decimal", "%1.", 1)] }) : nil
        let commentsPart = comments.isEmpty ? nil : "<w:comments xmlns:w=\"\(DocxFixture.wordNamespace)\">\(comments.joined())</w:comments>"
        return try DocxFixture(body: body, numbering: numbering, styles: styles, comments: commentsPart).data()
    }
}
