public import Foundation
import QTrackBase

/// Reads a Word .docx into blocks: paragraphs with their rendered list labels, tables, comments,
/// and text from content controls, hyperlinks, field results and text boxes.
public struct DocxReader: Sendable {
    public var limits: ReadLimits
    public var trackedChanges: TrackedChangesMode

    public init(limits: ReadLimits = .default, trackedChanges: TrackedChangesMode = .accept) {
        self.limits = limits
        self.trackedChanges = trackedChanges
    }

    static let officeDocumentTypes: Set<String> = [
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
        "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
    ]

    /// Reads a .docx held in memory, through a private temporary copy (see `OPCPackage`).
    public func read(data: Data, file: String) throws(DocumentReadError) -> BlockDocument {
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("qtrack-\(UUID().uuidString).docx")
        do {
            try data.write(to: temporary, options: [.withoutOverwriting])
        } catch {
            throw DocumentReadError(file: file, reason: "cannot make a temporary copy to read (\(error.localizedDescription))")
        }
        defer { try? FileManager.default.removeItem(at: temporary) }
        return try read(data: data, storedAt: temporary, file: file)
    }

    /// Reads a .docx whose bytes were already read from `url` (so the file is not read twice).
    func read(data: Data, storedAt url: URL, file: String) throws(DocumentReadError) -> BlockDocument {
        let package = try OPCPackage(data: data, url: url, file: file, limits: limits)
        let mainPart = try mainDocumentPart(of: package)
        guard let document = try package.xmlPart(mainPart) else {
            throw DocumentReadError(file: file, reason: "not a Word document: the main part '\(mainPart)' is missing from the ZIP")
        }
        // Word reads every body in document order; some producers write hundreds of them.
        let bodies = document.elements.filter { $0.isW("body") }
        guard document.isW("document"), !bodies.isEmpty else {
            throw DocumentReadError(file: file, reason: "not a Word document: the main part '\(mainPart)' has no WordprocessingML body")
        }
        let relationships = try package.relationships(of: mainPart)
        func related(_ suffix: String) throws(DocumentReadError) -> XMLTree.Element? {
            guard let name = relationships.first(where: { $0.type.hasSuffix("/" + suffix) })?.partName else { return nil }
            return try package.xmlPart(name)
        }
        let styles = try related("styles").map(StyleSheet.init) ?? StyleSheet()
        let numbering = try related("numbering").map(Numbering.init) ?? Numbering()
        let comments = try related("comments").map(Self.comments) ?? [:]

        var walker = BodyWalker(
            file: file, styles: styles, counters: ListCounters(numbering: numbering, styles: styles),
            comments: comments, mode: trackedChanges, maxParagraphs: limits.maxParagraphs)
        var blocks: [Block] = []
        for body in bodies { blocks += try walker.blocks(in: body) }
        var diagnostics = walker.diagnostics
        if walker.sawTrackedChanges {
            let reading = trackedChanges == .accept ? "accepted" : "rejected"
            diagnostics.insert(
                Diagnostic(
                    .note, "the document carries tracked changes; it was read as if all were \(reading)", at: SourceLocation(file: file)),
                at: 0)
        }
        for format in walker.counters.unknownFormats.sorted() {
            diagnostics.append(
                Diagnostic(.warning, "unknown list number format '\(format)' shown as decimal numbers", at: SourceLocation(file: file)))
        }
        return BlockDocument(
            file: file, format: .docx, blocks: blocks, diagnostics: diagnostics, hasTrackedChanges: walker.sawTrackedChanges,
            properties: try properties(of: package))
    }

    /// The main document part, found through the package relationships and checked against its content type.
    private func mainDocumentPart(of package: OPCPackage) throws(DocumentReadError) -> String {
        let file = package.file
        guard package.hasPart("_rels/.rels") else {
            // OpenDocument (LibreOffice's .odt) is a ZIP too, named by its first part, `mimetype`.
            if let mimetype = try package.part("mimetype"), mimetype.starts(with: Array("application/vnd.oasis.opendocument".utf8)) {
                throw DocumentReadError(
                    file: file,
                    reason: "this is an OpenDocument file (\(String(decoding: mimetype.prefix(80), as: UTF8.self))), not Word; "
                        + "in LibreOffice use File > Save As > Word 2007-365 (.docx)")
            }
            throw DocumentReadError(file: file, reason: "not a Word document: the ZIP has no package relationships (_rels/.rels)")
        }
        guard let main = try package.relationships(of: nil).first(where: { Self.officeDocumentTypes.contains($0.type) })?.partName else {
            throw DocumentReadError(file: file, reason: "not a Word document: the package names no main document")
        }
        if let type = try package.contentType(of: main), !type.contains("wordprocessingml") {
            throw DocumentReadError(file: file, reason: "not a Word document: its main part '\(main)' is '\(type)'")
        }
        return main
    }

    private static func comments(_ root: XMLTree.Element) -> [String: Comment] {
        var comments: [String: Comment] = [:]
        for element in root.elements where element.isW("comment") {
            guard let id = element[attribute: "id"] else { continue }
            let text = element.descendantsW("p").map { paragraph in
                paragraph.descendantsW("t").map(\.textContent).joined()
            }.joined(separator: "\n")
            comments[id] = Comment(author: element[attribute: "author"] ?? "", text: text)
        }
        return comments
    }
}
