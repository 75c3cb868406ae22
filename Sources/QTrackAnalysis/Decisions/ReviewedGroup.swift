/// One reviewed decision as a person sees it: a group of pairs joined by their questions (a pair, a split, a
/// merge), a question with no counterpart, or a refusal. A review card holds exactly one.
public struct ReviewedGroup: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// Pairs sharing questions: one old and one new, a split, a merge, or a group edited by hand.
        case paired
        /// A question with no counterpart.
        case alone
        /// Two questions that must never be paired.
        case unrelated
    }

    public var kind: Kind
    /// The old questions, in a stable order (see `QuestionRefOrder`).
    public var old: [String]
    public var new: [String]
    /// The file's items that make it.
    public var entries: [DecisionEntry]

    /// The card id: `g:<old>><new>` for a group or a question alone, `x:<old>><new>` for a refusal, refs joined
    /// by `+`. The same questions always make the same id, whether proposed by the matcher or reviewed.
    public var id: String { Self.id(kind: kind, old: old, new: new) }

    public static func id(kind: Kind, old: [String], new: [String]) -> String {
        let sides = QuestionRefOrder.sorted(old).joined(separator: "+") + ">" + QuestionRefOrder.sorted(new).joined(separator: "+")
        return (kind == .unrelated ? "x:" : "g:") + sides
    }

    /// Every question it names.
    public var questions: Set<QuestionSide> {
        Set(old.map { QuestionSide.old($0) } + new.map { QuestionSide.new($0) })
    }
}

/// A question named with its side: the two versions' ids may coincide ("5" old and "5" new).
public enum QuestionSide: Sendable, Hashable {
    case old(String)
    case new(String)
}

/// Question refs in a stable, readable order: by the part before the last `/`, then by number (2 before 10).
public enum QuestionRefOrder {
    public static func sorted(_ refs: [String]) -> [String] {
        refs.sorted { key($0) < key($1) }
    }

    static func key(_ ref: String) -> (String, Int, String) {
        let parts = ref.split(separator: "/", omittingEmptySubsequences: false)
        let last = parts.last.map(String.init) ?? ref
        let prefix = parts.dropLast().joined(separator: "/")
        let digits = last.prefix { $0.isASCII && $0.isNumber }
        return (prefix, Int(digits.prefix(9)) ?? Int.max, last)
    }
}

extension ReviewedDecisions {
    /// The reviewed decisions as groups: pairs joined through shared questions, then each refusal, then each
    /// question alone, in the order of their first item in the file.
    public var groups: [ReviewedGroup] {
        var result: [ReviewedGroup] = []
        // Pairs joined by a shared question, by union–find over the pairs' indices.
        var parent = Array(pairs.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index {
                parent[index] = parent[parent[index]]
                index = parent[index]
            }
            return index
        }
        var firstByQuestion: [QuestionSide: Int] = [:]
        for (index, pair) in pairs.enumerated() {
            for side in [QuestionSide.old(pair.old), .new(pair.new)] {
                if let other = firstByQuestion[side] {
                    parent[root(index)] = root(other)
                } else {
                    firstByQuestion[side] = index
                }
            }
        }
        var members: [Int: [Int]] = [:]
        var order: [Int] = []
        for index in pairs.indices {
            let top = root(index)
            if members[top] == nil { order.append(top) }
            members[top, default: []].append(index)
        }
        for top in order {
            let items = members[top, default: []].map { pairs[$0] }
            var old: [String] = []
            var new: [String] = []
            for item in items {
                if !old.contains(item.old) { old.append(item.old) }
                if !new.contains(item.new) { new.append(item.new) }
            }
            result.append(
                ReviewedGroup(
                    kind: .paired, old: QuestionRefOrder.sorted(old), new: QuestionRefOrder.sorted(new),
                    entries: items.map { .pair(old: $0.old, new: $0.new) }))
        }
        for refusal in unrelated {
            result.append(
                ReviewedGroup(
                    kind: .unrelated, old: [refusal.old], new: [refusal.new], entries: [.unrelated(old: refusal.old, new: refusal.new)]))
        }
        for single in alone {
            result.append(
                ReviewedGroup(
                    kind: .alone, old: single.old.map { [$0] } ?? [], new: single.new.map { [$0] } ?? [],
                    entries: [.alone(old: single.old, new: single.new)]))
        }
        return result
    }
}
