import QTrackBase

/// First pass: a reviewer's decisions. Confirmed pairs are made as they are (a second pair naming a question
/// records a split or a merge); refused pairs, and questions said to have no counterpart, are kept from every
/// later pass. A decision naming a question that does not exist is a diagnostic.
struct DecisionPass {
    var decisions: ReviewedDecisions
    var file: String

    func run(_ features: VersionFeatures, _ alignment: inout Alignment) -> [Diagnostic] {
        var ids = DecisionIDs(features: features, file: file)
        for pair in decisions.unrelated {
            if let refused = ids.resolve(pair) { alignment.forbidden.insert(refused) }
        }
        for alone in decisions.alone {
            if let id = alone.old, let index = ids.old(id) { alignment.aloneOld.insert(index) }
            if let id = alone.new, let index = ids.new(id) { alignment.aloneNew.insert(index) }
        }
        confirmPairs(features, &alignment, &ids)
        return ids.diagnostics
    }

    /// Makes the confirmed pairs; a second pair naming a question already paired by a decision records a
    /// split or a merge.
    private func confirmPairs(_ features: VersionFeatures, _ alignment: inout Alignment, _ ids: inout DecisionIDs) {
        var decidedNewOf: [Int: Int] = [:]
        var decidedOldOf: [Int: Int] = [:]
        for pair in decisions.pairs {
            guard let confirmed = ids.resolve(pair) else { continue }
            if decidedNewOf[confirmed.old] != nil, !alignment.newTaken[confirmed.new] {
                alignment.takeNew(confirmed.new)
                alignment.splitParts[confirmed.old, default: []].append(confirmed.new)
                alignment.decidedParts.insert(confirmed)
                continue
            }
            if decidedOldOf[confirmed.new] != nil, !alignment.oldTaken[confirmed.old] {
                alignment.takeOld(confirmed.old)
                alignment.mergeParts[confirmed.new, default: []].append(confirmed.old)
                alignment.decidedParts.insert(confirmed)
                continue
            }
            guard !alignment.oldTaken[confirmed.old], !alignment.newTaken[confirmed.new] else {
                ids.diagnostics.append(
                    Diagnostic(
                        .warning, "decision pairs '\(pair.old)' with '\(pair.new)', but one of them is already paired by another decision",
                        at: SourceLocation(file: file)))
                continue
            }
            var evidence = ["paired by a reviewer's decision in \(file)"]
            if let note = pair.note { evidence.append("reviewer's note: \(note)") }
            alignment.link(confirmed, .decision, scores: features.scores(confirmed), evidence: evidence)
            decidedNewOf[confirmed.old] = confirmed.new
            decidedOldOf[confirmed.new] = confirmed.old
        }
    }
}

/// The question ids a decisions file names, found in the two versions; an id neither has is a diagnostic.
private struct DecisionIDs {
    let features: VersionFeatures
    let file: String
    private let oldByID: [String: Int]
    private let newByID: [String: Int]
    var diagnostics: [Diagnostic] = []

    init(features: VersionFeatures, file: String) {
        self.features = features
        self.file = file
        oldByID = Dictionary(features.oldQuestions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        newByID = Dictionary(features.newQuestions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    mutating func old(_ id: String) -> Int? {
        guard let index = oldByID[id] else { return missing("old question '\(id)', which \(features.old.file)") }
        return index
    }

    mutating func new(_ id: String) -> Int? {
        guard let index = newByID[id] else { return missing("new question '\(id)', which \(features.new.file)") }
        return index
    }

    mutating func resolve(_ pair: ReviewedDecisions.Pair) -> IndexPair? {
        guard let old = old(pair.old), let new = new(pair.new) else { return nil }
        return IndexPair(old, new)
    }

    private mutating func missing(_ what: String) -> Int? {
        diagnostics.append(Diagnostic(.warning, "decision names \(what) does not have", at: SourceLocation(file: file)))
        return nil
    }
}
