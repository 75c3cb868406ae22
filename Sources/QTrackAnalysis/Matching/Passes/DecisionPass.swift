import QTrackBase

/// First pass: a reviewer's decisions. Confirmed pairs are made as they are (a second pair naming a question
/// records a split or a merge); refused pairs, and questions said to have no counterpart, are kept from every
/// later pass. A decision naming a question that does not exist is a diagnostic.
struct DecisionPass {
    var decisions: ReviewedDecisions
    var file: String

    func run(_ features: VersionFeatures, _ alignment: inout Alignment) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let oldByID = Dictionary(features.oldQuestions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newByID = Dictionary(features.newQuestions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        func resolveOld(_ id: String) -> Int? {
            guard let index = oldByID[id] else {
                diagnostics.append(
                    Diagnostic(
                        .warning, "decision names old question '\(id)', which \(features.old.file) does not have",
                        at: SourceLocation(file: file)))
                return nil
            }
            return index
        }
        func resolveNew(_ id: String) -> Int? {
            guard let index = newByID[id] else {
                diagnostics.append(
                    Diagnostic(
                        .warning, "decision names new question '\(id)', which \(features.new.file) does not have",
                        at: SourceLocation(file: file)))
                return nil
            }
            return index
        }
        func resolve(_ pair: ReviewedDecisions.Pair) -> IndexPair? {
            guard let old = resolveOld(pair.old), let new = resolveNew(pair.new) else { return nil }
            return IndexPair(old, new)
        }
        for pair in decisions.unrelated {
            if let refused = resolve(pair) { alignment.forbidden.insert(refused) }
        }
        for alone in decisions.alone {
            if let id = alone.old, let index = resolveOld(id) { alignment.aloneOld.insert(index) }
            if let id = alone.new, let index = resolveNew(id) { alignment.aloneNew.insert(index) }
        }
        var decidedNewOf: [Int: Int] = [:]
        var decidedOldOf: [Int: Int] = [:]
        for pair in decisions.pairs {
            guard let confirmed = resolve(pair) else { continue }
            // A second pair naming a question already paired by a decision records a split or a merge.
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
                diagnostics.append(
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
        return diagnostics
    }
}
