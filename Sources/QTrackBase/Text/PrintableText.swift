/// Text from a file name or a document made safe to print on one line of a terminal, a CI log or a report:
/// the one escaping every writer of plain lines uses, so no name can start a new line, move the cursor,
/// recolour the terminal, reorder what is shown, or start a GitHub Actions workflow command.
public enum PrintableText {
    /// `text` with line breaks and control characters shown as escapes (`\n`, `\u{1B}`): C0 but the tab, DEL,
    /// C1, the Unicode line and paragraph separators, and the bidirectional overrides ("Trojan source").
    public static func escaped(_ text: String) -> String {
        // Most texts have nothing to escape: they are returned without being rebuilt.
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar) else {
                output.append(scalar)
                continue
            }
            let escape: String
            switch scalar.value {
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            default: escape = "\\u{" + hex(scalar.value) + "}"
            }
            output.append(contentsOf: escape.unicodeScalars)
        }
        return String(output)
    }

    /// One output line that a CI runner will not take for a workflow command: GitHub Actions reads a line
    /// whose first characters after blanks are `::` (and, in its older syntax, `##[` anywhere) as a command.
    public static func inertLine(_ line: String) -> String {
        var line = line
        // `##[` anywhere becomes `#\u{23}[`, which no runner reads.
        while let start = line.indices.first(where: { line[$0...].hasPrefix("##[") }) {
            line.replaceSubrange(line.index(after: start)...line.index(start, offsetBy: 1), with: "\\u{23}")
        }
        let blanks = line.prefix { $0 == " " || $0 == "\t" }
        if line.dropFirst(blanks.count).hasPrefix("::") {
            line = String(blanks) + "\\u{3A}" + String(line.dropFirst(blanks.count + 1))
        }
        return line
    }

    /// Lines that carry no styling of their own, each escaped and made inert, joined into one text.
    public static func lines(_ lines: [String]) -> String {
        lines.map { inertLine(escaped($0)) }.joined(separator: "\n") + "\n"
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return digits.count < 2 ? "0" + digits : digits
    }
}
