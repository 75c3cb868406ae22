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
    /// Each stem as the question first writes it.
    var writtenForms: [String: String]

    /// `term` as the question writes it ("investigat" → "investigate"); a section match keeps its note.
    func written(_ term: String) -> String {
        if term.hasSuffix(" (section)") { return written(String(term.dropLast(" (section)".count))) + " (section)" }
        return writtenForms[term] ?? term
    }

    init(_ question: Question, _ vocabulary: VocabularyRewriter, stems: inout StemMemo) {
        // Each text tokenised and stemmed once, for its stems and for the forms it writes them in.
        var writtenForms: [String: String] = [:]
        let tokens = TextFeatures.tokens(TextNormalizer.comparable(question.fullText))
        let sectionTokens = TextFeatures.tokens(TextNormalizer.comparable(question.section ?? ""))
        let written = stems.contentWords(tokens, written: &writtenForms)
        let text = vocabulary.rewrite(written)
        section = Set(stems.contentWords(sectionTokens, written: &writtenForms))
        self.writtenForms = writtenForms
        words = Set(text)
        phrases = CoverageAnalyzer.phrases(text)
        positions = TermPositions(read: text, written: written)
        let leadWritten = stems.contentWords(TextFeatures.tokens(TextNormalizer.comparable(String(Self.firstSentence(of: question.text)))))
        leadLength = .init(read: vocabulary.rewrite(leadWritten).count, written: leadWritten.count)
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
