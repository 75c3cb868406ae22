/// Pairs questions whose texts agree under a key (the text without punctuation, or with dates masked),
/// preferring the same id among duplicates.
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
        for (newIndex, text) in features.newFeatures.enumerated() where !alignment.newTaken[newIndex] {
            guard var candidates = byKey[text[keyPath: key]], !candidates.isEmpty else { continue }
            candidates.removeAll { alignment.oldTaken[$0] || alignment.forbidden.contains(IndexPair($0, newIndex)) }
            guard !candidates.isEmpty else { continue }
            let chosen = candidates.first { features.oldQuestions[$0].id == features.newQuestions[newIndex].id } ?? candidates[0]
            let evidence = origin == .identical ? ["identical text"] : ["identical once years and dates are masked"]
            let pair = IndexPair(chosen, newIndex)
            alignment.link(pair, origin, scores: features.scores(pair), evidence: evidence)
            byKey[text[keyPath: key]] = candidates.filter { $0 != chosen }
        }
    }
}
