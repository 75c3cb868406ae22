/// Pairs questions whose texts agree under a key (the text without punctuation, or with dates masked).
/// Among repeated texts ("Please describe"), questions with the same id or label pair first, then the rest
/// by nearest relative position.
struct IdenticalTextPass {
    var origin: QuestionChange.Origin

    static var identical: IdenticalTextPass { IdenticalTextPass(origin: .identical) }
    static var dateMasked: IdenticalTextPass { IdenticalTextPass(origin: .dateMasked) }

    /// The text compared: read in place (a key path or closure copied each question's features first).
    private func key(_ texts: [TextFeatures], _ index: Int) -> String {
        origin == .identical ? texts[index].punctuationFree : texts[index].dateMasked
    }

    func run(_ features: VersionFeatures, _ alignment: inout Alignment) {
        // Texts looked up by index, not copied out of the features (a copy retains each of their arrays).
        var byKey: [String: [Int]] = [:]
        byKey.reserveCapacity(features.oldFeatures.count)
        for oldIndex in features.oldFeatures.indices where !alignment.oldTaken[oldIndex] {
            byKey[key(features.oldFeatures, oldIndex), default: []].append(oldIndex)
        }
        // The pairs are chosen first, then scored at once on every core (the scores of thousands of identical pairs
        // were a fifth of this pass), then linked in the order chosen.
        var oldTaken = alignment.oldTaken
        var newTaken = alignment.newTaken
        var chosenPairs: [IndexPair] = []
        // Each new question's old ones of the same text, looked up once for both rounds.
        var sameText: [[Int]] = Array(repeating: [], count: features.newFeatures.count)
        for sameLabelOnly in [true, false] {
            for newIndex in features.newFeatures.indices where !newTaken[newIndex] {
                if sameLabelOnly { sameText[newIndex] = byKey[key(features.newFeatures, newIndex)] ?? [] }
                let candidates = sameText[newIndex].filter { !oldTaken[$0] && !alignment.isRefused(IndexPair($0, newIndex)) }
                guard let chosen = Self.likeliest(candidates, for: newIndex, features, sameLabelOnly: sameLabelOnly) else { continue }
                chosenPairs.append(IndexPair(chosen, newIndex))
                oldTaken[chosen] = true
                newTaken[newIndex] = true
            }
        }
        let evidence = origin == .identical ? ["identical text"] : ["identical once years and dates are masked"]
        for (pair, scores) in zip(chosenPairs, features.index.scores(of: chosenPairs)) {
            alignment.link(pair, origin, scores: scores, evidence: evidence)
        }
    }

    /// The old question with the same id, else the same label; unless `sameLabelOnly`, else the one at the
    /// nearest relative position.
    static func likeliest(_ candidates: [Int], for newIndex: Int, _ features: VersionFeatures, sameLabelOnly: Bool) -> Int? {
        let new = features.newQuestions[newIndex]
        if let sameID = candidates.first(where: { features.oldQuestions[$0].id == new.id }) { return sameID }
        if let number = new.number, let sameLabel = candidates.first(where: { features.oldQuestions[$0].number == number }) {
            return sameLabel
        }
        guard !sameLabelOnly else { return nil }
        let place = Double(newIndex) / Double(max(1, features.newQuestions.count))
        func distance(_ old: Int) -> Double { abs(Double(old) / Double(max(1, features.oldQuestions.count)) - place) }
        return candidates.min { distance($0) < distance($1) }
    }
}
