/// RFC 4180 rows, the one way every CSV qtrack writes is made.
enum CSV {
    /// One record: each field quoted where it must be and neutralised against formula injection.
    static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",")
    }

    /// A spreadsheet runs a cell that begins with `=`, `+`, `-` or `@` (or a tab or carriage return before
    /// one) as a formula: `=HYPERLINK(…)` from a question's title. As OWASP advises, such a cell is written
    /// with a single quote before it, which spreadsheets show as text.
    static func field(_ value: String) -> String {
        let value = neutralised(value)
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func neutralised(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, formulaStarts.contains(first) else { return value }
        return "'" + value
    }

    private static let formulaStarts: Set<Unicode.Scalar> = [
        "=", "+", "-", "@", "\t", "\r", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}",
    ]
}
