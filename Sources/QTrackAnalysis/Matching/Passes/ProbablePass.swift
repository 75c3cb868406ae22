import Foundation

/// Pairs what the certain passes left on weaker evidence used together, and marks them probable: text
/// similarity lifted by context (neighbours paired around it, where its section went), each question the
/// other's best free candidate by a clear margin, and at least one rare word in common.
///
/// Runs in rounds: each round's pairs are anchors for the next, as a reviewer pairs the easy questions of a
/// section first and then reads the rest between them.
struct ProbablePass {
    var options: MatchingOptions

    private struct Edge {
        var pair: IndexPair
        var score: Double
    }

    func run(_ features: VersionFeatures, _ alignment: inout Alignment) {
        for _ in 0..<options.probableRounds {
            let context = PairContext(features, anchors: alignment.links.map(\.pair), options: options)
            let edges = freeEdges(features, alignment, context)
            var bestOfOld: [Int: [Double]] = [:]
            var bestOfNew: [Int: [Double]] = [:]
            for edge in edges {
                bestOfOld[edge.pair.old, default: []].append(edge.score)
                bestOfNew[edge.pair.new, default: []].append(edge.score)
            }
            var made = 0
            for edge in edges.sorted(by: { ($0.score, $1.pair.old, $1.pair.new) > ($1.score, $0.pair.old, $0.pair.new) }) {
                guard edge.score >= options.probableSimilarity, alignment.isFree(edge.pair),
                    Self.isClearBest(edge.score, among: bestOfOld[edge.pair.old] ?? [], margin: options.ambiguityMargin),
                    Self.isClearBest(edge.score, among: bestOfNew[edge.pair.new] ?? [], margin: options.ambiguityMargin),
                    features.index.shareDistinctiveWord(old: edge.pair.old, new: edge.pair.new)
                else { continue }
                let scores = features.scores(edge.pair)
                let reasons = context.reasons(edge.pair)
                let evidence =
                    [
                        String(
                            format: "probable: similarity %.2f (words %.2f, characters %.2f)", scores.combined, scores.words,
                            scores.characters),
                        "shared words: " + features.sharedWords(edge.pair).joined(separator: ", "),
                    ] + reasons
                alignment.link(edge.pair, .context, scores: scores, evidence: evidence, certainty: .probable)
                made += 1
            }
            if made == 0 { break }
        }
    }

    /// Every free pair the index finds worth comparing, scored with its context.
    private func freeEdges(_ features: VersionFeatures, _ alignment: Alignment, _ context: PairContext) -> [Edge] {
        var edges: [Edge] = []
        for newIndex in features.newQuestions.indices where !alignment.newTaken[newIndex] {
            for oldIndex in features.index.candidates(forNew: newIndex, limit: options.candidatesLookedUp) {
                let pair = IndexPair(oldIndex, newIndex)
                guard alignment.isFree(pair) else { continue }
                edges.append(Edge(pair: pair, score: context.score(pair)))
            }
        }
        return edges
    }

    /// True when `score` is the best of `scores` and the next is at least `margin` behind.
    static func isClearBest(_ score: Double, among scores: [Double], margin: Double) -> Bool {
        var best = -Double.infinity
        var second = -Double.infinity
        for value in scores {
            if value > best {
                second = best
                best = value
            } else if value > second {
                second = value
            }
        }
        return score >= best && score - second >= margin
    }
}
