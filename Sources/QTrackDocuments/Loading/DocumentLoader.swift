public import Foundation
import QTrackBase

/// Opens any supported file and picks its reader by what the bytes are, not by the file name:
/// a .docx renamed .txt still reads, and a legacy .doc gets a message saying what to do.
public struct DocumentLoader: Sendable {
    public var limits: ReadLimits
    public var trackedChanges: TrackedChangesMode

    public init(limits: ReadLimits = .default, trackedChanges: TrackedChangesMode = .accept) {
        self.limits = limits
        self.trackedChanges = trackedChanges
    }

    public func load(path: String) throws(DocumentReadError) -> BlockDocument {
        let data = try Self.readFile(path, limits: limits)
        return try load(data: data, file: path, url: URL(fileURLWithPath: path))
    }

    public func load(data: Data, file: String) throws(DocumentReadError) -> BlockDocument {
        try load(data: data, file: file, url: nil)
    }

    /// `url`, when given, is where `data` came from, so a .docx is read from the file itself.
    private func load(data: Data, file: String, url: URL?) throws(DocumentReadError) -> BlockDocument {
        if data.isEmpty {
            throw DocumentReadError(file: file, reason: "the file is empty")
        }
        let magic = [UInt8](data.prefix(8))
        if magic.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw DocumentReadError(
                file: file,
                reason:
                    "this is an OLE2 file (a legacy .doc, or a password-protected .docx); remove the password or use File > Save As > Word Document (.docx)"
            )
        }
        if magic.starts(with: [0x50, 0x4B]) {
            let encrypted = ZipDirectory.encryptedEntries(in: [UInt8](data))
            if let first = encrypted.first {
                throw DocumentReadError(
                    file: file, reason: "the ZIP's parts are encrypted ('\(first)'); open it in Word, remove the password and save it again"
                )
            }
            let reader = DocxReader(limits: limits, trackedChanges: trackedChanges)
            if let url { return try reader.read(data: data, storedAt: url, file: file) }
            return try reader.read(data: data, file: file)
        }
        if magic.starts(with: Array("{\\rtf".utf8)) {
            throw DocumentReadError(file: file, reason: "this is an RTF file; save it as Word Document (.docx) or plain text")
        }
        if magic.starts(with: Array("%PDF".utf8)) {
            throw DocumentReadError(
                file: file, reason: "this is a PDF; qtrack reads .docx and plain text (export the PDF's text, or use the Word original)")
        }
        if file.lowercased().hasSuffix(".docx") {
            throw DocumentReadError(file: file, reason: "not a valid .docx: it is not a ZIP package")
        }
        return try PlainTextReader(limits: limits).read(bytes: [UInt8](data), file: file)
    }

    /// Reads a whole file after checking it is a regular file within the size limit.
    public static func readFile(_ path: String, limits: ReadLimits) throws(DocumentReadError) -> Data {
        do throws(RegularFile.Failure) {
            return try RegularFile.read(path, maxBytes: limits.maxFileBytes)
        } catch {
            guard let size = error.size else { throw DocumentReadError(file: path, reason: error.reason) }
            throw DocumentReadError(
                file: path,
                reason: "the file is \(size) bytes, more than the \(limits.maxFileBytes) allowed; --max-file-size raises the limit")
        }
    }
}
