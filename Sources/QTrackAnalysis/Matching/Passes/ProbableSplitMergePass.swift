import QTrackModel

/// Questions still left whose clear best counterpart is already paired: an old question asked again inside a
/// broader new one (merged), or a new question carved out of an old one (split: "groups at highest risk"
/// became one question for sex trafficking and one for forced labor). Found on similarity and context, so
/// reported as probable.
struct ProbableSplitMergePass {
    var options: MatchingOptions

    func run(_ features: VersionFeatures, _ alignment: inout Alignment) {
        let context = PairContext(features, anchors: alignment.links.map(\.pair), options: options)
        let partnerOfNew = Dictionary(alignment.links.map { ($0.pair.new, $0.pair.old) }, uniquingKeysWith: { first, _ in first })
        let partnerOfOld = Dictionary(alignment.links.map { ($0.pair.old, $0.pair.new) }, uniquingKeysWith: { first, _ in first })
        let merged = merges(features, alignment, context, partnerOfNew: partnerOfNew)
        let split = splits(features, alignment, context, partnerOfOld: partnerOfOld)
        for (into, parts) in merged.sorted(by: { $0.key < $1.key }) {
            for part in parts {
                alignment.takeOld(part)
                alignment.mergeParts[into, default: []].append(part)
                alignment.probableParts.insert(IndexPair(part, into))
            }
        }
        for (of, parts) in split.sorted(by: { $0.key < $1.key }) {
            for part in parts {
                alignment.takeNew(part)
                alignment.splitParts[of, default: []].append(part)
                alignment.probableParts.insert(IndexPair(of, part))
            }
        }
    }

    /// The old questions left that went into a new question already paired, by the new question.
    private func merges(
        _ features: VersionFeatures, _ alignment: Alignment, _ context: PairContext, partnerOfNew: [Int: Int]
    ) -> [Int: [Int]] {
        // A part must also bring something of its own to the other side, unless that side was rewritten as a
        // broader question. Several leftovers pointing at one question is not enough: on SOEP's household
        // questionnaire, removed child-care items all point at the one kept unchanged.
        var merges: [Int: [Int]] = [:]
        let free = features.oldQuestions.indices.filter { !alignment.oldTaken[$0] }
        // The candidates and their scores of every free question at once, on every core: most of this pass.
        features.index.scoredCandidates(forOld: free, limit: options.candidatesLookedUp)
        for oldIndex in free {
            let candidates = features.index.candidates(forOld: oldIndex, limit: options.candidatesLookedUp)
            // Merged questions come from together: the same old section as the question already paired, or next to it.
            let together = { (newIndex: Int) -> Bool in
                guard let partner = partnerOfNew[newIndex] else { return false }
                return features.oldSectionOf[partner] == features.oldSectionOf[oldIndex] || abs(partner - oldIndex) <= 2
            }
            if let into = clearTakenBest(
                candidates, taken: together, pair: { IndexPair(oldIndex, $0) },
                containment: { features.index.containment(ofOld: oldIndex, inNew: $0) },
                features, alignment, context)
            {
                let partner = partnerOfNew[into]!
                // A new question little like its partner was rewritten as a broader one, and may take in old
                // questions in the same words as the partner (2020–2021's four training questions went into 13).
                if features.scores(IndexPair(partner, into)).combined < options.rewrittenWhole
                    || adds(features.oldFeatures[oldIndex], beyond: features.oldFeatures[partner], to: features.newFeatures[into], features)
                    || addsOptions(features.oldQuestions[oldIndex], beyond: features.oldQuestions[partner], to: features.newQuestions[into])
                {
                    merges[into, default: []].append(oldIndex)
                }
            }
        }
        return merges
    }

    /// The new questions left that were carved out of an old question already paired, by the old question.
    private func splits(
        _ features: VersionFeatures, _ alignment: Alignment, _ context: PairContext, partnerOfOld: [Int: Int]
    ) -> [Int: [Int]] {
        var splits: [Int: [Int]] = [:]
        for newIndex in features.newQuestions.indices where !alignment.newTaken[newIndex] {
            let candidates = features.index.candidates(forNew: newIndex, limit: options.candidatesLookedUp)
            // A split's parts stand together: next to the part already paired, or one question apart.
            let together = { (oldIndex: Int) -> Bool in
                guard let partner = partnerOfOld[oldIndex] else { return false }
                return abs(partner - newIndex) <= 2
            }
            if let of = clearTakenBest(
                candidates, taken: together, pair: { IndexPair($0, newIndex) },
                containment: { features.index.containment(ofNew: newIndex, inOld: $0) },
                features, alignment, context)
            {
                let partner = partnerOfOld[of]!
                if adds(features.newFeatures[newIndex], beyond: features.newFeatures[partner], to: features.oldFeatures[of], features)
                    || addsOptions(features.newQuestions[newIndex], beyond: features.newQuestions[partner], to: features.oldQuestions[of])
                {
                    splits[of, default: []].append(newIndex)
                }
            }
        }
        return splits
    }

    /// True when enough of `part`'s weighted words are in `whole` but not in `partner`: the part brings
    /// something of its own to the merged (or split) question. Two survey items that share a stem ("How
    /// satisfied are you with: your health / your work") do not.
    private func adds(_ part: TextFeatures, beyond partner: TextFeatures, to whole: TextFeatures, _ features: VersionFeatures) -> Bool {
        features.index.containment(of: part, in: whole.wordSet.subtracting(partner.wordSet)) >= options.partContribution
    }

    /// True when most of `part`'s answer options (two or more) are offered by `whole` and not by `partner`: the
    /// care levels SOEP 2015 offered under "[Yes] based on:" became a question of their own in 2016.
    private func addsOptions(_ part: Question, beyond partner: Question, to whole: Question) -> Bool {
        let choices = Set(part.options.map(TextNormalizer.comparable))
        guard choices.count >= 2 else { return false }
        let own = choices.intersection(whole.options.map(TextNormalizer.comparable)).subtracting(
            partner.options.map(TextNormalizer.comparable))
        return 2 * own.count >= choices.count
    }

    /// The best candidate when it is already paired with a question beside this one (`together`), clearly
    /// ahead of the next candidate, and alike enough.
    private func clearTakenBest(
        _ candidates: [Int], taken: (Int) -> Bool, pair: (Int) -> IndexPair, containment: (Int) -> Double, _ features: VersionFeatures,
        _ alignment: Alignment, _ context: PairContext
    ) -> Int? {
        let scored = candidates.filter { !alignment.isRefused(pair($0)) }.map { ($0, context.score(pair($0))) }
            .sorted { ($0.1, $1.0) > ($1.1, $0.0) }
        // The words alone must reach the probable floor: context ranks a part, it does not make one. A part is
        // smaller than the question it came from, so its words may instead sit mostly inside it ("What date is
        // today and at which time did you finish?" from "What is the date today? Day Month … minutes").
        guard let best = scored.first, taken(best.0),
            features.scores(pair(best.0)).combined >= options.probableSimilarity || containment(best.0) >= options.probablePartContainment
        else {
            return nil
        }
        let second = scored.dropFirst().first?.1 ?? 0
        guard best.1 - second >= options.ambiguityMargin else { return nil }
        return best.0
    }
}
