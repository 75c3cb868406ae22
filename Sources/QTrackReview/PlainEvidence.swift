import Foundation
import QTrackAnalysis

/// Why the matcher proposes a pair, in the words a reviewer uses ("same question, reworded"; "shares: bribes,
/// officials"), never its scores or thresholds.
enum PlainEvidence {
    static func describe(_ change: QuestionChange) -> [String] {
        var lines: [String] = []
        switch change.origin {
        case .decision: lines.append("you confirmed this")
        case .identical: lines.append("same question, word for word")
        case .dateMasked: lines.append("same question; only the years changed")
        case .similarity, .context, .splitOrMerge, .none:
            if change.kinds.contains(.cosmetic) || change.kinds.contains(.unchanged) {
                lines.append("same question, word for word")
            } else if change.similarity >= 0.5 {
                lines.append("same question, reworded")
            } else if change.similarity >= 0.3 {
                lines.append("much the same question, in other words")
            } else {
                lines.append("some words in common")
            }
        }
        for line in change.evidence {
            // The matcher's evidence says which rare words the two share and how much of a merged question
            // went where: the facts are kept, the scores dropped.
            if let range = line.range(of: "shared words: ") {
                let words = line[range.upperBound...].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                let shares = "shares: " + words.prefix(5).joined(separator: ", ")
                if !lines.contains(shares) { lines.append(shares) }
            } else if let match = line.firstMatch(of: /(\d+)% of its words went into new (\S+)/) {
                lines.append("\(match.1)% of its words are in new question \(match.2)")
            }
        }
        if change.origin == .context { lines.append("same place in the questionnaire") }
        if change.kinds.contains(.moved) { lines.append("now in another section") }
        return lines
    }
}
