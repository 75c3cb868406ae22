import Foundation
import QTrackBase
import QTrackModel

/// Turns the finished alignment into the comparison users see: each pair with its kinds, similarity,
/// confidence and evidence, added and removed questions in the new version's order.
struct ComparisonBuilder {
    let features: VersionFeatures
    let candidates: CandidateTable
    let alignment: Alignment
    let context: PairContext
    let options: MatchingOptions

    func build(diagnostics: [Diagnostic]) -> VersionComparison {
        let sectionMap = SectionMapping.map(features, links: alignment.links, oneToOne: true)
        // The pairs in parts on every core, while one part does the rest, which asks the similarity memo and the
        // written forms (not shared between threads); the pairs read only the finished alignment and candidates.
        let pairParts = Parallel.ranges(alignment.links.count, parts: 64)
        let splitOld = Set(alignment.splitParts.filter { !$0.value.isEmpty }.keys)
        let mergedNew = Set(alignment.mergeParts.filter { !$0.value.isEmpty }.keys)
        let parts = Parallel.map(1 + pairParts.count) { part in
            part == 0
                ? splitParts(sectionMap) + mergedParts(sectionMap) + added() + removed()
                : pairs(alignment.links[pairParts[part - 1]], splitOld: splitOld, mergedNew: mergedNew, sectionMap)
        }
        // The pairs first, then the rest, as they were made; equal places keep that order. Sorted by their places
        // alone, so that each change is copied once, into its place.
        let made = (parts.indices.dropFirst() + [0]).flatMap { part in parts[part].indices.map { (part: part, offset: $0) } }
        let orders = made.map { parts[$0.part][$0.offset].order }
        let ordered = orders.indices.sorted { (orders[$0], $0) < (orders[$1], $1) }.map { parts[made[$0].part][made[$0].offset].change }
        BackgroundRelease.release(consume parts)
        return VersionComparison(
            old: features.old, new: features.new, changes: ordered,
            sectionChanges: SectionChanges.between(features.old, features.new, map: sectionMap),
            headerChanges: SectionChanges.header(features.old, features.new), diagnostics: diagnostics)
    }

    private typealias Entry = (order: ChangeOrder, change: QuestionChange)

    /// The aligned pairs; one made from an old question that was split, or into a new one old questions
    /// were merged into, says so.
    /// `splitOld` and `mergedNew` are the old questions split and the new ones merged into, with further parts.
    private func pairs(_ links: ArraySlice<Alignment.Link>, splitOld: Set<Int>, mergedNew: Set<Int>, _ sectionMap: [Int: Int]) -> [Entry] {
        return links.map { link in
            var structural: ChangeKind?
            var evidence = link.evidence
            if splitOld.contains(link.pair.old) {
                structural = .split
                let count = 1 + (alignment.splitParts[link.pair.old]?.count ?? 0)
                evidence.append("one of \(count) questions made from old \(features.oldQuestions[link.pair.old].id)")
            } else if mergedNew.contains(link.pair.new) {
                structural = .merged
                let count = 1 + (alignment.mergeParts[link.pair.new]?.count ?? 0)
                evidence.append("one of \(count) old questions merged into new \(features.newQuestions[link.pair.new].id)")
            }
            let change = pairChange(
                link.pair, origin: link.origin, scores: link.scores, evidence: evidence, structural: structural, certainty: link.certainty,
                sectionMap)
            return (ChangeOrder.at(new: link.pair.new), change)
        }
    }

    /// The further new questions each split old question was made into.
    private func splitParts(_ sectionMap: [Int: Int]) -> [Entry] {
        alignment.splitParts.flatMap { oldIndex, parts in
            parts.map { part in
                let containment = features.index.containment(ofNew: part, inOld: oldIndex)
                let words = String(format: "%.0f%% of its words come from old %@", containment * 100, features.oldQuestions[oldIndex].id)
                let change = structuralPart(IndexPair(oldIndex, part), .split, words: words, sectionMap)
                return (ChangeOrder.at(new: part), change)
            }
        }
    }

    /// The further old questions merged into each new question.
    private func mergedParts(_ sectionMap: [Int: Int]) -> [Entry] {
        alignment.mergeParts.flatMap { newIndex, parts in
            parts.map { part in
                let containment = features.index.containment(ofOld: part, inNew: newIndex)
                let words = String(format: "%.0f%% of its words went into new %@", containment * 100, features.newQuestions[newIndex].id)
                let change = structuralPart(IndexPair(part, newIndex), .merged, words: words, sectionMap)
                return (ChangeOrder.merged(into: newIndex), change)
            }
        }
    }

    /// A split or merge part: found by containment, recorded by a reviewer, or probable on weaker evidence.
    private func structuralPart(_ pair: IndexPair, _ kind: ChangeKind, words: String, _ sectionMap: [Int: Int]) -> QuestionChange {
        let probable = alignment.probableParts.contains(pair)
        let decided = alignment.decidedParts.contains(pair)
        let recorded = kind == .split ? "split recorded by a reviewer's decision" : "merge recorded by a reviewer's decision"
        let evidence = (decided ? [recorded] : []) + [words] + (probable ? probableEvidence(pair) : [])
        return pairChange(
            pair, origin: decided ? .decision : .splitOrMerge, scores: features.scores(pair), evidence: evidence, structural: kind,
            certainty: probable ? .probable : .certain, sectionMap)
    }

    /// The new questions with no counterpart, each with its likeliest old ones.
    private func added() -> [Entry] {
        features.newQuestions.indices.filter { !alignment.newTaken[$0] }.map { newIndex in
            let alone = alignment.aloneNew.contains(newIndex)
            let change = QuestionChange(
                kinds: [.added], old: nil, new: features.newQuestions[newIndex], similarity: 0, confidence: 1,
                origin: alone ? .decision : .none, evidence: alone ? ["new, by a reviewer's decision"] : closestMiss(forNew: newIndex),
                candidates: counterparts(ofNew: newIndex))
            return (ChangeOrder.at(new: newIndex), change)
        }
    }

    /// The old questions with no counterpart, each after the new place of the old question before it.
    private func removed() -> [Entry] {
        var newIndexOfOld: [Int: Int] = [:]
        for link in alignment.links { newIndexOfOld[link.pair.old] = link.pair.new }
        for (newIndex, parts) in alignment.mergeParts {
            for part in parts { newIndexOfOld[part] = newIndex }
        }
        var anchor = -1
        var entries: [Entry] = []
        for oldIndex in features.oldQuestions.indices {
            if let placed = newIndexOfOld[oldIndex] {
                anchor = placed
                continue
            }
            guard !alignment.oldTaken[oldIndex] else { continue }
            let alone = alignment.aloneOld.contains(oldIndex)
            let change = QuestionChange(
                kinds: [.removed], old: features.oldQuestions[oldIndex], new: nil, similarity: 0, confidence: 1,
                origin: alone ? .decision : .none, evidence: alone ? ["removed, by a reviewer's decision"] : [],
                candidates: counterparts(ofOld: oldIndex))
            entries.append((ChangeOrder.removed(oldIndex, after: anchor), change))
        }
        return entries
    }

    private func pairChange(
        _ pair: IndexPair, origin: QuestionChange.Origin, scores: SimilarityIndex.Scores?, evidence: [String], structural: ChangeKind?,
        certainty: Certainty, _ sectionMap: [Int: Int]
    ) -> QuestionChange {
        let oldQuestion = features.oldQuestions[pair.old]
        let newQuestion = features.newQuestions[pair.new]
        var kinds: [ChangeKind] = []
        if let structural { kinds.append(structural) }
        let a = features.oldFeatures[pair.old]
        let b = features.newFeatures[pair.new]
        let textChanged = oldQuestion.fullText != newQuestion.fullText
        if textChanged {
            if a.punctuationFree == b.punctuationFree {
                kinds.append(.cosmetic)
            } else if a.dateMasked == b.dateMasked {
                kinds.append(.dateShift)
            } else {
                kinds.append(.reworded)
            }
        }
        var optionEvidence: [String] = []
        if oldQuestion.options != newQuestion.options {
            if !kinds.contains(.reworded) { kinds.append(.optionsChanged) }
            let added = newQuestion.options.filter { !oldQuestion.options.contains($0) }
            let removed = oldQuestion.options.filter { !newQuestion.options.contains($0) }
            var parts: [String] = []
            if !added.isEmpty { parts.append("added " + added.joined(separator: " / ")) }
            if !removed.isEmpty { parts.append("removed " + removed.joined(separator: " / ")) }
            optionEvidence.append("options changed" + (parts.isEmpty ? ": reordered" : ": " + parts.joined(separator: "; ")))
        }
        if structural != .split && structural != .merged {
            kinds += positionKinds(pair, sectionMap)
        }
        if kinds.isEmpty { kinds = [.unchanged] }
        let similarity = origin == .identical ? 1 : (scores?.combined ?? 0)
        let (confidence, ambiguous, runnerUp) = confidence(pair, origin: origin, similarity: similarity)
        var allEvidence = evidence + optionEvidence
        if let runnerUp { allEvidence.append(runnerUp) }
        // A pair whose runner-up came close is for a person to confirm, however it was made.
        let reported: Certainty = ambiguous && origin != .decision ? .probable : certainty
        return QuestionChange(
            kinds: kinds, old: oldQuestion, new: newQuestion, similarity: similarity, confidence: confidence, ambiguous: ambiguous,
            origin: origin, evidence: allEvidence,
            diff: textChanged ? WordDiff.segments(old: oldQuestion.fullText, new: newQuestion.fullText) : [], certainty: reported)
    }

    private func positionKinds(_ pair: IndexPair, _ sectionMap: [Int: Int]) -> [ChangeKind] {
        if features.old.hasSections && features.new.hasSections
            && sectionMap[features.oldSectionOf[pair.old]] != features.newSectionOf[pair.new]
        {
            return [.moved]
        }
        return features.oldQuestions[pair.old].number == features.newQuestions[pair.new].number ? [] : [.renumbered]
    }

    /// Confidence from the similarity and the distance to the best alternative for either question.
    private func confidence(_ pair: IndexPair, origin: QuestionChange.Origin, similarity: Double) -> (Double, Bool, String?) {
        switch origin {
        case .decision, .identical: return (1, false, nil)
        case .dateMasked: return (options.dateMaskedConfidence, false, nil)
        default: break
        }
        var best: (id: String, score: Double)?
        for (candidate, scores) in candidates.forNew[pair.new] ?? [] where candidate != pair.old {
            if scores.combined > (best?.score ?? -1) { best = ("old \(features.oldQuestions[candidate].id)", scores.combined) }
        }
        for (other, scores) in candidates.forOld[pair.old] ?? [] where other != pair.new && scores.combined > (best?.score ?? -1) {
            best = ("new \(features.newQuestions[other].id)", scores.combined)
        }
        guard let best else { return (min(1, similarity + 0.2), false, "no other candidate") }
        // Similarity lifted a little, then scaled down as the runner-up comes closer (a gap of 0.125 keeps it whole).
        let gap = similarity - best.score
        let confidence = max(0, min(1, similarity + 0.2) * min(1, 0.5 + gap * 4))
        let note = String(format: "runner-up %@ at %.2f", best.id, best.score)
        return ((confidence * 1000).rounded() / 1000, gap < options.ambiguityMargin, note)
    }

    /// Why a split or merge part found on weaker evidence is probable: its similarity and its context.
    private func probableEvidence(_ pair: IndexPair) -> [String] {
        let scores = features.scores(pair)
        return [
            String(
                format: "probable: similarity %.2f, shared words: %@", scores.combined,
                features.sharedWords(pair).joined(separator: ", "))
        ] + context.reasons(pair)
    }

    /// The old questions an added one most likely comes from, paired or not, best first.
    private func counterparts(ofNew newIndex: Int) -> [Counterpart] {
        suggestions(
            features.index.candidates(forNew: newIndex, limit: options.candidatesLookedUp), pair: { IndexPair($0, newIndex) },
            question: { features.oldQuestions[$0] })
    }

    /// The new questions a removed one most likely went to, paired or not, best first.
    private func counterparts(ofOld oldIndex: Int) -> [Counterpart] {
        suggestions(
            features.index.candidates(forOld: oldIndex, limit: options.candidatesLookedUp), pair: { IndexPair(oldIndex, $0) },
            question: { features.newQuestions[$0] })
    }

    /// The best few candidates above the floor of a suggestion, scored with their context; ties go to the earlier question.
    private func suggestions(_ candidates: [Int], pair: (Int) -> IndexPair, question: (Int) -> Question) -> [Counterpart] {
        let scored = candidates.map { ($0, context.score(pair($0))) }.filter { $0.1 >= options.suggestionFloor }
        return scored.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(options.suggestionsShown).map { index, score in
            let pair = pair(index)
            return Counterpart(
                question: question(index), score: (score * 1000).rounded() / 1000,
                sharedWords: features.sharedWords(pair, limit: 4))
        }
    }

    private func closestMiss(forNew newIndex: Int) -> [String] {
        guard let (oldIndex, scores) = candidates.forNew[newIndex]?.first else { return ["no similar question in the old version"] }
        return [
            String(
                format: "closest old question %@ at %.2f, too weak or not clear enough to pair", features.oldQuestions[oldIndex].id,
                scores.combined)
        ]
    }
}
