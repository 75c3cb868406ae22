import Testing

@testable import QTrackAnalysis

@Suite("Word diff")
struct WordDiffTests {
    @Test("a changed phrase reads as one deletion and one insertion")
    func phrase() {
        let segments = WordDiff.segments(
            old: "Did the police and FIA continue their efforts to distinguish migrants?",
            new: "Did the provincial police continue their work to distinguish migrants?")
        #expect(
            segments == [
                .init(.equal, "Did the"),
                .init(.delete, "police and FIA"), .init(.insert, "provincial police"),
                .init(.equal, "continue their"),
                .init(.delete, "efforts"), .init(.insert, "work"),
                .init(.equal, "to distinguish migrants?"),
            ])
    }

    @Test("a single shared word between two changes is absorbed into the change")
    func absorbsShortRuns() {
        let segments = WordDiff.segments(old: "alpha beta the gamma delta", new: "one two the three four")
        #expect(segments == [.init(.delete, "alpha beta the gamma delta"), .init(.insert, "one two the three four")])
    }

    @Test("case, quotes and spacing alone are not changes of a word")
    func normalisedComparison() {
        #expect(WordDiff.segments(old: "Government’s  plan", new: "government's plan") == [.init(.equal, "government's plan")])
    }

    @Test(
        "ASCII text splits into the words Characters give",
        arguments: ["a\u{1C}b  c\r\nd\te\u{0B}f\u{0C}", " lead and trail ", "", "one"])
    func asciiWords(_ text: String) {
        #expect(WordDiff.words(text) == text.split(whereSeparator: \.isWhitespace).map(String.init))
    }
}
