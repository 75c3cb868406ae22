/// Pairs questions whose texts agree under a key (the text without punctuation, or with dates masked).
/// Among repeated texts ("Please describe"), questions with the same id or label pair first, then the rest
/// by nearest relative position.
struct IdenticalTextPass {
    var key: KeyPath<TextFeatures, String>
    var origin: QuestionChange.Origin

    static var identical: IdenticalTextPass { IdenticalTextPass(key: \.punctuationFree, origin: .identical) }
    static var dateMasked: IdenticalTextPass { IdenticalTextPass(key: \.dateMasked, origin: .dateMasked) }

    func run(_ features: VersionFeatures, _ alignment: inout Alignment) {
        var byKey: [String: [Int]] = [:]
        for (oldIndex, text) in features.oldFeatures.enumerated() where !alignment.oldTaken[oldIndex] {
            byKey[text[keyPath: key], default: []].append(oldIndex)
        }
        for sameLabelOnly in [true, false] {
            for (newIndex, text) in features.newFeatures.enumerated() where !alignment.newTaken[newIndex] {
                let candidates = (byKey[text[keyPath: key]] ?? []).filter {
                    !alignment.oldTaken[$0] && !alignment.isRefused(IndexPair($0, newIndex))
                }
                guard let chosen = Self.likeliest(candidates, for: newIndex, features, sameLabelOnly: sameLabelOnly) else { continue }
                let evidence = origin == .identical ? ["identical text"] : ["identical once years and dates are masked"]
                let pair = IndexPair(chosen, newIndex)
                alignment.link(pair, origin, scores: features.scores(pair), evidence: evidence)
            }
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
