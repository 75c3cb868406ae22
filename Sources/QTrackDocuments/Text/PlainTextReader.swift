import QTrackBase

/// Reads a plain-text questionnaire: one paragraph per line, tab-laid-out lines gathered into tables.
public struct PlainTextReader: Sendable {
    public var limits: ReadLimits

    public init(limits: ReadLimits = .default) {
        self.limits = limits
    }

    public func read(bytes: [UInt8], file: String) throws(DocumentReadError) -> BlockDocument {
        let unicodeBOMs: [[UInt8]] = [[0xFF, 0xFE], [0xFE, 0xFF], [0x00, 0x00, 0xFE, 0xFF]]
        if bytes.contains(0), !unicodeBOMs.contains(where: bytes.starts(with:)), TextDecoding.unmarkedUTF16(bytes) == nil {
            throw DocumentReadError(file: file, reason: "not a text file: it contains NUL bytes (save it as plain text, UTF-8)")
        }
        let decoded = TextDecoding.decode(bytes)
        var diagnostics: [Diagnostic] = []
        if decoded.windows1252Bytes > 0 {
            diagnostics.append(
                Diagnostic(
                    .note,
                    "\(decoded.windows1252Bytes) byte(s) were not UTF-8 and were read as Windows-1252; save the file as UTF-8 to silence this",
                    at: SourceLocation(file: file)))
        }
        let lines = Self.splitLines(decoded.text)
        if lines.count > limits.maxParagraphs {
            throw DocumentReadError(file: file, reason: "more than \(limits.maxParagraphs) lines; --max-paragraphs raises the limit")
        }
        if lines.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) {
            throw DocumentReadError(file: file, reason: "the file is empty")
        }
        return BlockDocument(file: file, format: .text, blocks: blocks(from: lines, file: file), diagnostics: diagnostics)
    }

    /// Splits on CRLF, CR and LF alike (a mixed file reads as one would expect).
    static func splitLines(_ text: String) -> [Substring] {
        // CR and LF are single bytes that no other scalar's UTF-8 contains: the bytes tell where lines end
        // without decoding scalars, and each line still starts and ends on a scalar.
        var lines: [Substring] = []
        let bytes = text.utf8
        let scalars = text.unicodeScalars
        var start = bytes.startIndex
        var index = start
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                lines.append(Substring(scalars[start..<index]))
                var next = bytes.index(after: index)
                if byte == UInt8(ascii: "\r"), next < bytes.endIndex, bytes[next] == UInt8(ascii: "\n") {
                    next = bytes.index(after: next)
                }
                start = next
                index = next
            } else {
                index = bytes.index(after: index)
            }
        }
        if start < bytes.endIndex { lines.append(Substring(scalars[start...])) }
        return lines
    }

    private func blocks(from lines: [Substring], file: String) -> [Block] {
        var blocks: [Block] = []
        var index = 0
        var afterBlank = true
        while index < lines.count {
            let line = lines[index]
            if Self.isBlank(line) {
                afterBlank = true
                index += 1
                continue
            }
            if Self.isTabular(line) {
                let (table, next) = readTable(lines, from: index, file: file)
                blocks.append(.table(table))
                index = next
                afterBlank = true
                continue
            }
            let text = String(line).trimmingTrailingWhitespace()
            blocks.append(
                .paragraph(
                    Paragraph(
                        text: text,
                        startsBlock: afterBlank,
                        location: SourceLocation(file: file, line: index + 1))))
            afterBlank = false
            index += 1
        }
        return blocks
    }

    /// A line laid out with tabs: it starts with a tab (after spaces), or has text on both sides of a tab.
    static func isTabular(_ line: Substring) -> Bool {
        // Most lines hold no tab: tell from the bytes before walking Characters.
        guard line.utf8.contains(UInt8(ascii: "\t")) else { return false }
        let leading = line.drop { $0 == " " }
        if leading.first == "\t" { return true }
        let cells = line.split(separator: "\t", omittingEmptySubsequences: true)
            .filter { !$0.allSatisfy(\.isWhitespace) }
        return cells.count >= 2
    }

    private static func isBlank(_ line: Substring) -> Bool {
        line.allSatisfy { $0.isWhitespace }
    }

    /// Gathers tab-laid-out lines into a table. Two layouts occur in Word-saved text: one row per line with
    /// cells between tabs, and one cell per line with rows separated by blank lines (the seed questionnaire).
    private func readTable(_ lines: [Substring], from start: Int, file: String) -> (Table, Int) {
        var groups: [[Substring]] = [[]]
        var index = start
        while index < lines.count {
            let line = lines[index]
            // A line holding only a tab is an empty cell, not a blank line.
            if Self.isBlank(line) && !Self.isTabular(line) {
                var lookahead = index
                while lookahead < lines.count, Self.isBlank(lines[lookahead]) && !Self.isTabular(lines[lookahead]) { lookahead += 1 }
                guard lookahead < lines.count, Self.isTabular(lines[lookahead]) else { break }
                if !(groups.last?.isEmpty ?? true) { groups.append([]) }
                index = lookahead
                continue
            }
            guard Self.isTabular(line) else { break }
            groups[groups.count - 1].append(line)
            index += 1
        }
        let allLines = groups.flatMap { $0 }
        let oneCellPerLine = allLines.allSatisfy { line in
            line.drop { $0 == " " }.first == "\t" && line.drop { $0 == " " }.dropFirst().firstIndex(of: "\t") == nil
        }
        let location = SourceLocation(file: file, line: start + 1)
        var rows: [[TableCell]] = []
        for group in groups where !group.isEmpty {
            if oneCellPerLine {
                rows.append(group.map { cell(String($0.drop { $0 == " " }.dropFirst()), at: location) })
            } else {
                for line in group {
                    let parts = line.drop { $0 == " " }.split(separator: "\t", omittingEmptySubsequences: false)
                    let cells = parts.first?.isEmpty == true ? Array(parts.dropFirst()) : parts
                    rows.append(cells.map { cell(String($0), at: location) })
                }
            }
        }
        return (Table(rows: rows, location: location), index)
    }

    private func cell(_ text: String, at location: SourceLocation) -> TableCell {
        let trimmed = text.trimmingWhitespace()
        if trimmed.isEmpty { return TableCell(blocks: []) }
        return TableCell(blocks: [.paragraph(Paragraph(text: trimmed, location: location))])
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var view = Substring(self)
        while let last = view.last, last.isWhitespace { view = view.dropLast() }
        return String(view)
    }

    func trimmingWhitespace() -> String {
        var view = Substring(self)
        while let first = view.first, first.isWhitespace { view = view.dropFirst() }
        while let last = view.last, last.isWhitespace { view = view.dropLast() }
        return String(view)
    }
}
