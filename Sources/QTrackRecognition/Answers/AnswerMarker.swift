import QTrackModel

/// The words ministries put before an answer: "Ans:", "Answer:", "Response:", "Reply:", "Comments:".
enum AnswerMarker {
    static let words = ["answer", "ans", "response", "reply", "comments", "comment", "reply of the ministry"]

    /// The text after a leading marker, or nil when the paragraph does not start with one.
    static func strip(_ text: String) -> String? {
        let trimmed = text.drop { $0 == " " || $0 == "\t" }
        let lower = trimmed.lowercased()
        for word in words.sorted(by: { $0.count > $1.count }) where lower.hasPrefix(word) {
            var rest = trimmed.dropFirst(word.count)
            rest = rest.drop { $0 == " " }
            guard let mark = rest.first, mark == ":" || mark == "." || mark == "-" || mark == "–" else { continue }
            return String(rest.dropFirst()).trimming(" \t")
        }
        return nil
    }
}
