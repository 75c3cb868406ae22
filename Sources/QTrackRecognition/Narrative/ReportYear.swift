import Foundation

/// The year of a TIP Report where a document says it: "2019 Trafficking in Persons Report: Pakistan", "from the
/// U.S. State Dept 2023 TIP Report", "TRAFFICKING IN PERSONS REPORT JUNE 2014", "Trafficking in Persons Report 2016".
enum ReportYear {
    /// The years a report can have: the first was published in 2001.
    static let range = 2001...2100

    private static let patterns = [
        #"\b(20\d\d)\s+(?:Trafficking\s+in\s+Persons|TIP)\s+Report\b"#,
        #"\bTrafficking\s+in\s+Persons\s+Report\s*[,:–-]?\s*(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(20\d\d)\b"#,
    ].map { try! NSRegularExpression(pattern: $0, options: [.caseInsensitive]) }

    /// The first year a text states for its report, within `range`.
    static func stated(in text: String) -> Int? {
        let range = NSRange(text.startIndex..., in: text)
        let found = patterns.compactMap { pattern -> (Int, Int)? in
            guard let match = pattern.firstMatch(in: text, range: range), let yearRange = Range(match.range(at: 1), in: text),
                let year = Int(text[yearRange]), Self.range.contains(year)
            else { return nil }
            return (match.range.location, year)
        }
        return found.min { $0.0 < $1.0 }?.1
    }
}
