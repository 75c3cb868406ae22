/// Each token's stem, worked out once: `nil` for stop words and numbers, which carry no meaning. With the field's
/// vocabulary, it also marks once whether the stem starts one of the vocabulary's variants, so that the rewriter
/// looks up only those words, and a question with none is not rewritten at all.
struct StemMemo {
    private struct Entry {
        var stem: String?
        var startsVariant: Bool
    }

    private var entries: [String: Entry] = [:]
    private let vocabulary: VocabularyRewriter?

    init(vocabulary: VocabularyRewriter? = nil) {
        self.vocabulary = vocabulary
    }

    private mutating func entry(_ token: String) -> Entry {
        if let known = entries[token] { return known }
        let stem: String? =
            TextFeatures.stopWords.contains(token) || token.allSatisfy(\.isNumber) ? nil : TextFeatures.stem(token)
        let entry = Entry(stem: stem, startsVariant: stem.map { vocabulary?.startsVariant($0) ?? false } ?? false)
        entries[token] = entry
        return entry
    }

    mutating func stem(_ token: String) -> String? {
        entry(token).stem
    }

    /// The stems of the tokens that carry meaning, in order; `written` learns the first form of each stem.
    mutating func contentWords(_ tokens: [String], written: inout [String: String]) -> [String] {
        tokens.compactMap { token in
            guard let stem = stem(token) else { return nil }
            if written[stem] == nil { written[stem] = token }
            return stem
        }
    }

    /// The stems of the tokens that carry meaning, in order.
    mutating func contentWords(_ tokens: [String]) -> [String] {
        tokens.compactMap { stem($0) }
    }

    /// `contentWords` rewritten by the vocabulary given at the start (`VocabularyRewriter.rewrite`): the same
    /// words, rewritten only when one of them starts a variant.
    mutating func vocabularyWords(_ tokens: [String]) -> [String] {
        var words: [String] = []
        words.reserveCapacity(tokens.count)
        var startsVariant: [Bool] = []
        startsVariant.reserveCapacity(tokens.count)
        for token in tokens {
            let entry = entry(token)
            guard let stem = entry.stem else { continue }
            words.append(stem)
            startsVariant.append(entry.startsVariant)
        }
        guard let vocabulary, startsVariant.contains(true) else { return words }
        return vocabulary.rewrite(words, startsVariant: { startsVariant[$0] })
    }
}
