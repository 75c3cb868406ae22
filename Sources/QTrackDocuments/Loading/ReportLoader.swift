import Foundation
import QTrackBase

/// Opens a TIP Report (or one country's narrative) in any form a reviewer gets it: a web page saved from a
/// browser, a PDF, a Word file or plain text. The reader is picked by what the bytes are; `.html`/`.htm` also
/// names a page whose start does not look like one.
public struct ReportLoader: Sendable {
    public var limits: ReadLimits
    public var pdf: PDFTextExtractor

    public init(limits: ReadLimits = .default) {
        self.limits = limits
        pdf = PDFTextExtractor(limits: limits)
    }

    public func load(path: String) throws(DocumentReadError) -> BlockDocument {
        let data = try DocumentLoader.readFile(path, limits: limits)
        if data.isEmpty { throw DocumentReadError(file: path, reason: "the file is empty") }
        let bytes = [UInt8](data)
        if bytes.starts(with: Array("%PDF".utf8)) { return try pdf.read(path: path) }
        let isZip = bytes.starts(with: [0x50, 0x4B])
        let named = path.lowercased()
        if !isZip && (HTMLReader.looksLikeHTML(bytes) || named.hasSuffix(".html") || named.hasSuffix(".htm")) {
            return try HTMLReader(limits: limits).read(bytes: bytes, file: path)
        }
        return try DocumentLoader(limits: limits).load(path: path)
    }
}
