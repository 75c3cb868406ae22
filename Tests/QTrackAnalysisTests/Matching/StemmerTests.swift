import Testing

@testable import QTrackAnalysis

/// The light stemmer reads a word's forms as one, so that a question about shelters matches one about a shelter.
@Suite("Stemmer")
struct StemmerTests {
    @Test(
        "forms of one word read alike",
        arguments: [
            ["victim", "victims"], ["shelter", "shelters"], ["recruiter", "recruiters", "recruiting"],
            ["monitor", "monitoring", "monitors"],
            ["facilitate", "facilitating", "facilitation", "facilitated"], ["perpetrator", "perpetrators", "perpetrating"],
            ["identifies", "identified"], ["law", "laws"],
        ])
    func alike(_ forms: [String]) {
        #expect(Set(forms.map(TextFeatures.stem)).count == 1, "\(forms.map(TextFeatures.stem))")
    }

    @Test("different words stay apart", arguments: [("state", "station"), ("labor", "laboratory"), ("minor", "minority")])
    func apart(_ a: String, _ b: String) {
        #expect(TextFeatures.stem(a) != TextFeatures.stem(b))
    }
}
