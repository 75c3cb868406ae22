import QTrackBase

/// First pass: a reviewer's decisions. Confirmed pairs are made as they are; refused pairs are kept from
/// every later pass. A decision naming a question that does not exist is a diagnostic.
struct DecisionPass {
    var decisions: ReviewedDecisions
    var file: String

    func run(_ features: VersionFeatures, _ alignment: inout Alignment) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let oldByID = Dictionary(features.oldQuestions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newByID = Dictionary(features.newQuestions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        func resolve(_ pair: ReviewedDecisions.Pair) -> IndexPair? {
            guard let oldIndex = oldByID[pair.old] else {
                diagnostics.append(
                    Diagnostic(
                        .warning, "decision names old question '\(pair.old)', which \(features.old.file) does not have",
                        at: SourceLocation(file: file)))
                return nil
            }
            guard let newIndex = newByID[pair.new] else {
                diagnostics.append(
                    Diagnostic(
                        .warning, "decision names new question '\(pair.new)', which \(features.new.file) does not have",
                        at: SourceLocation(file: file)))
                return nil
            }
            return IndexPair(oldIndex, newIndex)
        }
        for pair in decisions.unrelated {
            if let refused = resolve(pair) { alignment.forbidden.insert(refused) }
        }
        for pair in decisions.pairs {
            guard let confirmed = resolve(pair) else { continue }
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
        }
        return diagnostics
    }
}
