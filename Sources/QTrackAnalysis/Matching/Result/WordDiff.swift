import QTrackModel

/// A word-level diff cleaned up for reading: a changed phrase shows as one deletion and one insertion,
/// not a scatter of single words.
public enum WordDiff {
    /// - Parameter exact: compare words exactly, as a redline must (its equal runs are written once, so
    ///   a change of case or quotes must show as a change); by default case, quotes and dashes are folded.
    public static func segments(old: String, new: String, exact: Bool = false) -> [DiffSegment] {
        let a = words(old)
        let b = words(new)
        let keyA = exact ? a : a.map(TextNormalizer.comparable)
        let keyB = exact ? b : b.map(TextNormalizer.comparable)
        var operations = editSteps(keyA, keyB)
        operations = absorbShortEqualRuns(operations)
        return render(operations, a: a, b: b)
    }

    /// The words between whitespace. ASCII text is split on its bytes: the same words as splitting Characters
    /// (CR LF, one Character, is two whitespace bytes), without breaking graphemes for every pair a report shows.
    static func words(_ text: String) -> [String] {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(whereSeparator: \.isWhitespace).map(String.init) }
        return text.utf8.split { $0 == 0x20 || (0x09...0x0D).contains($0) }.map { String(decoding: $0, as: UTF8.self) }
    }

    private enum Step {
        case equal(Int, Int)
        case delete(Int)
        case insert(Int)
    }

    /// The standard library's difference (Myers' algorithm): memory grows with the words changed, not
    /// with the product of the two lengths, so a very long question cannot exhaust memory.
    private static func editSteps(_ a: [String], _ b: [String]) -> [Step] {
        // Two very long texts (a pasted report, not a question): one deletion and one insertion, so the
        // diff's work cannot grow with the square of their lengths.
        if a.count * b.count > 4_000_000 {
            return a.indices.map { Step.delete($0) } + b.indices.map { Step.insert($0) }
        }
        return EditScript.steps(a, b, insertionsFirst: true, by: ==).map { step in
            switch step {
            case .kept(let i, let j): .equal(i, j)
            case .deleted(let i): .delete(i)
            case .inserted(let j): .insert(j)
            }
        }
    }

    /// An equal run of one or two words between two changes reads better inside the change, when it is
    /// no longer than the changes on either side (the "semantic cleanup" of diff-match-patch, by words).
    private static func absorbShortEqualRuns(_ steps: [Step]) -> [Step] {
        struct Run {
            var equal: Bool
            var steps: [Step]
            var size: Int {
                var deleted = 0
                var inserted = 0
                for step in steps {
                    switch step {
                    case .delete: deleted += 1
                    case .insert: inserted += 1
                    case .equal:
                        deleted += 1
                        inserted += 1
                    }
                }
                return max(deleted, inserted)
            }
        }
        var runs: [Run] = []
        for step in steps {
            let isEqual: Bool
            if case .equal = step { isEqual = true } else { isEqual = false }
            if let last = runs.last, last.equal == isEqual {
                runs[runs.count - 1].steps.append(step)
            } else {
                runs.append(Run(equal: isEqual, steps: [step]))
            }
        }
        var changed = true
        while changed {
            changed = false
            var index = 1
            while index + 1 < runs.count {
                let run = runs[index]
                if run.equal, run.steps.count <= 2, run.steps.count <= runs[index - 1].size, run.steps.count <= runs[index + 1].size {
                    var deletions: [Step] = []
                    var insertions: [Step] = []
                    for step in runs[index - 1].steps + run.steps.flatMap(Self.split) + runs[index + 1].steps {
                        if case .insert = step { insertions.append(step) } else { deletions.append(step) }
                    }
                    runs.replaceSubrange((index - 1)...(index + 1), with: [Run(equal: false, steps: deletions + insertions)])
                    changed = true
                } else {
                    index += 1
                }
            }
        }
        return runs.flatMap(\.steps)
    }

    /// An equal word, taken into a change, is deleted and inserted again.
    private static func split(_ step: Step) -> [Step] {
        if case .equal(let i, let j) = step { return [.delete(i), .insert(j)] }
        return [step]
    }

    /// Groups steps into segments; within a changed stretch all deletions come before all insertions.
    private static func render(_ steps: [Step], a: [String], b: [String]) -> [DiffSegment] {
        var segments: [DiffSegment] = []
        var deleted: [String] = []
        var inserted: [String] = []
        var equal: [String] = []
        func flushChange() {
            if !deleted.isEmpty { segments.append(DiffSegment(.delete, deleted.joined(separator: " "))) }
            if !inserted.isEmpty { segments.append(DiffSegment(.insert, inserted.joined(separator: " "))) }
            deleted = []
            inserted = []
        }
        func flushEqual() {
            if !equal.isEmpty { segments.append(DiffSegment(.equal, equal.joined(separator: " "))) }
            equal = []
        }
        for step in steps {
            switch step {
            case .equal(_, let j):
                flushChange()
                equal.append(b[j])
            case .delete(let i):
                flushEqual()
                deleted.append(a[i])
            case .insert(let j):
                flushEqual()
                inserted.append(b[j])
            }
        }
        flushEqual()
        flushChange()
        return segments
    }
}
