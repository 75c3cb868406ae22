/// Terms of different groups that read alike once stemmed ("trafficked persons" and "trafficking in persons"):
/// the vocabulary cannot tell which a text means, and reads it as one of them. A reviewer extending the
/// vocabulary is told, so that one of the two is removed.
enum VocabularyAmbiguity {
    /// One sentence per clash, in the vocabulary's order.
    static func messages(_ vocabulary: Vocabulary) -> [String] {
        // Each term's words, and the words its group reads it as. Two groups that read alike (the singular and
        // plural spelling groups) do not clash.
        var firstTerm: [[String]: (term: String, reading: [String])] = [:]
        var messages: [String] = []
        for terms in vocabulary.groups.map(\.terms) {
            let reading = TextFeatures.contentWords(terms.first ?? "")
            for term in terms {
                let words = TextFeatures.contentWords(term)
                guard !words.isEmpty else { continue }
                if let earlier = firstTerm[words] {
                    if earlier.reading != reading {
                        messages.append(
                            "vocabulary: '\(term)' and '\(earlier.term)', in different groups, read alike once stemmed (\(words.joined(separator: " "))); keep one of them"
                        )
                    }
                } else {
                    firstTerm[words] = (term, reading)
                }
            }
        }
        return messages
    }
}
