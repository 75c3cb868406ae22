/// Leftover questions whose words sit inside a question of the other version: one old question made into
/// several new ones (split), or several old ones made into one (merge).
struct SplitMergePass {
    var options: MatchingOptions

    func run(_ features: VersionFeatures, _ candidates: CandidateTable, _ alignment: inout Alignment) {
        let oldToNew = Dictionary(alignment.links.map { ($0.pair.old, $0.pair.new) }, uniquingKeysWith: { first, _ in first })
        let newToOld = Dictionary(alignment.links.map { ($0.pair.new, $0.pair.old) }, uniquingKeysWith: { first, _ in first })

        var splitGroups: [Int: [Int]] = [:]
        for newIndex in features.newQuestions.indices where !alignment.newTaken[newIndex] {
            let containers = (candidates.forNew[newIndex] ?? []).map(\.old).filter {
                !alignment.isRefused(IndexPair($0, newIndex))
            }
            if let oldIndex = bestContainer(
                of: features.newFeatures[newIndex], among: containers, { features.index.containment(ofNew: newIndex, inOld: $0) })
            {
                splitGroups[oldIndex, default: []].append(newIndex)
            }
        }
        for (oldIndex, parts) in splitGroups.sorted(by: { $0.key < $1.key }) {
            let main = oldToNew[oldIndex]
            let pieces = (main.map { [$0] } ?? []) + parts
            guard pieces.count >= 2, covers(features.oldFeatures[oldIndex], with: pieces.map { features.newFeatures[$0] }, features.index)
            else { continue }
            for part in parts { alignment.takeNew(part) }
            if main == nil {
                let pair = IndexPair(oldIndex, parts[0])
                alignment.link(pair, .splitOrMerge, scores: features.scores(pair), evidence: [])
                alignment.splitParts[oldIndex] = Array(parts.dropFirst())
            } else {
                alignment.splitParts[oldIndex] = parts
            }
        }

        var mergeGroups: [Int: [Int]] = [:]
        for oldIndex in features.oldQuestions.indices where !alignment.oldTaken[oldIndex] {
            let containers = (candidates.forOld[oldIndex] ?? []).map(\.new).filter {
                !alignment.isRefused(IndexPair(oldIndex, $0))
            }
            if let newIndex = bestContainer(
                of: features.oldFeatures[oldIndex], among: containers, { features.index.containment(ofOld: oldIndex, inNew: $0) })
            {
                mergeGroups[newIndex, default: []].append(oldIndex)
            }
        }
        for (newIndex, parts) in mergeGroups.sorted(by: { $0.key < $1.key }) {
            let main = newToOld[newIndex]
            guard main != nil || !alignment.newTaken[newIndex] else { continue }
            let pieces = (main.map { [$0] } ?? []) + parts
            guard pieces.count >= 2, covers(features.newFeatures[newIndex], with: pieces.map { features.oldFeatures[$0] }, features.index)
            else { continue }
            for part in parts { alignment.takeOld(part) }
            if main == nil {
                let pair = IndexPair(parts[0], newIndex)
                alignment.link(pair, .splitOrMerge, scores: features.scores(pair), evidence: [])
                alignment.mergeParts[newIndex] = Array(parts.dropFirst())
            } else {
                alignment.mergeParts[newIndex] = parts
            }
        }
    }

    /// The candidate that holds most of `part`'s words (at least `partContainment`); a single word proves nothing.
    private func bestContainer(of part: TextFeatures, among candidates: [Int], _ containmentIn: (Int) -> Double) -> Int? {
        guard part.wordSet.count >= 2 else { return nil }
        var best: (index: Int, containment: Double)?
        for candidate in candidates {
            let containment = containmentIn(candidate)
            if containment >= options.partContainment, containment > (best?.containment ?? 0) { best = (candidate, containment) }
        }
        return best?.index
    }

    /// True when the pieces together carry most of the whole's words.
    private func covers(_ whole: TextFeatures, with pieces: [TextFeatures], _ index: SimilarityIndex) -> Bool {
        let union = pieces.reduce(into: Set<String>()) { $0.formUnion($1.wordSet) }
        return index.containment(of: whole, in: union) >= options.wholeCoverage
    }
}
