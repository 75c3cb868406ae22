/// The words of one version's questions numbered in the order they first appear, and how many questions use each:
/// each version is numbered on its own thread, then the two are joined as if numbered one after the other.
struct WordNumbering {
    /// Each question's words by number, in order.
    var questions: [[Int32]]
    /// The words by number.
    var words: [String]
    var numberOfWord: [String: Int32]
    /// How many questions use each word, by number: a question counts a word once however often it uses it.
    var frequency: [Int]

    init(_ features: [TextFeatures]) {
        var numberOfWord: [String: Int32] = [:]
        var words: [String] = []
        var frequency: [Int] = []
        // The last question counted for each word.
        var lastCounted: [Int] = []
        questions = features.enumerated().map { question, questionFeatures in
            var ids: [Int32] = []
            ids.reserveCapacity(questionFeatures.words.count)
            for word in questionFeatures.words {
                let id: Int32
                if let known = numberOfWord[word] {
                    id = known
                } else {
                    id = Int32(words.count)
                    numberOfWord[word] = id
                    words.append(word)
                    frequency.append(0)
                    lastCounted.append(-1)
                }
                if lastCounted[Int(id)] != question {
                    lastCounted[Int(id)] = question
                    frequency[Int(id)] += 1
                }
                ids.append(id)
            }
            return ids
        }
        self.numberOfWord = numberOfWord
        self.words = words
        self.frequency = frequency
    }

    /// `old`'s numbers kept and `new`'s words that `old` lacks numbered after them, in the order `new` first uses
    /// them: the numbers both versions would get numbered one after the other. Returns the joined numbering (its
    /// questions are `old`'s) and, for each of `new`'s numbers, the joined number.
    static func joined(_ old: WordNumbering, _ new: WordNumbering) -> (joined: WordNumbering, newNumbers: [Int32]) {
        var joined = old
        let newNumbers = new.words.enumerated().map { newID, word in
            if let known = joined.numberOfWord[word] {
                joined.frequency[Int(known)] += new.frequency[newID]
                return known
            }
            let id = Int32(joined.words.count)
            joined.numberOfWord[word] = id
            joined.words.append(word)
            joined.frequency.append(new.frequency[newID])
            return id
        }
        return (joined, newNumbers)
    }
}
