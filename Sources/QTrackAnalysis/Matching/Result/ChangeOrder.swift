/// Where a change stands in a comparison: in the new version's order. At each new question come its pair
/// (or its split part, or its being added), then the old questions merged into it; a removed question
/// stands after the new place of the old question before it, removed ones in their old order.
struct ChangeOrder: Comparable {
    private enum Rank: Int, Comparable {
        case atQuestion, mergedIn, removedAfter

        static func < (lhs: Rank, rhs: Rank) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The new question's index; -1 before the first.
    private var newIndex: Int
    private var rank: Rank
    /// The removed question's index in the old version; 0 for the others.
    private var oldIndex: Int

    /// A pair, a split part or an added question at its new question.
    static func at(new newIndex: Int) -> ChangeOrder { ChangeOrder(newIndex: newIndex, rank: .atQuestion, oldIndex: 0) }

    /// An old question merged into the new question `newIndex`, just after that question's pair.
    static func merged(into newIndex: Int) -> ChangeOrder { ChangeOrder(newIndex: newIndex, rank: .mergedIn, oldIndex: 0) }

    /// A removed question, after `anchor` (the new place of the old question before it; -1 when none is placed).
    static func removed(_ oldIndex: Int, after anchor: Int) -> ChangeOrder {
        ChangeOrder(newIndex: anchor, rank: .removedAfter, oldIndex: oldIndex)
    }

    static func < (lhs: ChangeOrder, rhs: ChangeOrder) -> Bool {
        (lhs.newIndex, lhs.rank, lhs.oldIndex) < (rhs.newIndex, rhs.rank, rhs.oldIndex)
    }
}
