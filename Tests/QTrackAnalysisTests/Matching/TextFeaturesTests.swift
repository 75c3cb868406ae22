import QTrackModel
import Testing

@testable import QTrackAnalysis

/// The shortcuts taken for speed give what the long way gives: the same normalised text, trigrams and masks.
@Suite("Text features")
struct TextFeaturesTests {
    /// A ligature forces Foundation's NFKC over the whole text; the text without it may skip NFKC.
    @Test(
        "quotes, dashes and Latin-1 letters normalise as Foundation's NFKC does",
        arguments: [
            "Did the government’s “task force” meet – and when?", "Café, naïve, Größe der Wohnung — ÀÉÎÕÜ ß ÿ",
            "‘single’ ‚low‘ „double“ ‐hyphen‒ ―bar − minus • bullet", "plain ASCII, with\ttabs  and spaces",
        ])
    func normalisedAsNFKC(_ text: String) {
        let forced = TextNormalizer.comparable(text + " \u{FB01}")
        #expect(forced.hasSuffix(" fi"))
        #expect(TextNormalizer.comparable(text) == String(forced.dropLast(3)))
    }

    @Test("characters NFKC changes are still changed")
    func compatibilityCharacters() {
        #expect(TextNormalizer.comparable("\u{FB01}rst 2\u{00B2} \u{2026}") == "first 22 ...")
    }

    @Test("trigrams come out sorted and without repeats, however many", arguments: [0, 3, 40, 65, 500, 5000])
    func trigramsSorted(length: Int) {
        var state: UInt64 = 42
        var text = ""
        for _ in 0..<length {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            text.append(Character(Unicode.Scalar(UInt8(97 + (state >> 33) % 6))))
        }
        let grams = TextFeatures.trigrams(text)
        #expect(grams == Array(Set(grams)).sorted())
        let bytes = Array(text.utf8)
        #expect(Set(grams).count == Set((0..<max(0, length - 2)).map { Array(bytes[$0..<$0 + 3]) }).count)
    }

    @Test("the radix sort orders as sort() does, top bit and repeats included", arguments: [0, 1, 64, 65, 300, 4000])
    func radixSort(count: Int) {
        var state: UInt64 = UInt64(count) + 7
        let values = (0..<count).map { _ -> UInt32 in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt32(truncatingIfNeeded: state >> 32) & (state & 1 == 0 ? 0xFFFF_FFFF : 0x0000_0F0F)
        }
        var sorted = values
        TextFeatures.radixSort(&sorted)
        #expect(sorted == values.sorted())
    }

    @Test("years, months and the days beside them are masked; other numbers are not")
    func datesMasked() {
        let tokens = ["in", "2020", "march", "5", "and", "31", "december", "case", "12", "may"]
        #expect(
            TextFeatures.maskDates(tokens) == ["in", "#year", "#month", "#day", "and", "#day", "#month", "case", "#day", "#month"])
        #expect(TextFeatures.maskDates(["section", "40", "of", "1860", "2200"]) == ["section", "40", "of", "1860", "2200"])
    }
}
