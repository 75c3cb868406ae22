import Foundation

/// Word rarity and candidate lookup over the questions of two versions.
///
/// Candidates come from an inverted index of each question's rarest words, so that comparing two
/// large versions costs about n·k similarity computations rather than n².
struct SimilarityIndex {
    struct Scores {
        var words: Double
        var characters: Double
        var combined: Double
    }

    private let inverseFrequency: [String: Double]
    private let documentFrequency: [String: Int]
    private let documentCount: Int
    private let oldFeatures: [TextFeatures]
    private let newFeatures: [TextFeatures]
    /// Old questions by each of their distinctive words.
    private var postings: [String: [Int]] = [:]
    /// Words shared by more old questions than this carry no signal for finding candidates.
    private let maxPostings: Int

    init(old: [TextFeatures], new: [TextFeatures]) {
        oldFeatures = old
        newFeatures = new
        var documentFrequency: [String: Int] = [:]
        for features in old + new {
            for word in features.wordSet { documentFrequency[word, default: 0] += 1 }
        }
        self.documentFrequency = documentFrequency
        documentCount = old.count + new.count
        let total = Double(old.count + new.count) + 1
        inverseFrequency = documentFrequency.mapValues { log(total / Double($0)) + 0.1 }
        maxPostings = max(40, Int(Double(old.count).squareRoot() * 4))
        for (index, features) in old.enumerated() {
            for word in features.wordSet { postings[word, default: []].append(index) }
        }
    }

    func weight(_ word: String) -> Double { inverseFrequency[word] ?? 1 }

    /// Old questions worth comparing with new question `index`: those sharing one of its rarest words.
    func candidates(forNew index: Int, distinctiveWords: Int = 12) -> [Int] {
        let words = newFeatures[index].wordSet.sorted { (weight($0), $1) > (weight($1), $0) }
        var found: Set<Int> = []
        var used = 0
        for word in words {
            guard let list = postings[word], list.count <= maxPostings else { continue }
            found.formUnion(list)
            used += 1
            if used == distinctiveWords { break }
        }
        return found.sorted()
    }

    /// Weighted cosine of the word bags, Dice of the character trigrams, and their blend.
    func scores(old: Int, new: Int) -> Scores {
        let a = oldFeatures[old]
        let b = newFeatures[new]
        let words = weightedCosine(a.words, b.words)
        let shared = a.trigrams.intersection(b.trigrams).count
        let characters = a.trigrams.isEmpty && b.trigrams.isEmpty ? 1 : 2 * Double(shared) / Double(a.trigrams.count + b.trigrams.count)
        return Scores(words: words, characters: characters, combined: 0.65 * words + 0.35 * characters)
    }

    /// Share of `part`'s weighted words found in `whole`: how much of a split-off question came from its source.
    func containment(of part: TextFeatures, in whole: Set<String>) -> Double {
        let total = part.wordSet.reduce(0) { $0 + weight($1) }
        guard total > 0 else { return 0 }
        return part.wordSet.filter(whole.contains).reduce(0) { $0 + weight($1) } / total
    }

    /// True when the two share a word few other questions use: evidence that a weak pair is about the same thing.
    func shareDistinctiveWord(old: Int, new: Int) -> Bool {
        let rare = max(4, documentCount / 50)
        return oldFeatures[old].wordSet.intersection(newFeatures[new].wordSet).contains { (documentFrequency[$0] ?? 0) <= rare }
    }

    /// The shared words that weigh most, for explaining a pair.
    func sharedWords(old: Int, new: Int, limit: Int = 6) -> [String] {
        oldFeatures[old].wordSet.intersection(newFeatures[new].wordSet).sorted { (weight($0), $1) > (weight($1), $0) }.prefix(limit).map {
            $0
        }
    }

    private func weightedCosine(_ a: [String], _ b: [String]) -> Double {
        var bagA: [String: Double] = [:]
        var bagB: [String: Double] = [:]
        for word in a { bagA[word, default: 0] += weight(word) }
        for word in b { bagB[word, default: 0] += weight(word) }
        var dot = 0.0
        for (word, value) in bagA { dot += value * (bagB[word] ?? 0) }
        let normA = bagA.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        let normB = bagB.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard normA > 0, normB > 0 else { return a.isEmpty && b.isEmpty ? 1 : 0 }
        return dot / (normA * normB)
    }
}
