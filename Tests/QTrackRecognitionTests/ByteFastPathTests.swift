import Foundation
import QTrackTestSupport
import Testing

@testable import QTrackDocuments
@testable import QTrackModel
@testable import QTrackRecognition

/// The byte-level fast paths of reading and recognising give the answers of the `Character` and scalar rules they
/// stand in for, on every paragraph and line of the repository's questionnaires and `../shared/real`, and on texts
/// chosen to break a byte-level reading (accents, combining marks, curly quotes, CJK, emoji, CRLF, NBSP, tabs).
@Suite("Byte fast paths answer as the general rules")
struct ByteFastPathTests {
    /// Files whose paragraphs and lines are compared: the repository's questionnaires and the shared real texts.
    private static var files: [URL] {
        var folders = [TestPaths.questionnaires]
        if let shared = TestPaths.shared { folders.append(shared.appendingPathComponent("real")) }
        return folders.flatMap { folder in
            let found = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
            return found.filter { ["txt", "docx", "md", "tsv"].contains($0.pathExtension) }
        }
        .sorted { $0.path < $1.path }
    }

    private static let tricky: [String] = {
        var texts = [
            "", " ", "\t\t", "1. Café résumé?", "a) naïve", "e\u{301}. accent", "1\u{301}. x", "  \u{301}1. x", " \u{301}- x",
            "“1.” quoted", "1. “Quoted” text", "1.“Quoted”", "1.2 “Title”", "1.2 ‘Title’", "Q7 中文问题", "问题 1.", "1. 😀 emoji",
            "👍🏽 1. x", "1.\u{200D}x", "(a)\u{0308} x", "(a\u{0308}) x", "\r\n1. x", "1.\r\n x", "1. x\r\ny", "1.\r", "\r",
            "\u{00A0}1. x", "1.\u{00A0}x", "\t1.\tx", "  \t • bullet", "- - dash", "--x", "-", "- ", "•\u{301} x", "o text",
            "Question 3: x", "QUESTION 12 x", "question 7 x", "Quest", "[name] x", "[1] x", "[na\u{301}me] x", "A1 x", "B2c. x",
            "Intro2a x", "UKRAINIAN1 x", "1.2.3 Title", "1.5 million", "2021. Were", "iv. x", "IV) x", "xi. x", "(iv) x", "a.m. x",
            "1.Were", "56a. x", "１. fullwidth digit", "٣. Arabic-Indic digit", "Ⅳ. roman numeral", "ﬁ. ligature",
            "\u{0600}1. prepended", "1. x \u{0600} ", "🇵🇰 1. flag", "1. 👨‍👩‍👧 family", "Did the govern\u{200B}ment act?",
            "  double  spaces  ", "tab\there", "line\nbreak", "soft\u{00AD}hyphen", "back`tick", "ESC\u{1B}[31m", "C1\u{85}next",
            "curly ‘single’ and “double” – dash — dash", "ＡＢＣ wide", "Ǆ title-case", "İstanbul", "ß strasse", "Ⅻ",
            "-" + String(repeating: " ", count: 200) + "x", "-" + String(repeating: " ", count: 200) + " \u{301}",
            "•" + String(repeating: "\t", count: 170), String(repeating: " ", count: 300) + "1. far",
            "1.2.3.4.5.6.7.8.9" + String(repeating: " ", count: 150) + "Title",
        ]
        // A text outside ASCII at and around the end of the head `ListLabel.parse` reads.
        for length in (ListLabel.headLength - 6)...(ListLabel.headLength + 3) {
            for ending in ["\u{301}", "é", "\r\n", "“", "😀", " x"] {
                for start in ["1. ", "  - ", "(a) ", "1.2.3", ""] {
                    texts.append(start + String(repeating: "x", count: max(0, length - start.count)) + ending)
                    texts.append(start + String(repeating: " ", count: max(0, length - start.count)) + ending)
                }
            }
        }
        return texts
    }()

    /// Every paragraph, table cell and line of the files, and the tricky texts.
    private static func texts() throws -> [String] {
        var texts = tricky
        for file in files {
            let document = try DocumentLoader().load(path: file.path)
            texts += document.blocks.flatMap(paragraphTexts)
            if file.pathExtension != "docx" {
                texts += PlainTextReader.splitLines(try String(contentsOf: file, encoding: .utf8)).map(String.init)
            }
        }
        return texts
    }

    private static func paragraphTexts(_ block: Block) -> [String] {
        switch block {
        case .paragraph(let paragraph): [paragraph.text]
        case .table(let table): table.rows.flatMap { $0.flatMap { $0.blocks.flatMap(paragraphTexts) } }
        }
    }

    @Test("typed labels read from an ASCII head's bytes are those read from its Characters")
    func listLabels() throws {
        let texts = try Self.texts()
        var byBytes = 0
        for text in texts {
            // Each text as it is, and behind typical labels, so that label grammars meet real contents.
            for variant in [text, "1. " + text, "a)" + text, "(iv) " + text, "Q7 " + text, "- " + text, "1.2 " + text] {
                if ListLabel.asciiHead(of: variant) != nil { byBytes += 1 }
                let fast = ListLabel.parse(variant)
                let general = ListLabel.parseByCharacters(variant)
                #expect(fast?.label == general?.label && fast?.rest == general?.rest, "\(variant.debugDescription)")
            }
        }
        // The comparison is only worth something if the bytes were read: most real paragraphs are ASCII.
        #expect(byBytes > texts.count * 7 / 2, "\(byBytes) of \(texts.count * 7) read by bytes")
    }

    @Test("display and clean give back a collapsed text as it is, and change others as the scalar rule does")
    func collapsingWhitespace() throws {
        var unchanged = 0
        for text in try Self.texts() {
            for map in [TextNormalizer.displayed, TextNormalizer.fold] {
                let general = TextNormalizer.collapsingWhitespaceByScalars(text, map)
                #expect(TextNormalizer.collapsingWhitespace(text, map) == general, "\(text.debugDescription)")
                #expect(TextNormalizer.isCollapsed(text, map) == (general == text), "\(text.debugDescription)")
                if general == text { unchanged += 1 }
            }
        }
        #expect(unchanged > 100)
    }

    @Test("an ASCII text told clean in one pass is one the scalar rule gives back as it is, and no other")
    func collapsedASCII() throws {
        var told = 0
        for text in try Self.texts() + ["", " ", "a", "a ", " a", "a  b", "a\tb", "`quoted`", "a\u{1}b", "a\u{7F}b", "café"] {
            for (map, kept) in [(TextNormalizer.fold, TextNormalizer.foldKeeps), (TextNormalizer.displayed, TextNormalizer.displayKeeps)] {
                let unchanged = TextNormalizer.collapsingWhitespaceByScalars(text, map) == text
                let ascii = text.utf8.allSatisfy { $0 < 0x80 }
                #expect(TextNormalizer.isCollapsedASCII(text, keeping: kept) == (ascii && unchanged), "\(text.debugDescription)")
                if ascii && unchanged { told += 1 }
            }
        }
        #expect(told > 100, "the real questionnaires have many clean ASCII texts")
    }

    @Test("inline notes found on an ASCII text's bytes are those found Character by Character")
    func inlineNotes() throws {
        var split = 0
        let asides = ["(Tips: check ", "(NOTE: see (also) ", "( tip: x) ", "(note:", "(a) ", "((Tips: nested)) ", "(Tips : x\r\n(y)) "]
        for text in try Self.texts() + ["(", ")", "()", "(\r\n)", "x (Tips:", "x\r\n(NOTE: y\r\n) z"] {
            for variant in [text] + asides.flatMap({ [$0 + text, text + " " + $0, $0 + text + ")"] }) {
                guard let bytes = InlineNotes.asciiSplit(variant) else { continue }
                let characters = InlineNotes.splitByCharacters(variant)
                #expect(bytes.text == characters.text, "\(variant.debugDescription)")
                #expect(bytes.notes.map(\.kind) == characters.notes.map(\.kind), "\(variant.debugDescription)")
                #expect(bytes.notes.map(\.text) == characters.notes.map(\.text), "\(variant.debugDescription)")
                if !bytes.notes.isEmpty { split += 1 }
            }
        }
        #expect(split > 100, "asides were found and split")
    }

    @Test("fingerprints hash each piece's comparable text as the joined text was hashed")
    func fingerprints() throws {
        let texts = try Self.texts()
        for (index, text) in texts.enumerated() {
            let subItems = Array(texts[(index + 1)..<min(index + 3, texts.count)])
            #expect(Fingerprint.of(text: text) == Self.joinedFingerprint([text]), "\(text.debugDescription)")
            #expect(Fingerprint.of(text: text, subItems: subItems) == Self.joinedFingerprint([text] + subItems), "\(text.debugDescription)")
        }
    }

    /// The fingerprint as first written: the pieces' comparable texts, scalar by scalar, joined, then hashed.
    private static func joinedFingerprint(_ pieces: [String]) -> String {
        let comparable = pieces.map { piece in
            let unchanged = piece.unicodeScalars.allSatisfy(TextNormalizer.isUnchangedByNFKC)
            let composed = unchanged ? piece : piece.precomposedStringWithCompatibilityMapping
            return TextNormalizer.collapsingWhitespaceByScalars(composed, TextNormalizer.fold).lowercased()
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in comparable.joined(separator: "\n").utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    @Test("lines split on bytes are the lines split on scalars")
    func lines() throws {
        var contents = Self.tricky + ["a\r\nb\rc\nd", "\r\n\r\n", "x\r", "é\r\n😀\ré\n", "\n"]
        for file in Self.files where file.pathExtension != "docx" { contents.append(try String(contentsOf: file, encoding: .utf8)) }
        for text in contents {
            #expect(PlainTextReader.splitLines(text).map(String.init) == Self.linesByScalars(text), "\(text.prefix(40).debugDescription)")
        }
    }

    /// Lines as first split: scalar by scalar.
    private static func linesByScalars(_ text: String) -> [String] {
        var lines: [String] = []
        var line = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            if scalar == "\n" || scalar == "\r" {
                lines.append(String(line))
                line = String.UnicodeScalarView()
                if scalar == "\r", pending == "\n" { pending = scalars.next() }
            } else {
                line.append(scalar)
            }
        }
        if !line.isEmpty { lines.append(String(line)) }
        return lines
    }
}
