import Foundation
import QTrackBase

/// The text of a PDF, from poppler's `pdftotext` (Debian's poppler-utils): qtrack has no PDF parser of its own,
/// and a real one beats a stand-in. The tool runs with the read limits: a time cap and a cap on the text it returns.
public struct PDFTextExtractor: Sendable {
    public var limits: ReadLimits
    /// Where to look for `pdftotext`: the folders of a `PATH`; the process's own when nil.
    public var searchPath: String?

    public init(limits: ReadLimits = .default, searchPath: String? = nil) {
        self.limits = limits
        self.searchPath = searchPath
    }

    /// The `pdftotext` found on the search path, or nil.
    public var tool: String? {
        (searchPath ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map {
            String($0) + "/pdftotext"
        }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The PDF's text, read into blocks as a plain-text file is.
    public func read(path: String) throws(DocumentReadError) -> BlockDocument {
        guard let tool else {
            throw DocumentReadError(
                file: path,
                reason: "this is a PDF, and reading it needs poppler's pdftotext (apt-get install poppler-utils), which is not installed")
        }
        let output = try run(tool, path: path)
        if output.allSatisfy({ $0 == 0x0C || $0 == 0x0A || $0 == 0x20 || $0 == 0x0D }) {
            throw DocumentReadError(file: path, reason: "the PDF has no text to read (a scanned image?); export its text another way")
        }
        var document = try PlainTextReader(limits: limits).read(bytes: output, file: path)
        document.format = .pdf
        return document
    }

    /// Runs the tool on the file, its text on standard output; a failure is its first line of complaint.
    private func run(_ tool: String, path: String) throws(DocumentReadError) -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        // -raw: the text in the order the PDF holds it, lines as printed. Without it pdftotext joins a word broken
        // at a line's end and drops the hyphen, real ones too ("sub-agents" → "subagents"); the narrative
        // parser mends line breaks itself. No page-break characters; an absolute path, so no name reads as an option.
        process.arguments = ["-raw", "-enc", "UTF-8", "-eol", "unix", "-nopgbrk", URL(fileURLWithPath: path).path, "-"]
        let standardOutput = Pipe()
        let standardError = Pipe()
        process.standardOutput = standardOutput
        process.standardError = standardError
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw DocumentReadError(file: path, reason: "pdftotext could not be started (\(error.localizedDescription))")
        }
        let collected = BoundedCollector(limit: limits.maxFileBytes)
        let reading = DispatchGroup()
        reading.enter()
        DispatchQueue.global().async {
            collected.drain(standardOutput.fileHandleForReading)
            reading.leave()
        }
        let errorText = BoundedCollector(limit: 4096)
        reading.enter()
        DispatchQueue.global().async {
            errorText.drain(standardError.fileHandleForReading)
            reading.leave()
        }
        if reading.wait(timeout: .now() + limits.maxSeconds) == .timedOut {
            process.terminate()
            process.waitUntilExit()
            throw DocumentReadError(
                file: path, reason: "pdftotext took more than \(Int(limits.maxSeconds)) seconds; --max-seconds raises the limit")
        }
        process.waitUntilExit()
        if collected.overflowed {
            throw DocumentReadError(
                file: path, reason: "the PDF's text is more than \(limits.maxFileBytes) bytes; --max-file-size raises the limit")
        }
        guard process.terminationStatus == 0 else {
            let complaint = String(decoding: errorText.bytes, as: UTF8.self).split(separator: "\n").first.map(String.init)
            throw DocumentReadError(
                file: path, reason: "cannot be read as a PDF (pdftotext: \(complaint ?? "exit status \(process.terminationStatus)"))")
        }
        return collected.bytes
    }
}

/// Reads a pipe to its end, keeping at most `limit` bytes (the rest is read and dropped, so the tool never blocks).
private final class BoundedCollector: @unchecked Sendable {
    let limit: Int
    private(set) var bytes: [UInt8] = []
    private(set) var overflowed = false

    init(limit: Int) {
        self.limit = limit
    }

    func drain(_ handle: FileHandle) {
        while true {
            let chunk = handle.availableData
            if chunk.isEmpty { return }
            if bytes.count + chunk.count > limit {
                overflowed = true
                continue
            }
            bytes += chunk
        }
    }
}
