import QTrackBase
import QTrackDocuments
import QTrackModel

/// A paragraph as the recognizer sees it: wrapped plain-text lines joined, its label parsed.
struct LogicalParagraph {
    /// In a response: whether this is questionnaire text or answer text.
    enum Role: Hashable {
        case questionnaire
        case answer(Answer.Evidence)
        /// qtrack's own guidance lines in a draft it wrote ("qtrack: carried forward …").
        case ignored
    }

    var text: String
    /// The paragraph's own text before its label was taken off: "○ Yes" stays an option, not a bullet.
    var typedText: String
    /// True when Word numbered the paragraph (its label is not in its text).
    var isWordNumbered: Bool
    var role: Role = .questionnaire
    var emphasis: Emphasis
    var label: ListLabel?
    var listLevel: Int?
    var headingLevel: Int?
    var styleName: String?
    var comments: [QuestionComment]
    /// A draft's answer still as `qtrack prepare` carried it from last year.
    var isUntouchedCarriedAnswer: Bool
    var location: SourceLocation

    enum Item {
        case paragraph(LogicalParagraph)
        case table(Table, Role)
    }

    /// Joins plain-text lines that continue the line before (no blank line, no label of their own, the same role).
    static func items(from blocks: [Block], roles: [Role]? = nil) -> [Item] {
        var items: [Item] = []
        for (index, block) in blocks.enumerated() {
            let role = roles?[index] ?? .questionnaire
            switch block {
            case .table(let table):
                items.append(.table(table, role))
            case .paragraph(let paragraph):
                var logical = LogicalParagraph(paragraph)
                logical.role = role
                let continues =
                    !paragraph.startsBlock && (logical.label == nil || role != .questionnaire) && !logical.isRouting && !logical.isHeading
                if continues, case .paragraph(var previous)? = items.last, previous.role == role {
                    previous.text += "\n" + logical.labelledText
                    items[items.count - 1] = .paragraph(previous)
                } else {
                    items.append(.paragraph(logical))
                }
            }
        }
        return items
    }

    init(_ paragraph: Paragraph) {
        typedText = paragraph.text
        isWordNumbered = paragraph.listLabel != nil
        if let rendered = paragraph.listLabel {
            label = ListLabel(rendered: rendered)
            text = paragraph.text
        } else if let (parsed, rest) = ListLabel.parse(paragraph.text) {
            label = parsed
            text = rest
        } else {
            label = nil
            text = paragraph.text
        }
        listLevel = paragraph.listLevel
        emphasis = paragraph.emphasis
        headingLevel = paragraph.headingLevel
        styleName = paragraph.styleName
        comments = paragraph.comments.map { QuestionComment(author: $0.author, text: $0.text) }
        isUntouchedCarriedAnswer = DraftMarks.isUntouchedCarried(tag: paragraph.contentControlTag, text: paragraph.text)
        location = paragraph.location
    }

    var displayText: String { TextNormalizer.display(text) }

    /// The text with its label in front, as printed: what an answer keeps when it is a numbered list.
    var labelledText: String {
        guard let label, label.kind != .bullet else { return text }
        return label.printed + " " + text
    }

    /// "*For input from multiple agencies, including …"
    var isRouting: Bool {
        label == nil && text.drop { $0 == " " }.first == "*"
    }

    /// A "NOTE: …" paragraph (the seed's NOTE … END NOTE block).
    var startsNoteBlock: Bool {
        label == nil && text.drop { $0 == " " }.lowercased().hasPrefix("note:")
    }

    /// A section heading: a heading style, or a short line in capitals ("ANTI-TRAFFICKING UNITS (ATUs) IN THE PROVINCES").
    var isHeading: Bool {
        // A labelled paragraph without a heading style is none: most are, and need no normalising to say so.
        guard headingLevel != nil || label == nil else { return false }
        let display = displayText
        // Fewer bytes than 160 is fewer characters: counting characters is left for long texts.
        guard !display.isEmpty, display.utf8.count <= 160 || display.count <= 160, !display.hasSuffix("?") else { return false }
        if headingLevel != nil { return true }
        return Self.isAllCaps(display) && !startsNoteBlock
    }

    /// Capitals only, once parenthesised asides such as "(ATUs)" are set aside.
    static func isAllCaps(_ text: String) -> Bool {
        var depth = 0
        var letters = 0
        for character in text {
            if character == "(" {
                depth += 1
                continue
            }
            if character == ")" {
                depth = max(depth - 1, 0)
                continue
            }
            guard depth == 0, character.isLetter else { continue }
            if character.isLowercase { return false }
            letters += 1
        }
        return letters >= 6 && !text.contains(":")
    }
}
