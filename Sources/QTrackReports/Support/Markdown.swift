import QTrackBase

/// Markdown helpers shared by the reports.
enum Markdown {
    /// Escapes the characters that would start emphasis, code, links or tables in running text.
    static func escape(_ text: String) -> String {
        var output = ""
        for character in PrintableText.escaped(text.replacingNewlines()) {
            if "\\`*_[]<>|#".contains(character) { output.append("\\") }
            output.append(character)
        }
        return output
    }

    /// An id or a file name as inline code: no backtick can close it, no control character reach the reader.
    static func code(_ text: String) -> String {
        "`" + PrintableText.escaped(text.replacingNewlines()).replacingOccurrences(of: "`", with: "'") + "`"
    }
}
