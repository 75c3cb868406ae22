/// Escaping for the markup qtrack writes: JUnit XML, WordprocessingML and HTML.
enum XML {
    /// For attribute values and text: `&`, `<`, `>` and `"` escaped, a line break as a character reference,
    /// and the characters XML 1.0 forbids (control characters but tab, U+FFFE, U+FFFF) left out.
    static func escape(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "\n": output += "&#10;"
            default:
                if scalar.value < 0x20 && scalar != "\t" && scalar != "\r" { continue }
                if scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// For element content: line breaks stay line breaks.
    static func escapeText(_ text: String) -> String {
        escape(text).replacingOccurrences(of: "&#10;", with: "\n")
    }
}
