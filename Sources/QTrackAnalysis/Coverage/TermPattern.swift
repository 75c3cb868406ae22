/// A vocabulary term as the stems a question must use for it: all of them, in any order, within a few words
/// of each other, so that "officials involved" is also found in "officials or state institutions involved".
struct TermPattern: Sendable, Hashable {
    /// The term as the reviewer wrote it, for reasons.
    let text: String
    /// Its content words, stemmed and read through the vocabulary's groups.
    let words: [String]
    /// Its content words as written (stemmed): "officials involved" reads as "complicity" only when the two
    /// words stand side by side, so a question that parts them is searched as written too.
    let writtenWords: [String]
    /// How far apart, in content words, a term's words may stand.
    static let window = 10

    init?(_ term: String, _ rewriter: VocabularyRewriter) {
        let written = TextFeatures.contentWords(term)
        guard !written.isEmpty else { return nil }
        text = term
        writtenWords = written
        words = rewriter.rewrite(written)
    }

    /// True when the term occurs in a text, read through the vocabulary or as written; within its first
    /// `limit` words when a limit is given.
    func occurs(in text: TermPositions, before limit: TermPositions.Limit? = nil) -> Bool {
        Self.occurs(words, in: text.read, before: limit?.read ?? .max)
            || Self.occurs(writtenWords, in: text.written ?? text.read, before: limit?.written ?? .max)
    }

    /// True when the term occurs in a text in its own words, not only as the vocabulary reads them.
    func occursAsWritten(in text: TermPositions) -> Bool {
        Self.occurs(writtenWords, in: text.written ?? text.read, before: .max)
    }

    /// True when every word stands within `window` words of one place where the first stands.
    private static func occurs(_ words: [String], in positions: [String: [Int]], before limit: Int) -> Bool {
        guard let starts = positions[words[0]] else { return false }
        let others = words.dropFirst()
        return starts.contains { start in
            start < limit
                && others.allSatisfy { word in positions[word]?.contains { $0 < limit && abs($0 - start) <= window } ?? false }
        }
    }

    /// True when this term's words include all of `other`'s ("sex trafficking victims" includes "trafficking").
    func includes(_ other: TermPattern) -> Bool {
        Set(other.words).isSubset(of: words)
    }
}

/// Where each content word of a text stands, as read through the vocabulary and as written.
struct TermPositions: Sendable {
    let read: [String: [Int]]
    /// Nil when the vocabulary rewrote nothing: most texts read as written.
    let written: [String: [Int]]?

    /// A number of words from the start, as read and as written (the two differ where the vocabulary rewrote).
    struct Limit: Sendable {
        var read: Int
        var written: Int
    }

    init(read: [String], written: [String]) {
        self.read = Self.positions(read)
        self.written = written == read ? nil : Self.positions(written)
    }

    private static func positions(_ words: [String]) -> [String: [Int]] {
        var positions: [String: [Int]] = [:]
        for (index, word) in words.enumerated() { positions[word, default: []].append(index) }
        return positions
    }
}
