/// How one sequence becomes another, element by element: kept, deleted or inserted. Built on the standard
/// library's difference (Myers), so the work grows with the changes, not with the product of the lengths.
public enum EditScript {
    public enum Step: Sendable, Hashable {
        /// An element on both sides: old index, new index.
        case kept(Int, Int)
        case deleted(Int)
        case inserted(Int)
    }

    /// The steps in reading order. Where a deletion and an insertion meet, `insertionsFirst` says which
    /// comes first (a word diff shows the new words first; a redline the removed paragraph first).
    public static func steps<Element>(_ a: [Element], _ b: [Element], insertionsFirst: Bool, by same: (Element, Element) -> Bool)
        -> [Step]
    {
        var removed = Set<Int>()
        var inserted = Set<Int>()
        for change in b.difference(from: a, by: same) {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        var steps: [Step] = []
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            let insert = j < b.count && inserted.contains(j)
            let delete = i < a.count && removed.contains(i)
            if insert && (insertionsFirst || !delete) {
                steps.append(.inserted(j))
                j += 1
            } else if delete {
                steps.append(.deleted(i))
                i += 1
            } else {
                steps.append(.kept(i, j))
                i += 1
                j += 1
            }
        }
        return steps
    }
}
