import Foundation
import QTrackBase

/// Reads a web page saved from a browser: its visible text as paragraphs (one per block element, list items
/// with a bullet label, `<br>` as a line break, headings with their level), its title first. Scripts, styles,
/// navigation, forms, the footer and what is marked a banner are left out; a `<header>` is kept, as a page's
/// may hold the report's title and year.
public struct HTMLReader: Sendable {
    public var limits: ReadLimits

    public init(limits: ReadLimits = .default) {
        self.limits = limits
    }

    public func read(bytes: [UInt8], file: String) throws(DocumentReadError) -> BlockDocument {
        if bytes.contains(0) {
            throw DocumentReadError(file: file, reason: "not a web page: it contains NUL bytes")
        }
        // Decoded here, as text files are (UTF-8, Windows-1252 where UTF-8 does not fit), and handed to libxml2 as UTF-8.
        let decoded = TextDecoding.decode(bytes)
        guard let root = HTMLParsing.parse(Array(decoded.text.utf8), encoding: "UTF-8") else {
            throw DocumentReadError(file: file, reason: "not a readable web page")
        }
        var walker = HTMLBlockWalker(file: file, maxParagraphs: limits.maxParagraphs)
        walker.walk(root)
        walker.flush()
        if walker.tooMany {
            throw DocumentReadError(file: file, reason: "more than \(limits.maxParagraphs) paragraphs; --max-paragraphs raises the limit")
        }
        if walker.blocks.isEmpty {
            throw DocumentReadError(file: file, reason: "the page has no text")
        }
        return BlockDocument(file: file, format: .html, blocks: walker.blocks)
    }

    /// True when the bytes look like an HTML page: a doctype or an `<html>`, `<head>`, `<body>` or `<meta>` tag near the start.
    public static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        let start = String(decoding: bytes.prefix(2048), as: UTF8.self).lowercased()
        return ["<!doctype html", "<html", "<head", "<body", "<meta "].contains { start.contains($0) }
    }
}

/// Walks a parsed page in reading order, gathering the text of each block element into one paragraph.
struct HTMLBlockWalker {
    let file: String
    let maxParagraphs: Int
    var blocks: [Block] = []
    var tooMany = false
    private var text = ""
    private var label: String?
    private var headingLevel: Int?
    private var styleName: String?
    private var preformatted = 0

    init(file: String, maxParagraphs: Int) {
        self.file = file
        self.maxParagraphs = maxParagraphs
    }

    /// Never text a reader sees, or the site's own furniture around the page's content.
    static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "nav", "iframe", "svg", "button", "select", "form", "aside", "footer", "object",
        "embed", "canvas", "audio", "video", "map",
    ]
    static let blockElements: Set<String> = [
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "main",
        "header", "table", "tr", "td", "th", "caption", "pre", "address", "figure", "figcaption", "center", "body", "hr",
    ]

    mutating func walk(_ element: XMLTree.Element) {
        let name = element.name
        if Self.skipped.contains(name) { return }
        if element[attribute: "hidden"] != nil || element[attribute: "aria-hidden"] == "true" { return }
        if let role = element[attribute: "role"], ["navigation", "banner", "contentinfo", "search"].contains(role) { return }
        if name == "head" {
            if let title = element.elements.first(where: { $0.name == "title" }) {
                append(title.textContent)
                styleName = "Title"
                flush()
            }
            return
        }
        if name == "br" {
            text += "\n"
            return
        }
        let isBlock = Self.blockElements.contains(name)
        if isBlock { flush() }
        if name == "li" { label = "•" }
        if let level = Self.headingLevels[name] { headingLevel = level }
        if name == "pre" { preformatted += 1 }
        for child in element.children {
            switch child {
            case .text(let string): append(string)
            case .element(let inner): walk(inner)
            }
        }
        if name == "pre" { preformatted -= 1 }
        if isBlock {
            flush()
            // An empty item or heading lends its label to nothing after it.
            label = nil
            headingLevel = nil
        }
    }

    static let headingLevels = ["h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6]

    /// Character data as a browser lays it out: runs of white space are one space, except in `<pre>`.
    private mutating func append(_ string: String) {
        guard preformatted == 0 else {
            text += string
            return
        }
        var collapsed = ""
        var lastWasSpace = text.last.map { $0 == " " || $0 == "\n" } ?? true
        for character in string {
            if character == " " || character == "\t" || character == "\n" || character == "\r" || character == "\u{0C}" {
                if !lastWasSpace { collapsed.append(" ") }
                lastWasSpace = true
            } else {
                collapsed.append(character)
                lastWasSpace = false
            }
        }
        text += collapsed
    }

    /// Ends the paragraph being gathered, if it holds any text.
    mutating func flush() {
        defer { text = "" }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        let paragraphText = lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !paragraphText.isEmpty else { return }
        guard blocks.count < maxParagraphs else {
            tooMany = true
            return
        }
        let paragraph = Paragraph(
            text: paragraphText, listLabel: label, headingLevel: headingLevel, styleName: styleName,
            location: SourceLocation(file: file, paragraph: blocks.count + 1))
        blocks.append(.paragraph(paragraph))
        label = nil
        headingLevel = nil
        styleName = nil
    }
}
