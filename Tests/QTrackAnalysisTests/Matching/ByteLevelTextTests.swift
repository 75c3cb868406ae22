import Foundation
import QTrackModel
import QTrackTestSupport
import Testing

@testable import QTrackAnalysis

/// The byte-level shortcuts of the text features give what the rules they stand for give, on the repository's
/// questionnaires, the real chains of `../shared/real` and texts chosen to trip them; a difference would move a
/// similarity score and so a pair in every report.
@Suite("Byte-level text features")
struct ByteLevelTextTests {
    static let tricky = [
        "Did the government’s “task force” meet – and when?", "Café, naïve, Größe der Wohnung — ÀÉÎÕÜ ß ÿ",
        "e\u{301}le\u{300}ve, cafe\u{301} and n\u{303}o: combining marks", "人口贩运 受害者 2020年 東京", "victims 🙂 👩‍👩‍👧 support 🇵🇰",
        "line one\r\nline two\r\n", "don't, 'quoted', '', ' alone ', a''b, rock'n'roll'", "", "a", "ab", "abc",
        "in 2020, 5 march and 31 december; case 12 may; section 40 of 1860 2200 +199 0200 ٢٠٢٠ １９９９",
        "MAY May may mayor marches june-july 1899 1900 2199 2200 31 32 0 00 01",
    ]

    /// Every line of the repository's questionnaires and of the real chains, when `../shared` is there.
    static func realLines() throws -> [String] {
        var files = ["2020-2021", "2025"].map { TestPaths.questionnaire($0) }
        if let real = TestPaths.shared?.appendingPathComponent("real") {
            for chain in ["aia", "soep"] {
                let folder = real.appendingPathComponent(chain).appendingPathComponent("versions")
                let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
                files += names.sorted().map { folder.appendingPathComponent($0).path }
            }
        }
        return try files.flatMap { try String(contentsOfFile: $0, encoding: .utf8).components(separatedBy: "\n") }
    }

    @Test("tokens read byte by byte are the tokens read scalar by scalar")
    func tokens() throws {
        let lines = try Self.realLines()
        #expect(lines.count > 1000)
        for text in lines + Self.tricky {
            for form in [text, TextNormalizer.comparable(text)] {
                #expect(TextFeatures.tokens(form) == TextFeatures.scalarTokens(form), "\(form)")
            }
        }
    }

    @Test("words spaced by copying their bytes read as words joined by spaces")
    func spaced() throws {
        for text in try Self.realLines() + Self.tricky {
            for words in [TextFeatures.tokens(TextNormalizer.comparable(text)), text.components(separatedBy: " "), [text]] {
                #expect(TextFeatures.spaced(words) == words.joined(separator: " "), "\(words)")
                #expect(Array(TextFeatures.spaced(words).utf8) == Array(words.joined(separator: " ").utf8))
            }
        }
        #expect(TextFeatures.spaced([]).isEmpty)
        #expect(TextFeatures.spaced(["", "", "a", ""]) == " " + " a ")
    }

    @Test("trigrams read from an ASCII text's bytes are the trigrams of its character codes")
    func trigrams() throws {
        for text in try Self.realLines() + Self.tricky {
            let punctuationFree = TextFeatures.tokens(TextNormalizer.comparable(text)).joined(separator: " ")
            for form in [text, punctuationFree] {
                #expect(TextFeatures.trigrams(form) == TextFeatures.codeTrigrams(form), "\(form)")
            }
        }
    }

    @Test("dates are masked as parsing every number and looking up every word masks them")
    func dates() throws {
        let lines = try Self.realLines() + Self.tricky
        var masked = 0
        for text in lines {
            let tokens = TextFeatures.tokens(TextNormalizer.comparable(text))
            let dates = TextFeatures.maskDates(tokens)
            #expect(dates == Self.maskedByParsing(tokens), "\(text)")
            masked += dates.filter { $0.hasPrefix("#") }.count
        }
        #expect(masked > 10)
    }

    /// The masking rule as first written: every four-character word parsed, every word of three to nine
    /// characters looked up.
    static func maskedByParsing(_ tokens: [String]) -> [String] {
        var masked = tokens
        for index in masked.indices {
            if masked[index].count == 4, let year = Int(masked[index]), (1900...2199).contains(year) {
                masked[index] = "#year"
            } else if TextFeatures.months.contains(masked[index]) {
                masked[index] = "#month"
            }
        }
        for index in masked.indices where masked[index] != "#month" {
            guard let day = Int(masked[index]), (1...31).contains(day) else { continue }
            if (index > 0 && masked[index - 1] == "#month") || (index + 1 < masked.count && masked[index + 1] == "#month") {
                masked[index] = "#day"
            }
        }
        return masked
    }
}
