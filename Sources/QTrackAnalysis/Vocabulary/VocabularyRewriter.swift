/// A vocabulary compiled for reading text: each term as its stemmed content words, so that "trafficking
/// victims", "victims of trafficking" and "VoTs" all read as the group's first term.
struct VocabularyRewriter: Sendable {
    /// Each variant's words, with the words it is read as, grouped by the variant's first word; longest first.
    private let variantsByFirstWord: [String: [(words: [String], canonical: [String])]]

    init(_ vocabulary: Vocabulary) {
        var variants: [String: [(words: [String], canonical: [String])]] = [:]
        for group in vocabulary.groups {
            guard let first = group.terms.first else { continue }
            let canonical = TextFeatures.contentWords(first)
            guard !canonical.isEmpty else { continue }
            for term in group.terms.dropFirst() {
                let words = TextFeatures.contentWords(term)
                guard let head = words.first, words != canonical else { continue }
                variants[head, default: []].append((words, canonical))
            }
        }
        variantsByFirstWord = variants.mapValues { list in
            list.sorted { ($0.words.count, $1.words.joined(separator: " ")) > ($1.words.count, $0.words.joined(separator: " ")) }
        }
    }

    var isEmpty: Bool { variantsByFirstWord.isEmpty }

    /// Whether some variant starts with `word`: `rewrite` changes nothing in words of which none does.
    func startsVariant(_ word: String) -> Bool {
        variantsByFirstWord[word] != nil
    }

    /// `words` with every variant replaced by its group's first term, longest variant first, left to right.
    func rewrite(_ words: [String]) -> [String] {
        rewrite(words, startsVariant: { startsVariant(words[$0]) })
    }

    /// `rewrite`, told which words start a variant (the stem memo knows it of each token): the others are not
    /// looked up.
    func rewrite(_ words: [String], startsVariant: (Int) -> Bool) -> [String] {
        guard !isEmpty else { return words }
        var result: [String] = []
        result.reserveCapacity(words.count)
        var index = 0
        while index < words.count {
            if startsVariant(index), let variants = variantsByFirstWord[words[index]],
                let match = variants.first(where: {
                    index + $0.words.count <= words.count && words[index..<(index + $0.words.count)].elementsEqual($0.words)
                })
            {
                result += match.canonical
                index += match.words.count
            } else {
                result.append(words[index])
                index += 1
            }
        }
        return result
    }
}
