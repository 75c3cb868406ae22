import Foundation
import QTrackBase
import QTrackModel

/// The facts a questionnaire states about itself in its title and preamble: its cycle, its reporting
/// period and its deadline.
enum HeaderFacts {
    /// A very long first paragraph is a title followed by preamble: keep its first sentence as the title.
    static func splitTitle(_ text: String) -> (String, String?) {
        guard text.count > 300 else { return (text, nil) }
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if text[index] == ".", next < text.endIndex, text[next] == " ", text.distance(from: text.startIndex, to: index) >= 40 {
                return (String(text[...index]), String(text[next...]).trimming(" "))
            }
            index = next
        }
        return (text, nil)
    }

    /// "2020 – 2021 Department of State …" → 2020–2021; "Questionnaire for the 2025 …" → 2025.
    static func cycle(in title: String) -> Cycle? {
        let characters = Array(title)
        var years: [(Int, Int)] = []  // (year, end offset)
        var index = 0
        while index + 4 <= characters.count {
            let slice = String(characters[index..<(index + 4)])
            let boundaryBefore = index == 0 || !characters[index - 1].isNumber
            let boundaryAfter = index + 4 == characters.count || !characters[index + 4].isNumber
            if boundaryBefore, boundaryAfter, let year = Int(slice), (1900...2199).contains(year) {
                years.append((year, index + 4))
                index += 4
            } else {
                index += 1
            }
        }
        guard let first = years.first else { return nil }
        if years.count >= 2 {
            let between = String(characters[first.1..<(years[1].1 - 4)]).trimming(" ")
            if ["-", "–", "—", "/", "to"].contains(between) { return Cycle(startYear: first.0, endYear: years[1].0) }
        }
        return Cycle(startYear: first.0)
    }

    /// The two dates after "reporting period".
    static func reportingPeriod(in text: String) -> DateRange? {
        guard let anchor = text.range(of: "reporting period", options: .caseInsensitive) else { return nil }
        let window = String(text[anchor.upperBound...].prefix(120))
        let dates = DateText.dates(in: window)
        guard dates.count >= 2 else { return nil }
        return DateRange(start: dates[0].iso, end: dates[1].isoEnd)
    }

    /// The date after "by" or "deadline".
    static func deadline(in text: String) -> String? {
        for date in DateText.dates(in: text) {
            let before = text[..<date.range.lowerBound].suffix(12).lowercased()
            if before.hasSuffix("by ") || before.contains("deadline") || before.contains("due") || before.hasSuffix("before ") {
                return date.iso
            }
        }
        return nil
    }
}
