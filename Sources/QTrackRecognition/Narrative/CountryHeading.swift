import Foundation

/// A country narrative's heading as the Report prints it and reprints copy it: "PAKISTAN: Tier 2",
/// "PAKISTAN: TIER 2", "Pakistan (Tier 2)", "NEPAL (Tier 2) – Extracted in part …", "THE KINGDOM OF DENMARK
/// (Tier 1)", "LIBYA: Special Case". The name starts the line; a tier follows a colon, a dash or a bracket.
struct CountryHeading: Sendable, Hashable {
    /// The name as printed ("PAKISTAN", "KINGDOM OF DENMARK").
    var name: String
    /// The index of the heading's line.
    var line: Int

    private static let pattern = try! NSRegularExpression(
        pattern:
            #"^(?:the\s+)?([a-z][a-z .,'’&-]{1,58}?)\s*(?::\s*|[–—-]\s*|\(\s*)(?:tier\s+(?:1|2|3|2\s+watch\s+list)|special\s+case)\b"#,
        options: [.caseInsensitive])

    /// The heading a line is, or nil.
    static func parse(_ text: String, line: Int) -> CountryHeading? {
        guard text.count <= 160 else { return nil }
        let range = NSRange(text.startIndex..., in: text)
        guard let match = pattern.firstMatch(in: text, range: range), let nameRange = Range(match.range(at: 1), in: text) else {
            return nil
        }
        let name = text[nameRange].trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ",.-")))
        // A sentence is not a heading: a name is a few words.
        guard !name.isEmpty, name.split(separator: " ").count <= 6 else { return nil }
        return CountryHeading(name: name, line: line)
    }

    /// The words of a country's name as compared: lower case, letters only ("Côte d’Ivoire" → côte, d, ivoire).
    static func words(_ name: String) -> [String] {
        name.lowercased().split { !$0.isLetter }.map(String.init)
    }

    /// How well this heading names `country`: 2 for the same words, 1 when the heading holds them
    /// ("THE KINGDOM OF DENMARK" for Denmark), 0 for another country.
    func matches(_ country: String) -> Int {
        Self.match(name, country)
    }

    static func match(_ printed: String, _ country: String) -> Int {
        let wanted = words(country)
        let found = words(printed)
        guard !wanted.isEmpty else { return 0 }
        if found == wanted { return 2 }
        guard found.count > wanted.count else { return 0 }
        for start in 0...(found.count - wanted.count) where Array(found[start..<(start + wanted.count)]) == wanted { return 1 }
        return 0
    }
}
