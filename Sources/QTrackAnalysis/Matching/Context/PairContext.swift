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

    /// What the surroundings add to a pair's similarity, with the reasons in words.
    func bonus(_ pair: IndexPair) -> (value: Double, reasons: [String]) {
        var value = 0.0
        var reasons: [String] = []
        let (before, after) = neighbours[pair.old]
        if let before, let after, before.new < pair.new, pair.new < after.new {
            value += options.anchoredBonus
            reasons.append(
                "between the counterparts of its neighbours (old \(features.oldQuestions[before.old].id) → \(features.newQuestions[before.new].id), old \(features.oldQuestions[after.old].id) → \(features.newQuestions[after.new].id))"
            )
        } else if let before, pair.new == before.new + 1 {
            value += options.adjacentBonus
            reasons.append("follows the counterpart of the question before it (\(features.newQuestions[before.new].id))")
        } else if let after, pair.new == after.new - 1 {
            value += options.adjacentBonus
            reasons.append("precedes the counterpart of the question after it (\(features.newQuestions[after.new].id))")
        }
        let section = features.oldSectionOf[pair.old]
        if let span = sectionSpan[section], span.contains(pair.new) {
            value += options.sectionAffinityBonus
            let title = features.old.sections[section].title ?? "its section"
            reasons.append(
                "where most of \(title) went (\(features.newQuestions[span.lowerBound].id)–\(features.newQuestions[span.upperBound].id))")
        }
        return (value, reasons)
    }

    /// Similarity and context together: what ranks candidates and decides probable pairs.
    func score(_ pair: IndexPair) -> Double {
        features.scores(pair).combined + bonus(pair).value
    }
}
