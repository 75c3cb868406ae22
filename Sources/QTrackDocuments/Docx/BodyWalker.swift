import QTrackBase

/// Walks the WordprocessingML body in reading order and turns it into blocks.
struct BodyWalker {
    let file: String
    let styles: StyleSheet
    var counters: ListCounters
    let comments: [String: Comment]
    let mode: TrackedChangesMode
    let maxParagraphs: Int

    private(set) var diagnostics: [Diagnostic] = []
    private(set) var sawTrackedChanges = false
    private var paragraphCount = 0
    /// A paragraph whose mark the chosen reading removes: its text runs on into the next paragraph.
    private var openParagraph: Paragraph?
    /// The tag of the innermost block-level content control being walked.
    private var contentControlTag: String?

    init(
        file: String, styles: StyleSheet, counters: ListCounters, comments: [String: Comment], mode: TrackedChangesMode, maxParagraphs: Int
    ) {
        self.file = file
        self.styles = styles
        self.counters = counters
        self.comments = comments
        self.mode = mode
        self.maxParagraphs = maxParagraphs
    }

    mutating func blocks(in container: XMLTree.Element) throws(DocumentReadError) -> [Block] {
        var blocks: [Block] = []
        for child in container.elements {
            try appendBlocks(of: child, to: &blocks)
        }
        if let open = openParagraph {
            openParagraph = nil
            appendParagraph(open, to: &blocks)
        }
        return blocks
    }

    private mutating func appendBlocks(of element: XMLTree.Element, to blocks: inout [Block]) throws(DocumentReadError) {
        switch element.namespace {
        case .wordprocessing:
            switch element.name {
            case "p":
                try appendParagraph(element, to: &blocks)
            case "tbl":
                blocks.append(.table(try table(element)))
            case "sdt":
                guard let content = element.w("sdtContent") else { break }
                let outer = contentControlTag
                if let tag = element.w("sdtPr")?.wValue("tag") { contentControlTag = tag }
                defer { contentControlTag = outer }
                try appendChildren(of: content, to: &blocks)
            case "customXml", "smartTag":
                try appendChildren(of: element, to: &blocks)
            case "ins", "moveTo":
                sawTrackedChanges = true
                if mode == .accept { try appendChildren(of: element, to: &blocks) }
            case "del", "moveFrom":
                sawTrackedChanges = true
                if mode == .reject { try appendChildren(of: element, to: &blocks) }
            case "altChunk":
                diagnostics.append(Diagnostic(.warning, "an embedded document (altChunk) was skipped", at: location()))
            default:
                break
            }
        case .markupCompatibility where element.name == "AlternateContent":
            if let choice = element.firstElement { try appendChildren(of: choice, to: &blocks) }
        default:
            break
        }
    }

    private mutating func appendChildren(of element: XMLTree.Element, to blocks: inout [Block]) throws(DocumentReadError) {
        for child in element.elements {
            try appendBlocks(of: child, to: &blocks)
        }
    }

    private func location() -> SourceLocation {
        SourceLocation(file: file, paragraph: max(paragraphCount, 1))
    }

    // MARK: Paragraphs

    private mutating func appendParagraph(_ element: XMLTree.Element, to blocks: inout [Block]) throws(DocumentReadError) {
        paragraphCount += 1
        if paragraphCount > maxParagraphs {
            throw DocumentReadError(file: file, reason: "more than \(maxParagraphs) paragraphs; --max-paragraphs raises the limit")
        }
        let properties = element.w("pPr")
        let styleID = properties?.wValue("pStyle") ?? styles.defaultParagraphStyle
        var inline = InlineText(
            paragraphFormat: RunFormat(
                bold: styles.inherited(styleID, \.bold) ?? false,
                italic: styles.inherited(styleID, \.italic) ?? false,
                color: styles.inherited(styleID, \.color)))
        collectInline(element, into: &inline)

        let mark = properties?.w("rPr")
        if properties?.w("pPrChange") != nil || mark?.w("rPrChange") != nil { sawTrackedChanges = true }
        let markInserted = mark?.w("ins") != nil || mark?.w("moveTo") != nil
        let markDeleted = mark?.w("del") != nil || mark?.w("moveFrom") != nil
        if markInserted || markDeleted { sawTrackedChanges = true }
        // A drop cap is a frame holding the first letter of the next paragraph (ECMA-376 §17.3.1.11).
        let dropCap = properties?.w("framePr").map { ($0[attribute: "dropCap"] ?? "none") != "none" } ?? false
        let runsOn = (mode == .accept && markDeleted) || (mode == .reject && markInserted) || dropCap

        let commentsHere = inline.commentIDs.compactMap { comments[$0] }
        var paragraph = Paragraph(
            text: inline.text,
            headingLevel: properties?.wNumber("outlineLvl", in: 0...9).flatMap { $0 < 9 ? $0 + 1 : nil }
                ?? styles.headingLevel(of: styleID),
            styleName: styleID.flatMap { styles.name(of: $0) ?? $0 },
            emphasis: inline.emphasis,
            comments: commentsHere,
            contentControlTag: contentControlTag,
            location: location())
        // A paragraph whose mark this reading removes is joined to the next one, which keeps its own
        // properties (they live in its mark, the one that survives); only surviving marks are numbered.
        if let open = openParagraph {
            openParagraph = nil
            paragraph.text = open.text + paragraph.text
            paragraph.comments = open.comments + paragraph.comments
            paragraph.location = open.location
        }
        if runsOn {
            openParagraph = paragraph
        } else {
            if let (numberingID, level) = numbering(properties, styleID: styleID) {
                paragraph.listLevel = level
                paragraph.listLabel = counters.label(numberingID: numberingID, level: level)
            }
            appendParagraph(paragraph, to: &blocks)
        }
        for textBox in inline.textBoxes {
            for child in textBox.elements {
                try appendBlocks(of: child, to: &blocks)
            }
        }
    }

    private func appendParagraph(_ paragraph: Paragraph, to blocks: inout [Block]) {
        guard !paragraph.text.allSatisfy(\.isWhitespace) else { return }
        blocks.append(.paragraph(paragraph))
    }

    /// The list a paragraph belongs to: its own `w:numPr`, else its style's (ECMA-376 §17.3.1.19).
    private func numbering(_ properties: XMLTree.Element?, styleID: String?) -> (Int, Int)? {
        let own = properties?.w("numPr")
        let numberingID = own?.wNumber("numId", in: 0...Numbering.maxID) ?? styles.inherited(styleID, \.numberingID)
        guard let numberingID, numberingID != 0 else { return nil }
        if let level = own?.wNumber("ilvl", in: 0...8) { return (numberingID, min(max(level, 0), 8)) }
        if let level = styles.inherited(styleID, \.numberingLevel) { return (numberingID, min(max(level, 0), 8)) }
        if let styleID, let level = counters.numbering.levelLinked(toStyle: styleID, numberingID: numberingID) {
            return (numberingID, level)
        }
        return (numberingID, 0)
    }

    // MARK: Inline content

    private mutating func collectInline(_ element: XMLTree.Element, into inline: inout InlineText) {
        for child in element.elements {
            switch child.namespace {
            case .wordprocessing:
                switch child.name {
                case "r":
                    collectRun(child, into: &inline)
                case "hyperlink", "smartTag", "customXml", "fldSimple", "dir", "bdo":
                    collectInline(child, into: &inline)
                case "sdt":
                    if let content = child.w("sdtContent") { collectInline(content, into: &inline) }
                case "ins", "moveTo":
                    sawTrackedChanges = true
                    if mode == .accept { collectInline(child, into: &inline) }
                case "del", "moveFrom":
                    sawTrackedChanges = true
                    if mode == .reject { collectInline(child, into: &inline) }
                case "commentRangeStart":
                    if let id = child[attribute: "id"] { inline.addComment(id) }
                default:
                    break
                }
            case .math:
                inline.append(mathText(child))
            case .markupCompatibility where child.name == "AlternateContent":
                if let choice = child.firstElement { collectInline(choice, into: &inline) }
            default:
                break
            }
        }
    }

    private mutating func collectRun(_ run: XMLTree.Element, into inline: inout InlineText) {
        let properties = run.w("rPr")
        if properties?.w("rPrChange") != nil { sawTrackedChanges = true }
        let characterStyle = properties?.wValue("rStyle")
        let format = RunFormat(
            bold: properties?.isOn("b") ?? styles.inherited(characterStyle, \.bold) ?? inline.paragraphFormat.bold,
            italic: properties?.isOn("i") ?? styles.inherited(characterStyle, \.italic) ?? inline.paragraphFormat.italic,
            color: properties?.w("color")?[attribute: "val"] ?? styles.inherited(characterStyle, \.color) ?? inline.paragraphFormat.color)
        collectRunContent(run, format: format, into: &inline)
    }

    private mutating func collectRunContent(_ container: XMLTree.Element, format: RunFormat, into inline: inout InlineText) {
        for child in container.elements {
            switch child.namespace {
            case .wordprocessing:
                switch child.name {
                case "t", "delText":
                    inline.append(child.textContent, format: format)
                case "tab", "ptab":
                    inline.append("\t")
                case "br":
                    if child[attribute: "type"] != "page" && child[attribute: "type"] != "column" { inline.append("\n") }
                case "cr":
                    inline.append("\n")
                case "noBreakHyphen":
                    inline.append("\u{2011}", format: format)
                case "softHyphen":
                    inline.append("\u{00AD}")
                case "sym":
                    if let code = child[attribute: "char"].flatMap({ UInt32($0, radix: 16) }), let scalar = Unicode.Scalar(code) {
                        inline.append(String(Character(scalar)), format: format)
                    }
                case "fldChar":
                    inline.field(child[attribute: "fldCharType"] ?? "")
                case "commentReference":
                    if let id = child[attribute: "id"] { inline.addComment(id) }
                case "drawing", "pict", "object":
                    inline.textBoxes += Self.textBoxes(in: child)
                default:
                    break
                }
            case .markupCompatibility where child.name == "AlternateContent":
                if let choice = child.firstElement { collectRunContent(choice, format: format, into: &inline) }
            default:
                // Text boxes inside VML or DrawingML live below namespaces qtrack does not otherwise read.
                inline.textBoxes += Self.textBoxes(in: child)
            }
        }
    }

    private static func textBoxes(in element: XMLTree.Element) -> [XMLTree.Element] {
        var found: [XMLTree.Element] = []
        for child in element.elements {
            if child.isW("txbxContent") {
                found.append(child)
            } else if child.namespace == .markupCompatibility && child.name == "AlternateContent" {
                if let choice = child.firstElement { found += textBoxes(in: choice) }
            } else {
                found += textBoxes(in: child)
            }
        }
        return found
    }

    private func mathText(_ element: XMLTree.Element) -> String {
        if element.namespace == .math && element.name == "t" { return element.textContent }
        return element.elements.map(mathText).joined()
    }

    // MARK: Tables

    private mutating func table(_ element: XMLTree.Element) throws(DocumentReadError) -> Table {
        let start = SourceLocation(file: file, paragraph: paragraphCount + 1)
        var rows: [[TableCell]] = []
        for row in Self.children(of: element, named: "tr") {
            var cells: [TableCell] = []
            for cell in Self.children(of: row, named: "tc") {
                let properties = cell.w("tcPr")
                let span = properties?.wNumber("gridSpan", in: 1...64) ?? 1
                let merge = properties?.w("vMerge")
                let continues = merge != nil && (merge?[attribute: "val"] ?? "continue") == "continue"
                cells.append(TableCell(blocks: try blocks(in: cell), columnSpan: max(span, 1), continuesMergeAbove: continues))
            }
            rows.append(cells)
        }
        return Table(rows: rows, location: start)
    }

    /// Rows and cells, also when content controls or custom XML wrap them.
    private static func children(of element: XMLTree.Element, named name: String) -> [XMLTree.Element] {
        element.elements.flatMap { child -> [XMLTree.Element] in
            if child.isW(name) { return [child] }
            if child.isW("sdt"), let content = child.w("sdtContent") { return children(of: content, named: name) }
            if child.isW("customXml") { return children(of: child, named: name) }
            return []
        }
    }
}

/// Formatting of one run, as far as telling answers apart needs it.
struct RunFormat {
    var bold: Bool
    var italic: Bool
    var color: String?
}

/// The text of a paragraph as runs add to it, with field codes left out and field results kept.
struct InlineText {
    /// The formatting a run has when it sets none of its own: the paragraph style's.
    let paragraphFormat: RunFormat
    private(set) var text = ""
    private(set) var commentIDs: [String] = []
    var textBoxes: [XMLTree.Element] = []
    /// One entry per open field: true while reading its code, false once its result begins.
    private var fields: [Bool] = []
    private var visibleRuns = 0
    private var boldRuns = 0
    private var italicRuns = 0
    private var colors: Set<String> = []

    init(paragraphFormat: RunFormat) {
        self.paragraphFormat = paragraphFormat
    }

    private var inFieldCode: Bool { fields.contains(true) }

    mutating func append(_ piece: String, format: RunFormat? = nil) {
        guard !inFieldCode else { return }
        text += piece
        guard let format, piece.contains(where: { !$0.isWhitespace }) else { return }
        visibleRuns += 1
        if format.bold { boldRuns += 1 }
        if format.italic { italicRuns += 1 }
        colors.insert(format.color.map { $0.lowercased() == "auto" || $0 == "000000" ? "" : $0.uppercased() } ?? "")
    }

    mutating func field(_ type: String) {
        switch type {
        case "begin": fields.append(true)
        case "separate": if !fields.isEmpty { fields[fields.count - 1] = false }
        case "end": _ = fields.popLast()
        default: break
        }
    }

    /// The ids already listed, so that a paragraph with thousands of comment marks is not read in quadratic time.
    private var commentIDSet: Set<String> = []

    mutating func addComment(_ id: String) {
        if commentIDSet.insert(id).inserted { commentIDs.append(id) }
    }

    var emphasis: Emphasis {
        guard visibleRuns > 0 else { return Emphasis() }
        let color = colors.count == 1 ? colors.first.flatMap { $0.isEmpty ? nil : $0 } : nil
        return Emphasis(bold: boldRuns == visibleRuns, italic: italicRuns == visibleRuns, color: color)
    }
}
