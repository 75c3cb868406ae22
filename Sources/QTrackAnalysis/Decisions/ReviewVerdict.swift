/// What a reviewer decides about some questions of two versions, as `qtrack review` records it.
public enum ReviewVerdict: Sendable, Hashable {
    /// These two are one question: any other decision about either is replaced.
    case pair(old: String, new: String)
    /// These two must never be paired.
    case unrelated(old: String, new: String)
    /// One old question became these new ones.
    case split(old: String, new: [String])
    /// These old questions became one new one.
    case merge(old: [String], new: String)
    /// An old question really removed.
    case removed(old: String)
    /// A new question really new.
    case added(new: String)
}

extension ReviewedDecisions {
    /// The decisions with `verdict` applied: what it says replaces whatever was decided before about the same
    /// questions, so that a reviewer changing their mind leaves no contradiction in the file.
    public func applying(_ verdict: ReviewVerdict, note: String? = nil) -> ReviewedDecisions {
        var result = self
        func forget(old: Set<String>, new: Set<String>) {
            result.pairs.removeAll { old.contains($0.old) || new.contains($0.new) }
            result.alone.removeAll { ($0.old.map(old.contains) ?? false) || ($0.new.map(new.contains) ?? false) }
        }
        func refuseNoLonger(_ old: String, _ new: String) {
            result.unrelated.removeAll { $0.old == old && $0.new == new }
        }
        switch verdict {
        case .pair(let old, let new):
            forget(old: [old], new: [new])
            refuseNoLonger(old, new)
            result.pairs.append(Pair(old: old, new: new, note: note))
        case .unrelated(let old, let new):
            result.pairs.removeAll { $0.old == old && $0.new == new }
            if !result.unrelated.contains(where: { $0.old == old && $0.new == new }) {
                result.unrelated.append(Pair(old: old, new: new, note: note))
            }
        case .split(let old, let new):
            forget(old: [old], new: Set(new))
            for part in new {
                refuseNoLonger(old, part)
                result.pairs.append(Pair(old: old, new: part, note: note))
            }
        case .merge(let old, let new):
            forget(old: Set(old), new: [new])
            for part in old {
                refuseNoLonger(part, new)
                result.pairs.append(Pair(old: part, new: new, note: note))
            }
        case .removed(let old):
            forget(old: [old], new: [])
            result.alone.append(Alone(old: old, note: note))
        case .added(let new):
            forget(old: [], new: [new])
            result.alone.append(Alone(new: new, note: note))
        }
        return result
    }
}
