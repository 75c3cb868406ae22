import Foundation
import QTrackBase

/// Best assignment of what the exact passes left: candidate pairs by score, taken greedily, then improved
/// by swaps. A pair below the minimum similarity is still made when it is clear: weakly similar, each
/// question the other's best candidate with no rival close, and sharing a rare word.
struct SimilarityPass {
    var options: MatchingOptions

    private struct Edge {
        var score: Double
        var pair: IndexPair
        var scores: SimilarityIndex.Scores
    }

    func run(_ features: VersionFeatures, _ candidates: CandidateTable, _ alignment: inout Alignment) {
        let sectionMap = SectionMapping.map(features, links: alignment.links, oneToOne: false)
        var edges: [Edge] = []
        for (newIndex, scored) in candidates.forNew where !alignment.newTaken[newIndex] {
            for (oldIndex, scores) in scored {
                let pair = IndexPair(oldIndex, newIndex)
                guard alignment.isFree(pair) else { continue }
                let strong = scores.combined >= options.minimumSimilarity
                let clearWeak =
                    scores.combined >= options.weakSimilarity
                    && candidates.isClear(pair, score: scores.combined, margin: options.clearMargin)
                    && features.index.shareDistinctiveWord(old: oldIndex, new: newIndex)
                guard strong || clearWeak else { continue }
                edges.append(Edge(score: scores.combined + contextBonus(pair, features, sectionMap), pair: pair, scores: scores))
            }
        }
        edges.sort { ($0.score, $1.pair.old, $1.pair.new) > ($1.score, $0.pair.old, $0.pair.new) }
        var chosen: [Int: Edge] = [:]
        var oldUsed: [Int: Int] = [:]
        for edge in edges where chosen[edge.pair.new] == nil && oldUsed[edge.pair.old] == nil {
            chosen[edge.pair.new] = edge
            oldUsed[edge.pair.old] = edge.pair.new
        }
        improveBySwaps(&chosen, &oldUsed, edges: edges)
        let picks = chosen.keys.sorted().map { chosen[$0]! }
        // Each pick explained on every core (the shared words of thousands of pairs), then linked in order.
        let evidence = Parallel.map(picks, parts: 16) { pick in
            var evidence = explain(pick.pair, pick.scores, features, sectionMap)
            if pick.scores.combined < options.minimumSimilarity {
                evidence.append(
                    String(
                        format: "below %.2f, but each is the other's clear best match and they share a rare word", options.minimumSimilarity
                    ))
            }
            return evidence
        }
        for (pick, evidence) in zip(picks, evidence) {
            let weak = pick.scores.combined < options.minimumSimilarity
            alignment.link(pick.pair, .similarity, scores: pick.scores, evidence: evidence, certainty: weak ? .probable : .certain)
        }
    }

    /// Two chosen pairs trade partners when the trade raises their total score (a 2-opt pass).
    private func improveBySwaps(_ chosen: inout [Int: Edge], _ oldUsed: inout [Int: Int], edges: [Edge]) {
        var edgeByPair: [IndexPair: Edge] = [:]
        for edge in edges { edgeByPair[edge.pair] = edge }
        for _ in 0..<options.swapRounds {
            var improved = false
            for edge in edges {
                guard let current = chosen[edge.pair.new], current.pair.old != edge.pair.old, let otherNew = oldUsed[edge.pair.old],
                    let otherPair = chosen[otherNew], let crossing = edgeByPair[IndexPair(current.pair.old, otherNew)]
                else { continue }
                if edge.score + crossing.score > current.score + otherPair.score + 1e-9 {
                    chosen[edge.pair.new] = edge
                    chosen[otherNew] = crossing
                    oldUsed[edge.pair.old] = edge.pair.new
                    oldUsed[current.pair.old] = otherNew
                    improved = true
                }
            }
            if !improved { break }
        }
    }

    /// A little credit for staying in the corresponding section, and for keeping the number there.
    private func contextBonus(_ pair: IndexPair, _ features: VersionFeatures, _ sectionMap: [Int: Int]) -> Double {
        guard let mapped = sectionMap[features.oldSectionOf[pair.old]], mapped == features.newSectionOf[pair.new] else { return 0 }
        return features.oldQuestions[pair.old].number == features.newQuestions[pair.new].number
            ? options.sameSectionAndNumberBonus : options.sameSectionBonus
    }

    private func explain(_ pair: IndexPair, _ scores: SimilarityIndex.Scores, _ features: VersionFeatures, _ sectionMap: [Int: Int])
        -> [String]
    {
        var evidence = [
            String(format: "similarity %.2f (words %.2f, characters %.2f)", scores.combined, scores.words, scores.characters),
            "shared words: " + features.sharedWords(pair).joined(separator: ", "),
        ]
        if contextBonus(pair, features, sectionMap) > 0 { evidence.append("in the corresponding section") }
        return evidence
    }
}
