/// What one action does to a decisions file: the items it removes and the items it adds, nothing else. Its
/// inverse (`undo`) removes what it added and puts back what it removed, on the file as it is then.
public struct DecisionEdit: Sendable, Hashable {
    public struct Addition: Sendable, Hashable {
        public var entry: DecisionEntry
        public var note: String?

        public init(entry: DecisionEntry, note: String? = nil) {
            self.entry = entry
            self.note = note
        }
    }

    public var removed: [DecisionEntry]
    public var added: [Addition]

    public init(removed: [DecisionEntry] = [], added: [Addition] = []) {
        self.removed = removed
        self.added = added
    }

    public var isEmpty: Bool { removed.isEmpty && added.isEmpty }
}

/// What to do with a question of another reviewed decision that a new decision names.
public enum TakePolicy: String, Sendable, Hashable, Codable {
    /// Refuse the decision (409): nothing the person did not name may change.
    case refuse
    /// Move the question out of the other decision, whose other items stay.
    case move
}

/// A decision that would change another reviewed decision the person did not name.
public struct DecisionConflict: Error, Sendable, Hashable {
    /// The reviewed groups it would change, and for each the questions it would take out of it.
    public var groups: [ReviewedGroup]
    public var questions: [QuestionSide]
}

extension ReviewedDecisions {
    /// The edit that records `verdict` and changes nothing else.
    ///
    /// Items already in the file that the verdict records stay as they are (their notes and unknown keys
    /// kept), so a merge that contains a reviewed pair whole extends it. A reviewed group or question alone
    /// whose items the verdict would take away is a conflict, unless `take` is `.move`: then only the items
    /// naming the verdict's questions go. A refusal of two questions the verdict pairs goes, and a reviewed
    /// group refused whole: the person named them all.
    public func edit(for verdict: ReviewVerdict, note: String?, take: TakePolicy) throws(DecisionConflict) -> DecisionEdit {
        let existing = Set(entries)
        let wanted = verdict.entries
        let named = Set(wanted.flatMap { $0.oldQuestions.map(QuestionSide.old) + $0.newQuestions.map(QuestionSide.new) })
        var removed: [DecisionEntry] = []
        var conflicts: [ReviewedGroup] = []
        var taken: [QuestionSide] = []
        for group in groups {
            let touched = group.questions.intersection(named)
            guard !touched.isEmpty else { continue }
            switch (group.kind, verdict) {
            case (.unrelated, .unrelated), (.unrelated, .removed), (.unrelated, .added):
                continue
            case (.unrelated, _):
                // A refusal of two questions now paired is replaced; one sharing a single question stands.
                if group.entries.allSatisfy({ entry in verdict.pairs.contains { $0.sameQuestions(as: entry) } }) {
                    removed += group.entries
                }
                continue
            default: break
            }
            if case .unrelated = verdict, group.kind == .paired {
                // Refusing pairs takes out only the reviewed pairs refused; a group refused whole simply goes.
                let refused = group.entries.filter { entry in wanted.contains { $0.sameQuestions(as: entry) } }
                guard !refused.isEmpty else { continue }
                if refused.count == group.entries.count || take == .move {
                    removed += refused
                } else {
                    conflicts.append(group)
                    taken += Array(touched)
                }
                continue
            }
            if case .unrelated = verdict { continue }
            // Items of the group the verdict does not record go only when the person said to move the questions.
            let leaving = group.entries.filter { !wanted.contains($0) }
            guard !leaving.isEmpty else { continue }
            if take == .move {
                removed += leaving.filter { entry in
                    entry.oldQuestions.contains { named.contains(.old($0)) } || entry.newQuestions.contains { named.contains(.new($0)) }
                }
            } else {
                conflicts.append(group)
                taken += Array(touched)
            }
        }
        guard conflicts.isEmpty else {
            throw DecisionConflict(groups: conflicts, questions: taken.sorted { "\($0)" < "\($1)" })
        }
        var seen = Set<DecisionEntry>()
        let added = wanted.filter { !existing.contains($0) && seen.insert($0).inserted }.map {
            DecisionEdit.Addition(entry: $0, note: note)
        }
        var removedOnce = Set<DecisionEntry>()
        return DecisionEdit(removed: removed.filter { removedOnce.insert($0).inserted }, added: added)
    }

    /// The edit that removes one reviewed group whole; nil when no group has that id.
    public func edit(withdrawing id: String) -> DecisionEdit? {
        guard let group = groups.first(where: { $0.id == id }) else { return nil }
        return DecisionEdit(removed: group.entries)
    }

    /// The decisions with `edit` made: removed items taken out (each once), added ones appended.
    public func applying(_ edit: DecisionEdit) -> ReviewedDecisions {
        var result = self
        for entry in edit.removed {
            switch entry {
            case .pair(let old, let new):
                if let index = result.pairs.firstIndex(where: { $0.old == old && $0.new == new }) { result.pairs.remove(at: index) }
            case .unrelated(let old, let new):
                if let index = result.unrelated.firstIndex(where: { $0.old == old && $0.new == new }) { result.unrelated.remove(at: index) }
            case .alone(let old, let new):
                if let index = result.alone.firstIndex(where: { $0.old == old && $0.new == new }) { result.alone.remove(at: index) }
            }
        }
        for addition in edit.added {
            switch addition.entry {
            case .pair(let old, let new): result.pairs.append(Pair(old: old, new: new, note: addition.note))
            case .unrelated(let old, let new): result.unrelated.append(Pair(old: old, new: new, note: addition.note))
            case .alone(let old, let new): result.alone.append(Alone(old: old, new: new, note: addition.note))
            }
        }
        return result
    }
}

extension DecisionEntry {
    /// True when both name the same two questions, whether as a pair or as a refusal.
    func sameQuestions(as other: DecisionEntry) -> Bool {
        oldQuestions == other.oldQuestions && newQuestions == other.newQuestions
    }
}
