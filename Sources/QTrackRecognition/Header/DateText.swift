/// Finds the dates questionnaires write in prose: "01 January 2020", "January 5, 2021", "April 2024".
enum DateText {
    struct Found {
        var year: Int
        var month: Int
        /// Nil when only month and year were written.
        var day: Int?
        var range: Range<String.Index>

        var iso: String { iso(day: day ?? 1) }

        /// The last day of the month when no day was written, for the end of a period.
        var isoEnd: String { iso(day: day ?? DateText.daysIn(month: month, year: year)) }

        private func iso(day: Int) -> String {
            "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
        }
    }

    static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// All dates in `text`, in order.
    static func dates(in text: String) -> [Found] {
        let words = tokens(text)
        var found: [Found] = []
        var index = 0
        while index < words.count {
            let (word, range) = words[index]
            if let month = month(word) {
                // "January 5, 2021" or "January 2021"
                if index + 2 < words.count, let day = Int(words[index + 1].0), (1...31).contains(day), let year = year(words[index + 2].0) {
                    found.append(Found(year: year, month: month, day: day, range: range.lowerBound..<words[index + 2].1.upperBound))
                    index += 3
                    continue
                }
                if index + 1 < words.count, let year = year(words[index + 1].0) {
                    found.append(Found(year: year, month: month, day: nil, range: range.lowerBound..<words[index + 1].1.upperBound))
                    index += 2
                    continue
                }
            } else if let day = Int(word), (1...31).contains(day), index + 2 < words.count,
                let month = month(words[index + 1].0), let year = year(words[index + 2].0)
            {
                // "01 January 2020"
                found.append(Found(year: year, month: month, day: day, range: range.lowerBound..<words[index + 2].1.upperBound))
                index += 3
                continue
            }
            index += 1
        }
        return found
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func month(_ word: String) -> Int? {
        let lower = word.lowercased()
        if let index = months.firstIndex(of: lower) { return index + 1 }
        // Three-letter abbreviations: "Jan", "Sep".
        guard lower.count == 3 else { return nil }
        return months.firstIndex { $0.hasPrefix(lower) }.map { $0 + 1 }
    }

    private static func year(_ word: String) -> Int? {
        guard word.count == 4, let value = Int(word), (1900...2199).contains(value) else { return nil }
        return value
    }

    /// Words and numbers with their ranges; punctuation separates them.
    private static func tokens(_ text: String) -> [(String, Range<String.Index>)] {
        var tokens: [(String, Range<String.Index>)] = []
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isLetter || character.isNumber {
                if start == nil { start = index }
            } else if let begin = start {
                tokens.append((String(text[begin..<index]), begin..<index))
                start = nil
            }
            index = text.index(after: index)
        }
        if let begin = start { tokens.append((String(text[begin...]), begin..<text.endIndex)) }
        return tokens
    }
}
