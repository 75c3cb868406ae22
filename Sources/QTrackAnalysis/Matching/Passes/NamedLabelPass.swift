/// Pairs questions that carry the same name in both versions (`[riskProfile3]`, `B2c`, `Q40`): a survey
/// tool's label is its author's id for the question, kept across releases. Plain numbers are not names
/// (question 7 is often another question next year), and a name reused for another question is caught by
/// the similarity floor.
struct NamedLabelPass {
    var options: MatchingOptions

    func run(_ features: VersionFeatures, _ alignment: inout Alignment) {
        var oldByName: [String: Int] = [:]
        var repeated: Set<String> = []
        for (index, question) in features.oldQuestions.enumerated() where !alignment.oldTaken[index] {
            guard let name = Self.name(question.number) else { continue }
            if oldByName.updateValue(index, forKey: name) != nil { repeated.insert(name) }
        }
        for (newIndex, question) in features.newQuestions.enumerated() where !alignment.newTaken[newIndex] {
            guard let name = Self.name(question.number), !repeated.contains(name), let oldIndex = oldByName[name] else { continue }
            let pair = IndexPair(oldIndex, newIndex)
            guard alignment.isFree(pair) else { continue }
            let scores = features.scores(pair)
            guard scores.combined >= options.namedLabelSimilarity else { continue }
            alignment.link(pair, .similarity, scores: scores, evidence: ["the same label \(name) in both versions"])
        }
    }

    /// A label that names rather than counts: it has a letter in it ("A1", "riskProfile3"), and is more than one letter.
    static func name(_ number: String?) -> String? {
        guard let number, number.count >= 2, number.contains(where: \.isLetter) else { return nil }
        return number
    }
}
