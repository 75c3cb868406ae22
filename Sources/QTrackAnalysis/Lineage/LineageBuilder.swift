public import QTrackModel

/// Builds and extends the register by chaining the alignments of consecutive cycles.
public struct LineageBuilder: Sendable {
    public struct Cycle: Sendable {
        public var label: String
        public var questionnaire: Questionnaire

        public init(label: String, questionnaire: Questionnaire) {
            self.label = label
            self.questionnaire = questionnaire
        }
    }

    /// Where the matcher pairs two consecutive cycles differently from the register.
    public struct Disagreement: Sendable, Hashable {
        public var fromCycle: String
        public var toCycle: String
        public var question: String
        /// What the register links the question to in the next cycle, and what the matcher pairs it with now.
        public var register: [String]
        public var matcher: [String]
    }

    public init() {}

    /// Extends `register` with the cycles it does not have yet; `compare` aligns two versions (it should
    /// honour the reviewed decisions). Lineages and ids already given are kept as they are.
    public func extend(
        _ register: QuestionRegister, with cycles: [Cycle], compare: (Questionnaire, Questionnaire) -> VersionComparison
    ) -> QuestionRegister {
        var result = register
        var next = (result.lineages.compactMap { Int($0.id.dropFirst()) }.max() ?? 0) + 1
        func newLineage(_ question: Question, in cycle: String) {
            result.lineages.append(
                QuestionRegister.Lineage(id: String(format: "L%04d", next), title: Self.title(question), members: [cycle: [question.id]]))
            next += 1
        }
        var previous = cycles.last { result.cycles.contains($0.label) }
        for cycle in cycles where !result.cycles.contains(cycle.label) {
            if let previous {
                let comparison = compare(previous.questionnaire, cycle.questionnaire)
                var joined: [String: [Int]] = [:]  // new question id → lineage indices
                for change in comparison.changes {
                    guard let old = change.old, let new = change.new else { continue }
                    for (index, lineage) in result.lineages.enumerated() where lineage.members[previous.label]?.contains(old.id) == true {
                        if !(joined[new.id] ?? []).contains(index) { joined[new.id, default: []].append(index) }
                    }
                }
                for question in cycle.questionnaire.questions {
                    if let indices = joined[question.id], !indices.isEmpty {
                        for index in indices { result.lineages[index].members[cycle.label, default: []].append(question.id) }
                    } else {
                        newLineage(question, in: cycle.label)
                    }
                }
            } else {
                for question in cycle.questionnaire.questions { newLineage(question, in: cycle.label) }
            }
            result.cycles.append(cycle.label)
            previous = cycle
        }
        return result
    }

    /// Pairs of consecutive cycles where the register and the matcher now disagree, for review.
    public func disagreements(
        _ register: QuestionRegister, cycles: [Cycle], compare: (Questionnaire, Questionnaire) -> VersionComparison
    ) -> [Disagreement] {
        let known = cycles.filter { register.cycles.contains($0.label) }
        var found: [Disagreement] = []
        for (earlier, later) in zip(known, known.dropFirst()) {
            let comparison = compare(earlier.questionnaire, later.questionnaire)
            var matcher: [String: Set<String>] = [:]
            // A probable pair is the matcher's suggestion for a reviewer, not a fact the register contradicts.
            var probable: Set<String> = []
            for change in comparison.changes {
                guard let old = change.old, let new = change.new else { continue }
                if change.certainty == .probable { probable.insert(old.id) } else { matcher[old.id, default: []].insert(new.id) }
            }
            for question in earlier.questionnaire.questions where !probable.contains(question.id) {
                let lineages = register.lineages(of: question.id, in: earlier.label)
                // After a split, a lineage holds several questions and cannot say which one went where.
                guard lineages.allSatisfy({ ($0.members[earlier.label] ?? []).count == 1 }) else { continue }
                var recorded: Set<String> = []
                for lineage in lineages {
                    recorded.formUnion(lineage.members[later.label] ?? [])
                }
                let paired = matcher[question.id] ?? []
                if recorded != paired {
                    found.append(
                        Disagreement(
                            fromCycle: earlier.label, toCycle: later.label, question: question.id, register: recorded.sorted(),
                            matcher: paired.sorted()))
                }
            }
        }
        return found
    }

    static func title(_ question: Question) -> String {
        let words = question.text.split(separator: " ")
        return words.prefix(10).joined(separator: " ") + (words.count > 10 ? "…" : "")
    }
}
