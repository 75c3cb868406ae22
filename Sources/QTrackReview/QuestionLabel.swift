import Foundation
import QTrackModel

/// How a person names a question: the section's short title as printed and the number ("Complicity and
/// Corruption 4"), or "Question 36" where the version has no sections. Never the slug of the id.
enum QuestionLabel {
    static func label(_ question: Question) -> String {
        let number = question.number ?? question.id
        guard let section = question.section, !section.isEmpty else { return "Question \(number)" }
        return "\(shortTitle(section)) \(number)"
    }

    /// Words every section of a TIP questionnaire starts with, which say nothing about the section.
    static let qualifiers = ["HUMAN TRAFFICKING-RELATED ", "HUMAN TRAFFICKING "]
    static let smallWords: Set<String> = ["and", "in", "of", "the", "for", "to", "on", "or", "a", "an"]

    /// "HUMAN TRAFFICKING-RELATED COMPLICITY AND CORRUPTION" → "Complicity and Corruption"; words the
    /// printed title writes in mixed case ("ATUs") stay as printed.
    static func shortTitle(_ printed: String) -> String {
        var title = printed.trimmingCharacters(in: .whitespaces)
        for qualifier in qualifiers where title.uppercased().hasPrefix(qualifier) && title.count > qualifier.count {
            title = String(title.dropFirst(qualifier.count))
            break
        }
        let words = title.split(separator: " ").enumerated().map { index, word -> String in
            let text = String(word)
            guard text == text.uppercased() else { return text }
            let lower = text.lowercased()
            if index > 0 && smallWords.contains(lower) { return lower }
            return lower.split(separator: "-", omittingEmptySubsequences: false).map { $0.prefix(1).uppercased() + $0.dropFirst() }
                .joined(separator: "-")
        }
        return words.joined(separator: " ")
    }
}
