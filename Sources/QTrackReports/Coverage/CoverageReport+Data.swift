import Foundation
import QTrackAnalysis
import QTrackModel

extension CoverageReport {
    /// The matrix for a spreadsheet: one row per recommendation, one column per question, the score in each cell;
    /// with a response, a last row with the state of each question's answer.
    public func csv() -> String {
        let questions = coverage.questionnaire.questions
        var rows = [CSV.row(["recommendation", "status"] + questions.map(\.id))]
        for item in coverage.items {
            let scores = Dictionary(item.questions.filter { !$0.broken }.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let cells = questions.map { question -> String in
                guard let match = scores[question.id] else { return "" }
                return match.origin == .link ? (match.suspect ? "link?" : "link") : String(format: "%.2f", match.score)
            }
            rows.append(CSV.row([item.qualifiedID, item.status.rawValue] + cells))
        }
        // With --response, a last row: the state of each question's answer.
        if !answers.isEmpty {
            let states = questions.map { answers[$0.id]?.rawValue ?? "" }
            rows.append(CSV.row(["(answer)", ""] + states))
        }
        return rows.joined(separator: "\r\n") + "\r\n"
    }
}
