/// Where an element came from: a file and, within it, a line (plain text) or a paragraph (Word).
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    public var file: String
    /// 1-based line number in a plain-text file.
    public var line: Int?
    /// 1-based paragraph number in a Word document, counted in reading order.
    public var paragraph: Int?

    public init(file: String, line: Int? = nil, paragraph: Int? = nil) {
        self.file = file
        self.line = line
        self.paragraph = paragraph
    }

    public var description: String {
        if let line { return "\(file):\(line)" }
        if let paragraph { return "\(file):¶\(paragraph)" }
        return file
    }
}
