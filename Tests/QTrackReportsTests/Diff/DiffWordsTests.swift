import QTrackAnalysis
import QTrackBase
import QTrackModel
import QTrackReports
import Testing

/// A finding (check, CI formats) and a report (diff's text, HTML) print a candidate's score the same way.
@Suite("DiffWords")
struct DiffWordsTests {
    /// A question removed from the old version whose likeliest counterpart in the new one scores `score`.
    private func removed(withCandidateScoring score: Double) -> QuestionChange {
        let location = SourceLocation(file: "old.txt")
        let old = Question(
            id: "protection/11", section: "Protection", number: "11", label: "11.", text: "Were shelters funded", location: location)
        let likely = Question(
            id: "4", section: nil, number: "4", label: "4.", text: "Were shelters funded by the government", location: location)
        return QuestionChange(
            kinds: [.removed], old: old, new: nil, similarity: 0, confidence: 0, origin: .none,
            candidates: [Counterpart(question: likely, score: score, sharedWords: ["shelters", "funded"])])
    }

    @Test("a score exactly between two hundredths is rounded as every report rounds it (0.125 reads 0.12)")
    func tieRoundsAsReports() {
        let change = removed(withCandidateScoring: 0.125)
        #expect(DiffWords.suggestion(change) == "likely now 4 (0.12): “Were shelters funded by the government…”")
        #expect(DiffWords.suggestions(change) == ["candidate 4 (0.12): shares shelters, funded"])
    }

    @Test("scores away from a tie keep their two decimals", arguments: [(0.5, "0.50"), (0.885, "0.89"), (0.35, "0.35"), (0.052, "0.05")])
    func twoDecimals(score: Double, printed: String) {
        #expect(DiffWords.suggestions(removed(withCandidateScoring: score)) == ["candidate 4 (\(printed)): shares shelters, funded"])
    }
}
