import Foundation
import QTrackBase

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

    /// How many questions use each word, by its number.
    private let documentFrequency: [Int]
    private let documentCount: Int
    private let oldFeatures: [TextFeatures]
    private let newFeatures: [TextFeatures]
    private let oldVectors: [Vector]
    private let newVectors: [Vector]
    /// Each word's number among all the words of both versions, and its rarity weight by that number.
    private let wordIDs: [String: Int32]
    private let wordOfID: [String]
    private let weightOfID: [Double]
    /// Old questions by each of their words' numbers, and new questions by theirs.
    private let oldPostings: [[Int]]
    private let newPostings: [[Int]]
    /// Words shared by more questions of one side than this carry no signal for finding candidates.
    private let maxOldPostings: Int
    private let maxNewPostings: Int

    /// Each question's answer options, normalised, for the minor part of the similarity they carry.
    private let oldOptions: [Set<String>]
    private let newOptions: [Set<String>]
    /// The unmarked lines under a question without options, normalised: they may be the same options
    /// written without their codes ("[2] Do not pay rent" in 2015, "Do not pay rent" in 2016).
    private let oldUnmarked: [Set<String>]
    private let newUnmarked: [Set<String>]
    /// Scores and candidate lists already worked out: the passes and the report ask for the same ones again.
    private let memo = SimilarityMemo()

    init(
        old: [TextFeatures], new: [TextFeatures], oldOptions: [Set<String>] = [], newOptions: [Set<String>] = [],
        oldUnmarked: [Set<String>] = [], newUnmarked: [Set<String>] = []
    ) {
        oldFeatures = old
        newFeatures = new
        self.oldOptions = oldOptions
        self.newOptions = newOptions
        self.oldUnmarked = oldUnmarked
        self.newUnmarked = newUnmarked
        // Words are numbered once, in the order the questions first use them; counting, weighing and posting then
        // index arrays instead of hashing strings. Each version is numbered on its own thread, then the new one's
        // numbers are mapped to those of both (half of the index's time was hashing every word on one thread).
        let (oldNumbering, newNumbering) = Parallel.both({ WordNumbering(old) }, { WordNumbering(new) })
        let (numbering, newNumbers) = WordNumbering.joined(oldNumbering, newNumbering)
        wordIDs = numbering.numberOfWord
        wordOfID = numbering.words
        documentCount = old.count + new.count
        let total = Double(old.count + new.count) + 1
        let weightOfID = numbering.frequency.map { log(total / Double($0)) + 0.1 }
        self.weightOfID = weightOfID
        documentFrequency = numbering.frequency
        maxOldPostings = max(40, Int(Double(old.count).squareRoot() * 4))
        maxNewPostings = max(40, Int(Double(new.count).squareRoot() * 4))
        let wordCount = numbering.words.count
        let (oldSide, newSide) = Parallel.both(
            {
                let vectors = zip(old, oldNumbering.questions).map {
                    Vector($1, ownWordCount: $0.ownWordCount, trigrams: $0.trigrams, weights: weightOfID)
                }
                return (vectors, Self.postings(vectors, wordCount: wordCount))
            },
            {
                let vectors = zip(new, newNumbering.questions).map { features, ids in
                    Vector(
                        ids.map { newNumbers[Int($0)] }, ownWordCount: features.ownWordCount, trigrams: features.trigrams,
                        weights: weightOfID)
                }
                return (vectors, Self.postings(vectors, wordCount: wordCount))
            })
        (oldVectors, oldPostings) = oldSide
        (newVectors, newPostings) = newSide
    }

    /// The questions using each word, by the word's number.
    private static func postings(_ questions: [Vector], wordCount: Int) -> [[Int]] {
        var postings = [[Int]](repeating: [], count: wordCount)
        for (index, vector) in questions.enumerated() {
            for id in vector.ids { postings[Int(id)].append(index) }
        }
        return postings
    }

    func weight(_ word: String) -> Double { wordIDs[word].map { weightOfID[Int($0)] } ?? 1 }

    /// Old questions worth comparing with new question `index`: those sharing its distinctive words, the
    /// `limit` that share the most weight. Words used by very many old questions are skipped: they would
    /// make every question a candidate and the comparison quadratic.
    func candidates(forNew index: Int, limit: Int = 24) -> [Int] {
        memo.candidates(.init(isOld: false, index: index, limit: limit)) {
            sharingMost(newVectors[index].ids, postings: oldPostings, maxPostings: maxOldPostings, limit: limit)
        }
    }

    /// New questions worth comparing with old question `index`, found the same way.
    func candidates(forOld index: Int, limit: Int = 24) -> [Int] {
        memo.candidates(.init(isOld: true, index: index, limit: limit)) {
            sharingMost(oldVectors[index].ids, postings: newPostings, maxPostings: maxNewPostings, limit: limit)
        }
    }

    /// The weight each question of the other side shares is summed in an array (the memo's, reused) rather
    /// than a dictionary, and only the best `limit` are kept rather than all sorted: where questions share
    /// their words as real ones do, a question touches thousands of others through words of a few hundred
    /// postings each, and hashing and sorting them all was most of a 10,000-question diff. The sums are made in
    /// the same order and ties broken the same way, so the candidates are the same.
    private func sharingMost(_ words: [Int32], postings: [[Int]], maxPostings: Int, limit: Int) -> [Int] {
        memo.withSharedWeights(count: max(oldFeatures.count, newFeatures.count)) { shared, touched in
            sharingMost(words, postings: postings, maxPostings: maxPostings, limit: limit, shared: &shared, touched: &touched)
        }
    }

    /// `sharingMost` in the working space given: `shared` as long as the other side, all zero, and `touched` empty;
    /// both are left so again.
    private func sharingMost(
        _ words: [Int32], postings: [[Int]], maxPostings: Int, limit: Int, shared: inout [Double], touched: inout [Int]
    ) -> [Int] {
        for word in words {
            let id = Int(word)
            guard postings[id].count <= maxPostings else { continue }
            let value = weightOfID[id]
            for other in postings[id] {
                if shared[other] == 0 { touched.append(other) }
                shared[other] += value
            }
        }
        // Best first: more weight, then the lower index; an insertion into the `limit` best so far.
        var best: [(index: Int, weight: Double)] = []
        best.reserveCapacity(limit + 1)
        for other in touched {
            let weight = shared[other]
            shared[other] = 0
            if best.count == limit, let last = best.last, (last.weight, other) >= (weight, last.index) { continue }
            var position = best.count
            while position > 0, (best[position - 1].weight, other) < (weight, best[position - 1].index) { position -= 1 }
            best.insert((other, weight), at: position)
            if best.count > limit { best.removeLast() }
        }
        touched.removeAll(keepingCapacity: true)
        return best.map(\.index)
    }

    /// The candidates of each new question of `newIndices` with their scores, best candidates first as
    /// `candidates(forNew:limit:)` gives them: worked out in parts on every core, each part in its own working
    /// space, then remembered on this thread as those two remember theirs. A tenth of a large diff, halved.
    @discardableResult
    func scoredCandidates(forNew newIndices: [Int], limit: Int) -> [SimilarityMemo.Row] {
        scoredCandidates(newIndices, isOld: false, limit: limit)
    }

    /// The same for old questions.
    @discardableResult
    func scoredCandidates(forOld oldIndices: [Int], limit: Int) -> [SimilarityMemo.Row] {
        scoredCandidates(oldIndices, isOld: true, limit: limit)
    }

    private func scoredCandidates(_ indices: [Int], isOld: Bool, limit: Int) -> [SimilarityMemo.Row] {
        let ranges = Parallel.ranges(indices.count, parts: 16)
        let otherCount = max(oldFeatures.count, newFeatures.count)
        let (vectors, postings, maxPostings) = isOld ? (oldVectors, newPostings, maxNewPostings) : (newVectors, oldPostings, maxOldPostings)
        let parts = Parallel.map(ranges.count) { part in
            var shared = [Double](repeating: 0, count: otherCount)
            var touched: [Int] = []
            return indices[ranges[part]].map { index in
                sharingMost(
                    vectors[index].ids, postings: postings, maxPostings: maxPostings, limit: limit, shared: &shared, touched: &touched
                )
                .map { other in
                    (other: other, scores: isOld ? computeScores(old: index, new: other) : computeScores(old: other, new: index))
                }
            }
        }
        let rows = Array(parts.joined())
        for (index, row) in zip(indices, rows) { memo.remember(row, for: .init(isOld: isOld, index: index, limit: limit)) }
        return rows
    }

    /// Weighted cosine of the word bags, Dice of the character trigrams, and their blend.
    func scores(old: Int, new: Int) -> Scores {
        memo.scores(old: old, new: new, key: old * newVectors.count + new) { computeScores(old: old, new: new) }
    }

    /// The scores of `pairs`, worked out in parts on every core, then remembered here as `scores(old:new:)`
    /// remembers them.
    func scores(of pairs: [IndexPair]) -> [Scores] {
        let scores = Parallel.map(pairs, parts: 16) { computeScores(old: $0.old, new: $0.new) }
        for (pair, value) in zip(pairs, scores) { memo.remember(scores: value, for: pair.old * newVectors.count + pair.new) }
        return scores
    }

    private func computeScores(old: Int, new: Int) -> Scores {
        let a = oldVectors[old]
        let b = newVectors[new]
        let words: Double
        if a.norm > 0 && b.norm > 0 {
            words = Vector.dot(a, b) / (a.norm * b.norm)
        } else {
            words = a.ids.isEmpty && b.ids.isEmpty ? 1 : 0
        }
        let total = a.trigrams.count + b.trigrams.count
        let characters = total == 0 ? 1 : 2 * Double(Vector.sharedCount(a.trigrams, b.trigrams)) / Double(total)
        let text = 0.65 * words + 0.35 * characters
        // Options are a minor part: a fifth of the score where either question has them, nothing otherwise.
        var oldChoices = old < oldOptions.count ? oldOptions[old] : []
        var newChoices = new < newOptions.count ? newOptions[new] : []
        guard !oldChoices.isEmpty || !newChoices.isEmpty else { return Scores(words: words, characters: characters, combined: text) }
        // Options on one side only: the other side's unmarked lines stand in for its options.
        if oldChoices.isEmpty, old < oldUnmarked.count { oldChoices = oldUnmarked[old] }
        if newChoices.isEmpty, new < newUnmarked.count { newChoices = newUnmarked[new] }
        let options = 2 * Double(oldChoices.intersection(newChoices).count) / Double(oldChoices.count + newChoices.count)
        return Scores(words: words, characters: characters, combined: 0.8 * text + 0.2 * options)
    }

    /// Share of `part`'s weighted words found in `whole`: how much of a split-off question came from its source.
    func containment(of part: TextFeatures, in whole: Set<String>) -> Double {
        let words = part.wordSet
        let total = words.reduce(0) { $0 + weight($1) }
        guard total > 0 else { return 0 }
        return words.filter(whole.contains).reduce(0) { $0 + weight($1) } / total
    }

    /// Share of new question `part`'s weighted words found in old question `whole`: `containment(of:in:)` for
    /// one question inside another, by a merge of their sorted word numbers instead of hashing words.
    func containment(ofNew part: Int, inOld whole: Int) -> Double {
        Self.containment(of: newVectors[part], in: oldVectors[whole], weights: weightOfID)
    }

    /// Share of old question `part`'s weighted words found in new question `whole`.
    func containment(ofOld part: Int, inNew whole: Int) -> Double {
        Self.containment(of: oldVectors[part], in: newVectors[whole], weights: weightOfID)
    }

    private static func containment(of part: Vector, in whole: Vector, weights: [Double]) -> Double {
        var total = 0.0
        var shared = 0.0
        var j = 0
        for id in part.ids {
            let weight = weights[Int(id)]
            total += weight
            while j < whole.ids.count && whole.ids[j] < id { j += 1 }
            if j < whole.ids.count && whole.ids[j] == id { shared += weight }
        }
        return total > 0 ? shared / total : 0
    }

    /// True when the two share a word few other questions use: evidence that a weak pair is about the same thing.
    func shareDistinctiveWord(old: Int, new: Int) -> Bool {
        let rare = max(4, documentCount / 50)
        return Vector.sharedIDs(oldVectors[old], newVectors[new]).contains { documentFrequency[Int($0)] <= rare }
    }

    /// The shared stems that weigh most, heaviest first, then in the order of their letters. Found by their numbers,
    /// which each question's vector holds sorted: hashing the words of both questions' sets again was a third of
    /// explaining a pair.
    func sharedStems(old: Int, new: Int, limit: Int) -> [String] {
        let (weights, words) = (weightOfID, wordOfID)
        let shared = Vector.sharedIDs(oldVectors[old], newVectors[new]).sorted { first, second in
            (weights[Int(first)], words[Int(second)]) > (weights[Int(second)], words[Int(first)])
        }
        return shared.prefix(limit).map { words[Int($0)] }
    }

}

/// A question's words as sorted ids with their weights (rarity × repeats), and its sorted trigrams:
/// similarity is then a merge of sorted arrays, with no hashing in the inner loop.
private struct Vector {
    var ids: [Int32]
    var values: [Double]
    var norm: Double
    var trigrams: [UInt32]

    /// `words` are the question's words by number, in order; the first `ownWordCount` are its own.
    init(_ words: [Int32], ownWordCount: Int, trigrams: [UInt32], weights: [Double]) {
        // The words' numbers with their positions, sorted by number then position: each word's weights are then
        // added in the order a dictionary per question added them (the same sums), without the dictionary and
        // its sort, a twentieth of a 10,000-question diff.
        var numbered: [(id: Int32, position: Int)] = []
        numbered.reserveCapacity(words.count)
        for (position, id) in words.enumerated() { numbered.append((id, position)) }
        numbered.sort { ($0.id, $0.position) < ($1.id, $1.position) }
        var ids: [Int32] = []
        var values: [Double] = []
        for (id, position) in numbered {
            let evidence = position < ownWordCount ? 1 : Self.subItemWeight
            let value = weights[Int(id)] * evidence
            if ids.last == id {
                values[values.count - 1] += value
            } else {
                ids.append(id)
                values.append(value)
            }
        }
        self.ids = ids
        self.values = values
        norm = values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        self.trigrams = trigrams
    }

    /// A sub-item's words are weaker evidence than the question's own: a list of what to disaggregate by
    /// ("sex, age, nationality") says little about what is asked.
    static let subItemWeight = 0.5

    static func dot(_ a: Vector, _ b: Vector) -> Double {
        var sum = 0.0
        forEachShared(a, b) { i, j in sum += a.values[i] * b.values[j] }
        return sum
    }

    /// The numbers of the words both use, in order.
    static func sharedIDs(_ a: Vector, _ b: Vector) -> [Int32] {
        var shared: [Int32] = []
        forEachShared(a, b) { i, _ in shared.append(a.ids[i]) }
        return shared
    }

    /// `body(i, j)` for each word both use, `a.ids[i] == b.ids[j]`, in order: a merge of the sorted numbers.
    @inline(__always) private static func forEachShared(_ a: Vector, _ b: Vector, _ body: (Int, Int) -> Void) {
        var i = 0
        var j = 0
        while i < a.ids.count && j < b.ids.count {
            if a.ids[i] == b.ids[j] {
                body(i, j)
                i += 1
                j += 1
            } else if a.ids[i] < b.ids[j] {
                i += 1
            } else {
                j += 1
            }
        }
    }

    static func sharedCount(_ a: [UInt32], _ b: [UInt32]) -> Int {
        var i = 0
        var j = 0
        var count = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                count += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return count
    }
}
