/// Markdown helpers shared by the reports.
enum Markdown {
    /// Escapes the characters that would start emphasis, code, links or tables in running text.
    static func escape(_ text: String) -> String {
        var output = ""
        for character in text.replacingNewlines() {
            if "\\`*_[]<>|#".contains(character) { output.append("\\") }
            output.append(character)
        }
        return output
    }
}
