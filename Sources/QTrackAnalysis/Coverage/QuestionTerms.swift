import QTrackModel

/// What a question offers to be matched on.
struct QuestionTerms {
    var words: Set<String>
    var section: Set<String>
    var phrases: Set<String>
    /// Where each of its words stands, for terms of several words.
    var positions: TermPositions
    /// How many of its words, as read and as written, its first sentence holds (the full text begins with the
    /// question's own): the first sentence names what the question is about.
    var leadLength: TermPositions.Limit
    init(_ question: Question, section: Set<String>, _ vocabulary: VocabularyRewriter, stems: inout StemMemo) {
        let written = stems.contentWords(TextFeatures.tokens(TextNormalizer.comparable(question.fullText)))
        let text = vocabulary.rewrite(written)
        self.section = section
        words = Set(text)
        phrases = CoverageAnalyzer.phrases(text)
        positions = TermPositions(read: text, written: written)
        let leadWritten = stems.contentWords(TextFeatures.tokens(TextNormalizer.comparable(String(Self.firstSentence(of: question.text)))))
        leadLength = .init(read: vocabulary.rewrite(leadWritten).count, written: leadWritten.count)
    }

    /// `term` as `forms` writes it ("investigat" → "investigate"); a section match keeps its note.
    static func written(_ term: String, forms: [String: String]) -> String {
        if term.hasSuffix(" (section)") { return written(String(term.dropLast(" (section)".count)), forms: forms) + " (section)" }
        return forms[term] ?? term
    }

    /// Up to the first question mark or full stop that ends a sentence, or all of it.
    static func firstSentence(of text: String) -> Substring {
        var previous: Character = " "
        for index in text.indices {
            let character = text[index]
            let next = text.index(after: index)
            if character == "?" || (character == "." && previous.isLetter && (next == text.endIndex || text[next] == " ")) {
                return text[...index]
            }
            previous = character
        }
        return text[...]
    }
}
