/// What the pairs already made say about a pair still open, besides its words: anchors and section affinity.
///
/// - Anchors: a question between two paired neighbours likely pairs with a question between their
///   counterparts, as patience diff does for lines.
/// - Section affinity: where most of an old section's questions went (2020–2021's PROTECTION mostly went
///   to 2025's questions 25–37), its other questions likely went too.
///
/// Context only adds to text similarity that is already there: it decides between candidates and lifts a
/// weak pair to probable, never makes a pair of questions that share no words.
struct PairContext {
    struct Anchor {
        var old: Int
        var new: Int
    }

    private let features: VersionFeatures
    private let options: MatchingOptions
    /// Anchors in old order.
    private let anchors: [Anchor]
    /// For each old question, the anchors just before and after it in old order (either may be missing).
    private let neighbours: [(before: Anchor?, after: Anchor?)]
    /// For each old section, the span of new positions most of its anchored questions went to.
    private let sectionSpan: [Int: ClosedRange<Int>]

    init(_ features: VersionFeatures, anchors pairs: [IndexPair], options: MatchingOptions) {
        self.features = features
        self.options = options
        let anchors = pairs.map { Anchor(old: $0.old, new: $0.new) }.sorted { ($0.old, $0.new) < ($1.old, $1.new) }
        self.anchors = anchors
        var neighbours: [(before: Anchor?, after: Anchor?)] = Array(repeating: (nil, nil), count: features.oldQuestions.count)
        var last: Anchor?
        var cursor = 0
        for oldIndex in features.oldQuestions.indices {
            while cursor < anchors.count && anchors[cursor].old < oldIndex {
                last = anchors[cursor]
                cursor += 1
            }
            var next = cursor
            while next < anchors.count && anchors[next].old == oldIndex { next += 1 }
            neighbours[oldIndex] = (last, next < anchors.count ? anchors[next] : nil)
        }
        self.neighbours = neighbours
        var positions: [Int: [Int]] = [:]
        for anchor in anchors { positions[features.oldSectionOf[anchor.old], default: []].append(anchor.new) }
        // Without old sections there is no section to follow.
        sectionSpan = features.old.hasSections ? positions.compactMapValues { Self.span(of: $0, share: options.sectionAffinityShare) } : [:]
    }

    /// The narrowest run of new positions holding `share` of a section's anchored questions, when there are
    /// enough of them to speak of a place (at least three).
    private static func span(of positions: [Int], share: Double) -> ClosedRange<Int>? {
        guard positions.count >= 3 else { return nil }
        let sorted = positions.sorted()
        let needed = Int((Double(sorted.count) * share).rounded(.up))
        var best: ClosedRange<Int>?
        for start in 0...(sorted.count - needed) {
            let range = sorted[start]...sorted[start + needed - 1]
            if best == nil || range.count < best!.count { best = range }
        }
        return best
    }

    /// Where a pair stands against the anchors around its old question.
    private enum Placement {
        case between(Anchor, Anchor)
        case follows(Anchor)
        case precedes(Anchor)
    }

    /// What the surroundings say of a pair, found without building any text: it runs for every candidate.
    private func evidence(_ pair: IndexPair) -> (placement: Placement?, sectionSpan: ClosedRange<Int>?) {
        let (before, after) = neighbours[pair.old]
        var placement: Placement?
        if let before, let after, before.new < pair.new, pair.new < after.new {
            placement = .between(before, after)
        } else if let before, pair.new == before.new + 1 {
            placement = .follows(before)
        } else if let after, pair.new == after.new - 1 {
            placement = .precedes(after)
        }
        let span = sectionSpan[features.oldSectionOf[pair.old]].flatMap { $0.contains(pair.new) ? $0 : nil }
        return (placement, span)
    }

    /// What the surroundings add to a pair's similarity.
    func bonus(_ pair: IndexPair) -> Double {
        let (placement, span) = evidence(pair)
        var value = span == nil ? 0 : options.sectionAffinityBonus
        switch placement {
        case .between: value += options.anchoredBonus
        case .follows, .precedes: value += options.adjacentBonus
        case nil: break
        }
        return value
    }

    /// The same in words, for the evidence of a pair or a part made on it.
    func reasons(_ pair: IndexPair) -> [String] {
        let (placement, span) = evidence(pair)
        let old = { (index: Int) in features.oldQuestions[index].id }
        let new = { (index: Int) in features.newQuestions[index].id }
        var reasons: [String] = []
        switch placement {
        case .between(let before, let after):
            reasons.append(
                "between the counterparts of its neighbours (old \(old(before.old)) → \(new(before.new)), old \(old(after.old)) → \(new(after.new)))"
            )
        case .follows(let before): reasons.append("follows the counterpart of the question before it (\(new(before.new)))")
        case .precedes(let after): reasons.append("precedes the counterpart of the question after it (\(new(after.new)))")
        case nil: break
        }
        if let span {
            let title = features.old.sections[features.oldSectionOf[pair.old]].title ?? "its section"
            reasons.append("where most of \(title) went (\(new(span.lowerBound))–\(new(span.upperBound)))")
        }
        return reasons
    }

    /// Similarity and context together: what ranks candidates and decides probable pairs.
    func score(_ pair: IndexPair) -> Double {
        features.scores(pair).combined + bonus(pair)
    }
}
