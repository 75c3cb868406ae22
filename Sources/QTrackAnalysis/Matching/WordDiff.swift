import QTrackModel

/// A word-level diff cleaned up for reading: a changed phrase shows as one deletion and one insertion,
/// not a scatter of single words.
public enum WordDiff {
    public static func segments(old: String, new: String) -> [DiffSegment] {
        let a = old.split(whereSeparator: \.isWhitespace).map(String.init)
        let b = new.split(whereSeparator: \.isWhitespace).map(String.init)
        let keyA = a.map(TextNormalizer.comparable)
        let keyB = b.map(TextNormalizer.comparable)
        var operations = lcsOperations(keyA, keyB)
        operations = absorbShortEqualRuns(operations)
        return render(operations, a: a, b: b)
    }

    private enum Step {
        case equal(Int, Int)
        case delete(Int)
        case insert(Int)
    }

    /// Longest common subsequence by dynamic programming; questions are short enough.
    private static func lcsOperations(_ a: [String], _ b: [String]) -> [Step] {
        let n = a.count
        let m = b.count
        var table = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        if n > 0, m > 0 {
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
                }
            }
        }
        var steps: [Step] = []
        var i = 0
        var j = 0
        while i < n || j < m {
            if i < n, j < m, a[i] == b[j] {
                steps.append(.equal(i, j))
                i += 1
                j += 1
            } else if j < m, i == n || table[i][j + 1] >= table[i + 1][j] {
                steps.append(.insert(j))
                j += 1
            } else {
                steps.append(.delete(i))
                i += 1
            }
        }
        return steps
    }

    /// An equal run of one or two words between two changes reads better inside the change.
    private static func absorbShortEqualRuns(_ steps: [Step]) -> [Step] {
        var result = steps
        var index = 0
        while index < result.count {
            guard case .equal = result[index] else {
                index += 1
                continue
            }
            var end = index
            while end < result.count, case .equal = result[end] { end += 1 }
            let length = end - index
            let changedBefore = index > 0
            let changedAfter = end < result.count
            if length <= 2, changedBefore, changedAfter {
                var replaced: [Step] = []
                var inserts: [Step] = []
                for step in result[index..<end] {
                    if case .equal(let i, let j) = step {
                        replaced.append(.delete(i))
                        inserts.append(.insert(j))
                    }
                }
                result.replaceSubrange(index..<end, with: replaced + inserts)
                index += replaced.count + inserts.count
            } else {
                index = end
            }
        }
        return result
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
