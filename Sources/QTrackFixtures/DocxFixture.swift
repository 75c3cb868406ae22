public import Foundation
import ZIPFoundation

/// Builds small .docx files in memory for tests: WordprocessingML written by hand, zipped with ZIPFoundation.
public struct DocxFixture {
    public static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// The `w:body` content (paragraphs, tables) of the main document.
    public var body: String
    public var numbering: String?
    public var styles: String?
    public var comments: String?
    /// Where the main part lives; a package need not call it `word/document.xml`.
    public var mainPart = "word/document.xml"
    /// Extra parts or overrides of the generated ones, by name.
    public var extraParts: [String: Data] = [:]
    /// Parts to leave out ("_rels/.rels", "[Content_Types].xml").
    public var omittedParts: Set<String> = []
    /// Deflate the parts (as Word does), or store them as they are.
    public var compressed = true
    /// More namespace declarations or attributes on `w:document`, as other producers write them.
    public var documentAttributes = ""

    public init(body: String, numbering: String? = nil, styles: String? = nil, comments: String? = nil) {
        self.body = body
        self.numbering = numbering
        self.styles = styles
        self.comments = comments
    }

    /// A paragraph with plain text, optionally numbered and styled.
    public static func paragraph(_ text: String, numID: Int? = nil, level: Int = 0, style: String? = nil) -> String {
        var properties = ""
        if let style { properties += "<w:pStyle w:val=\"\(style)\"/>" }
        if let numID { properties += "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(numID)\"/></w:numPr>" }
        let pPr = properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>"
        return "<w:p>\(pPr)<w:r><w:t xml:space=\"preserve\">\(escape(text))</w:t></w:r></w:p>"
    }

    public static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(
            of: ">", with: "&gt;")
    }

    /// `numbering.xml` with one abstract list per entry: the levels' (format, lvlText, start).
    public static func numbering(_ lists: [[(format: String, text: String, start: Int)]], overrides: String = "") -> String {
        var xml = "<w:numbering xmlns:w=\"\(wordNamespace)\">"
        for (index, levels) in lists.enumerated() {
            xml += "<w:abstractNum w:abstractNumId=\"\(index + 1)\">"
            for (level, definition) in levels.enumerated() {
                xml +=
                    "<w:lvl w:ilvl=\"\(level)\"><w:start w:val=\"\(definition.start)\"/><w:numFmt w:val=\"\(definition.format)\"/><w:lvlText w:val=\"\(definition.text)\"/></w:lvl>"
            }
            xml += "</w:abstractNum>"
        }
        for index in lists.indices {
            xml += "<w:num w:numId=\"\(index + 1)\"><w:abstractNumId w:val=\"\(index + 1)\"/></w:num>"
        }
        return xml + overrides + "</w:numbering>"
    }

    public func data() throws -> Data {
        var parts: [String: Data] = [:]
        let mainDirectory = (mainPart as NSString).deletingLastPathComponent
        let mainName = (mainPart as NSString).lastPathComponent
        parts["[Content_Types].xml"] = Data(contentTypes.utf8)
        parts["_rels/.rels"] = Data(
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="\(mainPart)"/></Relationships>
            """.utf8)
        parts[mainPart] = Data(
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="\(Self.wordNamespace)" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"\(documentAttributes)><w:body>\(body)</w:body></w:document>
            """.utf8)
        var relationships = ""
        if let styles {
            parts["\(mainDirectory)/styles.xml"] = Data(styles.utf8)
            relationships +=
                "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        }
        if let numbering {
            parts["\(mainDirectory)/numbering.xml"] = Data(numbering.utf8)
            relationships +=
                "<Relationship Id=\"rIdN\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>"
        }
        if let comments {
            parts["\(mainDirectory)/comments.xml"] = Data(comments.utf8)
            relationships +=
                "<Relationship Id=\"rIdC\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" Target=\"comments.xml\"/>"
        }
        parts["\(mainDirectory)/_rels/\(mainName).rels"] = Data(
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(relationships)</Relationships>".utf8)
        for (name, data) in extraParts { parts[name] = data }
        for name in omittedParts { parts[name] = nil }
        return try Self.zip(parts, compressed: compressed)
    }

    /// The parts of a Word file by name, to change one and zip them again.
    public static func parts(of data: Data) throws -> [String: Data] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry, skipCRC32: false) { bytes.append($0) }
            parts[entry.path] = bytes
        }
        return parts
    }

    /// A ZIP of `parts`, in name order, deflated or stored.
    public static func zip(_ parts: [String: Data], compressed: Bool = true) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for name in parts.keys.sorted() {
            let data = parts[name]!
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: compressed ? .deflate : .none
            ) {
                position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data!
    }

    private var contentTypes: String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/\(mainPart)" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
        """
    }
}
