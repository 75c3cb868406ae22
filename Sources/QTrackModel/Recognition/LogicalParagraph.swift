import QTrackDocuments

/// A paragraph as the recognizer sees it: wrapped plain-text lines joined, its label parsed.
struct LogicalParagraph {
    var text: String
    var label: ListLabel?
    var listLevel: Int?
    var headingLevel: Int?
    var styleName: String?
    var comments: [Comment]
    var location: SourceLocation

    enum Item {
        case paragraph(LogicalParagraph)
        case table(Table)
    }

    /// Joins plain-text lines that continue the line before (no blank line, no label of their own).
    static func items(from blocks: [Block]) -> [Item] {
        var items: [Item] = []
        for block in blocks {
            switch block {
            case .table(let table):
                items.append(.table(table))
            case .paragraph(let paragraph):
                let logical = LogicalParagraph(paragraph)
                if !paragraph.startsBlock, logical.label == nil, !logical.isRouting, !logical.isHeading,
                    case .paragraph(var previous)? = items.last
                {
                    previous.text += "\n" + logical.text
                    items[items.count - 1] = .paragraph(previous)
                } else {
                    items.append(.paragraph(logical))
                }
            }
        }
        return items
    }

    init(_ paragraph: Paragraph) {
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
        headingLevel = paragraph.headingLevel
        styleName = paragraph.styleName
        comments = paragraph.comments
        location = paragraph.location
    }

    var displayText: String { TextNormalizer.display(text) }

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
        let display = displayText
        guard !display.isEmpty, display.count <= 160, !display.hasSuffix("?") else { return false }
        if headingLevel != nil { return true }
        return label == nil && Self.isAllCaps(display) && !startsNoteBlock
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
