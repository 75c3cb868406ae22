public import QTrackBase
public import QTrackDocuments

/// One line of a report as the narrative parser reads it, whatever the file was: a line of a text file or of
/// a PDF's text, a paragraph of a page or a Word file (split at its line breaks). Bullets are marked, not kept.
public struct NarrativeLine: Sendable, Hashable {
    /// The text with its white space, soft hyphens and invisible characters normalised.
    public var text: String
    /// True when a new paragraph starts here (after a blank line, or a new block of a page or Word file).
    public var startsParagraph: Bool
    /// True when the line is a list item: a Word or HTML list, or a bullet printed in the text ("• ", "- ").
    public var isBullet: Bool
    public var location: SourceLocation

    public init(text: String, startsParagraph: Bool, isBullet: Bool = false, location: SourceLocation) {
        self.text = text
        self.startsParagraph = startsParagraph
        self.isBullet = isBullet
        self.location = location
    }

    /// The lines of a read document, in reading order; table cells are read as paragraphs.
    public static func lines(of document: BlockDocument) -> [NarrativeLine] {
        var lines: [NarrativeLine] = []
        func add(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .paragraph(let paragraph): add(paragraph)
                case .table(let table): for row in table.rows { for cell in row { add(cell.blocks) } }
                }
            }
        }
        func add(_ paragraph: Paragraph) {
            let parts = paragraph.text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, part) in parts.enumerated() {
                var text = NarrativeText.normalized(String(part))
                // A page's <br> list ("<br>- item") and a text file's bullets are bullets printed in the text.
                var isBullet = index == 0 && paragraph.listLabel != nil
                if let stripped = NarrativeText.strippingBullet(text) {
                    text = stripped
                    isBullet = true
                }
                if text.isEmpty {
                    continue
                }
                let startsParagraph = index == 0 ? paragraph.startsBlock : false
                var location = paragraph.location
                if let line = location.line { location.line = line + index }
                lines.append(
                    NarrativeLine(text: text, startsParagraph: startsParagraph || isBullet, isBullet: isBullet, location: location))
            }
        }
        add(document.blocks)
        // A blank line before a line makes it start a paragraph even where the reader merged nothing.
        return lines
    }
}
