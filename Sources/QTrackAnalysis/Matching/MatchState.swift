import Foundation
import QTrackBase
import QTrackModel

/// The matcher's working state: which old question is paired with which new one, and how.
struct MatchState {
    struct Link {
        var old: Int
        var new: Int
        var origin: QuestionChange.Origin
        var scores: SimilarityIndex.Scores?
        var evidence: [String]
    }

    let old: Questionnaire
    let new: Questionnaire
    let oldQuestions: [Question]
    let newQuestions: [Question]
    let oldFeatures: [TextFeatures]
    let newFeatures: [TextFeatures]
    let index: SimilarityIndex
    /// Section index of each question.
    let oldSectionOf: [Int]
    let newSectionOf: [Int]

    private(set) var links: [Link] = []
    private var oldTaken: [Bool]
    private var newTaken: [Bool]
    private var forbidden: Set<[Int]> = []
    /// For each new question, its scored candidates (old index, scores), best first.
    private var newCandidates: [Int: [(Int, SimilarityIndex.Scores)]] = [:]
    /// The same pairs from the old side: for each old question, the new ones that count it a candidate.
    private var oldCandidates: [Int: [(Int, SimilarityIndex.Scores)]] = [:]
    /// Extra members of splits (old → further new parts) and merges (new → further old parts).
    private var splitParts: [Int: [Int]] = [:]
    private var mergeParts: [Int: [Int]] = [:]

    init(old: Questionnaire, new: Questionnaire) {
        self.old = old
        self.new = new
        oldQuestions = old.questions
        newQuestions = new.questions
        oldFeatures = oldQuestions.map { TextFeatures($0.fullText) }
        newFeatures = newQuestions.map { TextFeatures($0.fullText) }
        index = SimilarityIndex(old: oldFeatures, new: newFeatures)
        oldSectionOf = old.sections.enumerated().flatMap { section in section.element.questions.map { _ in section.offset } }
        newSectionOf = new.sections.enumerated().flatMap { section in section.element.questions.map { _ in section.offset } }
        oldTaken = Array(repeating: false, count: oldQuestions.count)
        newTaken = Array(repeating: false, count: newQuestions.count)
    }

    private mutating func link(
        _ oldIndex: Int, _ newIndex: Int, _ origin: QuestionChange.Origin, scores: SimilarityIndex.Scores? = nil, evidence: [String]
    ) {
        links.append(Link(old: oldIndex, new: newIndex, origin: origin, scores: scores, evidence: evidence))
        oldTaken[oldIndex] = true
        newTaken[newIndex] = true
    }

    // MARK: Passes

    mutating func applyDecisions(_ decisions: ReviewedDecisions, file: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let oldByID = Dictionary(oldQuestions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newByID = Dictionary(newQuestions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        func resolve(_ pair: ReviewedDecisions.Pair) -> (Int, Int)? {
            guard let oldIndex = oldByID[pair.old] else {
                diagnostics.append(
                    Diagnostic(
                        .warning, "decision names old question '\(pair.old)', which \(old.file) does not have",
                        at: SourceLocation(file: file)))
                return nil
            }
            guard let newIndex = newByID[pair.new] else {
                diagnostics.append(
                    Diagnostic(
                        .warning, "decision names new question '\(pair.new)', which \(new.file) does not have",
                        at: SourceLocation(file: file)))
                return nil
            }
            return (oldIndex, newIndex)
        }
        for pair in decisions.unrelated {
            if let (oldIndex, newIndex) = resolve(pair) { forbidden.insert([oldIndex, newIndex]) }
        }
        for pair in decisions.pairs {
            guard let (oldIndex, newIndex) = resolve(pair) else { continue }
            guard !oldTaken[oldIndex], !newTaken[newIndex] else {
                diagnostics.append(
                    Diagnostic(
                        .warning, "decision pairs '\(pair.old)' with '\(pair.new)', but one of them is already paired by another decision",
                        at: SourceLocation(file: file)))
                continue
            }
            var evidence = ["paired by a reviewer's decision in \(file)"]
            if let note = pair.note { evidence.append("reviewer's note: \(note)") }
            link(oldIndex, newIndex, .decision, scores: index.scores(old: oldIndex, new: newIndex), evidence: evidence)
        }
        return diagnostics
    }

    /// Pairs questions whose texts agree under `key`, preferring the same id among duplicates.
    mutating func pairIdentical(key: KeyPath<TextFeatures, String>, origin: QuestionChange.Origin) {
        var byKey: [String: [Int]] = [:]
        for (oldIndex, features) in oldFeatures.enumerated() where !oldTaken[oldIndex] {
            byKey[features[keyPath: key], default: []].append(oldIndex)
        }
        for (newIndex, features) in newFeatures.enumerated() where !newTaken[newIndex] {
            guard var candidates = byKey[features[keyPath: key]], !candidates.isEmpty else { continue }
            candidates.removeAll { oldTaken[$0] || forbidden.contains([$0, newIndex]) }
            guard !candidates.isEmpty else { continue }
            let chosen = candidates.first { oldQuestions[$0].id == newQuestions[newIndex].id } ?? candidates[0]
            let evidence = origin == .identical ? ["identical text"] : ["identical once years and dates are masked"]
            link(chosen, newIndex, origin, scores: index.scores(old: chosen, new: newIndex), evidence: evidence)
            byKey[features[keyPath: key]] = candidates.filter { $0 != chosen }
        }
    }

    /// Best assignment of the rest: candidate pairs by score, taken greedily, then improved by swaps.
    /// A pair below `minimum` is still made when it is clear: at least `weakMinimum`, each question the
    /// other's best candidate (paired or not), no rival within `clearMargin` on either side, and a shared rare word.
    mutating func pairBySimilarity(minimum: Double, weakMinimum: Double, clearMargin: Double) {
        let sectionMap = provisionalSectionMap()
        // Only questions still free need candidates: a pair by identical text needs no runner-up.
        for newIndex in newQuestions.indices where !newTaken[newIndex] {
            var scored: [(Int, SimilarityIndex.Scores)] = []
            for oldIndex in index.candidates(forNew: newIndex) {
                scored.append((oldIndex, index.scores(old: oldIndex, new: newIndex)))
            }
            scored.sort { ($0.1.combined, $1.0) > ($1.1.combined, $0.0) }
            newCandidates[newIndex] = Array(scored.prefix(8))
        }
        for newIndex in newQuestions.indices {
            for (oldIndex, scores) in newCandidates[newIndex] ?? [] { oldCandidates[oldIndex, default: []].append((newIndex, scores)) }
        }
        // Every question's scores against all candidates, paired or not, for telling a clear weak pair:
        // a weak pair must beat even the questions already taken by stronger evidence.
        var bestOfOld: [Int: [Double]] = [:]
        var bestOfNew: [Int: [Double]] = [:]
        for (newIndex, candidates) in newCandidates {
            for (oldIndex, scores) in candidates {
                bestOfNew[newIndex, default: []].append(scores.combined)
                bestOfOld[oldIndex, default: []].append(scores.combined)
            }
        }
        func isClear(_ oldIndex: Int, _ newIndex: Int, _ score: Double) -> Bool {
            let rivalsOfNew = (bestOfNew[newIndex] ?? []).sorted(by: >)
            let rivalsOfOld = (bestOfOld[oldIndex] ?? []).sorted(by: >)
            guard rivalsOfNew.first == score, rivalsOfOld.first == score else { return false }
            let nextNew = rivalsOfNew.dropFirst().first ?? 0
            let nextOld = rivalsOfOld.dropFirst().first ?? 0
            return score - max(nextNew, nextOld) >= clearMargin
        }
        var edges: [(score: Double, old: Int, new: Int, scores: SimilarityIndex.Scores)] = []
        for (newIndex, candidates) in newCandidates where !newTaken[newIndex] {
            for (oldIndex, scores) in candidates where !oldTaken[oldIndex] && !forbidden.contains([oldIndex, newIndex]) {
                guard
                    scores.combined >= minimum
                        || (scores.combined >= weakMinimum && isClear(oldIndex, newIndex, scores.combined)
                            && index.shareDistinctiveWord(old: oldIndex, new: newIndex))
                else { continue }
                edges.append((scores.combined + contextBonus(oldIndex, newIndex, sectionMap: sectionMap), oldIndex, newIndex, scores))
            }
        }
        edges.sort { ($0.score, $1.old, $1.new) > ($1.score, $0.old, $0.new) }
        var chosen: [Int: (old: Int, score: Double, scores: SimilarityIndex.Scores)] = [:]
        var oldUsed: [Int: Int] = [:]
        for edge in edges where chosen[edge.new] == nil && oldUsed[edge.old] == nil {
            chosen[edge.new] = (edge.old, edge.score, edge.scores)
            oldUsed[edge.old] = edge.new
        }
        improveBySwaps(&chosen, &oldUsed, edges: edges)
        for newIndex in chosen.keys.sorted() {
            let pick = chosen[newIndex]!
            var evidence = explain(pick.old, newIndex, pick.scores, sectionMap: sectionMap)
            if pick.scores.combined < minimum {
                evidence.append(String(format: "below %.2f, but each is the other's clear best match and they share a rare word", minimum))
            }
            link(pick.old, newIndex, .similarity, scores: pick.scores, evidence: evidence)
        }
    }

    /// Two chosen pairs trade partners when the trade raises their total score (a 2-opt pass).
    private func improveBySwaps(
        _ chosen: inout [Int: (old: Int, score: Double, scores: SimilarityIndex.Scores)], _ oldUsed: inout [Int: Int],
        edges: [(score: Double, old: Int, new: Int, scores: SimilarityIndex.Scores)]
    ) {
        var edgeScore: [[Int]: (Double, SimilarityIndex.Scores)] = [:]
        for edge in edges { edgeScore[[edge.old, edge.new]] = (edge.score, edge.scores) }
        for _ in 0..<3 {
            var improved = false
            for edge in edges {
                guard let current = chosen[edge.new], current.old != edge.old, let otherNew = oldUsed[edge.old],
                    let otherPair = chosen[otherNew], let crossing = edgeScore[[current.old, otherNew]]
                else { continue }
                let before = current.score + otherPair.score
                let after = edge.score + crossing.0
                if after > before + 1e-9 {
                    chosen[edge.new] = (edge.old, edge.score, edge.scores)
                    chosen[otherNew] = (current.old, crossing.0, crossing.1)
                    oldUsed[edge.old] = edge.new
                    oldUsed[current.old] = otherNew
                    improved = true
                }
            }
            if !improved { break }
        }
    }

    /// A little credit for staying in the corresponding section, and for keeping the number there.
    private func contextBonus(_ oldIndex: Int, _ newIndex: Int, sectionMap: [Int: Int]) -> Double {
        guard let mapped = sectionMap[oldSectionOf[oldIndex]], mapped == newSectionOf[newIndex] else { return 0 }
        return oldQuestions[oldIndex].number == newQuestions[newIndex].number ? 0.05 : 0.03
    }

    /// Old section → new section, by where the pairs made so far went, or by equal titles.
    func provisionalSectionMap() -> [Int: Int] {
        guard old.hasSections, new.hasSections else { return [:] }
        var votes: [Int: [Int: Int]] = [:]
        for link in links {
            votes[oldSectionOf[link.old], default: [:]][newSectionOf[link.new], default: 0] += 1
        }
        var map: [Int: Int] = [:]
        for (oldSection, counts) in votes {
            if let best = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) { map[oldSection] = best.key }
        }
        for (oldSection, section) in old.sections.enumerated() where map[oldSection] == nil {
            let title = TextNormalizer.comparable(section.title ?? "")
            if let match = new.sections.firstIndex(where: { TextNormalizer.comparable($0.title ?? "") == title }) {
                map[oldSection] = match
            }
        }
        return map
    }

    private func explain(_ oldIndex: Int, _ newIndex: Int, _ scores: SimilarityIndex.Scores, sectionMap: [Int: Int]) -> [String] {
        var evidence = [
            String(format: "similarity %.2f (words %.2f, characters %.2f)", scores.combined, scores.words, scores.characters),
            "shared words: " + index.sharedWords(old: oldIndex, new: newIndex).joined(separator: ", "),
        ]
        if contextBonus(oldIndex, newIndex, sectionMap: sectionMap) > 0 { evidence.append("in the corresponding section") }
        return evidence
    }

    /// Leftover questions whose words sit inside a question of the other version: one old question
    /// made into several new ones (split), or several old ones made into one (merge).
    mutating func findSplitsAndMerges() {
        let oldToNew = Dictionary(links.map { ($0.old, $0.new) }, uniquingKeysWith: { first, _ in first })
        let newToOld = Dictionary(links.map { ($0.new, $0.old) }, uniquingKeysWith: { first, _ in first })

        var splitGroups: [Int: [Int]] = [:]
        for newIndex in newQuestions.indices where !newTaken[newIndex] {
            let containers = (newCandidates[newIndex] ?? []).map(\.0).filter { !forbidden.contains([$0, newIndex]) }
            if let oldIndex = bestContainer(of: newFeatures[newIndex], among: containers, features: oldFeatures) {
                splitGroups[oldIndex, default: []].append(newIndex)
            }
        }
        for (oldIndex, parts) in splitGroups.sorted(by: { $0.key < $1.key }) {
            let main = oldToNew[oldIndex]
            let pieces = (main.map { [$0] } ?? []) + parts
            guard pieces.count >= 2, covers(oldFeatures[oldIndex], with: pieces.map { newFeatures[$0] }) else { continue }
            for part in parts { newTaken[part] = true }
            if main == nil {
                link(oldIndex, parts[0], .splitOrMerge, scores: index.scores(old: oldIndex, new: parts[0]), evidence: [])
                splitParts[oldIndex] = Array(parts.dropFirst())
            } else {
                splitParts[oldIndex] = parts
            }
        }

        var mergeGroups: [Int: [Int]] = [:]
        for oldIndex in oldQuestions.indices where !oldTaken[oldIndex] {
            let containers = (oldCandidates[oldIndex] ?? []).map(\.0).filter { !forbidden.contains([oldIndex, $0]) }
            if let newIndex = bestContainer(of: oldFeatures[oldIndex], among: containers, features: newFeatures) {
                mergeGroups[newIndex, default: []].append(oldIndex)
            }
        }
        for (newIndex, parts) in mergeGroups.sorted(by: { $0.key < $1.key }) {
            let main = newToOld[newIndex]
            guard main != nil || !newTaken[newIndex] else { continue }
            let pieces = (main.map { [$0] } ?? []) + parts
            guard pieces.count >= 2, covers(newFeatures[newIndex], with: pieces.map { oldFeatures[$0] }) else { continue }
            for part in parts { oldTaken[part] = true }
            if main == nil {
                link(parts[0], newIndex, .splitOrMerge, scores: index.scores(old: parts[0], new: newIndex), evidence: [])
                mergeParts[newIndex] = Array(parts.dropFirst())
            } else {
                mergeParts[newIndex] = parts
            }
        }
    }

    /// The candidate that holds most of `part`'s words (at least 80%); a single word proves nothing.
    private func bestContainer(of part: TextFeatures, among candidates: [Int], features: [TextFeatures]) -> Int? {
        guard part.wordSet.count >= 2 else { return nil }
        var best: (index: Int, containment: Double)?
        for candidate in candidates {
            let containment = index.containment(of: part, in: features[candidate].wordSet)
            if containment >= 0.8, containment > (best?.containment ?? 0) { best = (candidate, containment) }
        }
        return best?.index
    }

    /// True when the pieces together carry most of the whole's words.
    private func covers(_ whole: TextFeatures, with pieces: [TextFeatures]) -> Bool {
        let union = pieces.reduce(into: Set<String>()) { $0.formUnion($1.wordSet) }
        return index.containment(of: whole, in: union) >= 0.6
    }

    // MARK: Result

    func comparison(ambiguityMargin: Double, diagnostics: [Diagnostic]) -> VersionComparison {
        let sectionMap = finalSectionMap()
        let splitOld = Set(splitParts.filter { !$0.value.isEmpty }.keys)
        let mergedNew = Set(mergeParts.filter { !$0.value.isEmpty }.keys)
        var entries: [(key: Double, change: QuestionChange)] = []
        var newIndexOfOld: [Int: Int] = [:]

        func pairChange(
            _ oldIndex: Int, _ newIndex: Int, origin: QuestionChange.Origin, scores: SimilarityIndex.Scores?, evidence: [String],
            structural: ChangeKind?
        ) -> QuestionChange {
            let oldQuestion = oldQuestions[oldIndex]
            let newQuestion = newQuestions[newIndex]
            var kinds: [ChangeKind] = []
            if let structural { kinds.append(structural) }
            let a = oldFeatures[oldIndex]
            let b = newFeatures[newIndex]
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
            if structural != .split && structural != .merged {
                kinds += positionKinds(oldIndex, newIndex, sectionMap: sectionMap)
            }
            if kinds.isEmpty { kinds = [.unchanged] }
            let similarity = origin == .identical ? 1 : (scores?.combined ?? 0)
            let (confidence, ambiguous, runnerUp) = certainty(
                oldIndex, newIndex, origin: origin, similarity: similarity, margin: ambiguityMargin)
            var allEvidence = evidence
            if let runnerUp { allEvidence.append(runnerUp) }
            return QuestionChange(
                kinds: kinds, old: oldQuestion, new: newQuestion, similarity: similarity, confidence: confidence, ambiguous: ambiguous,
                origin: origin, evidence: allEvidence,
                diff: textChanged ? WordDiff.segments(old: oldQuestion.fullText, new: newQuestion.fullText) : [])
        }

        for link in links {
            newIndexOfOld[link.old] = link.new
            var structural: ChangeKind?
            var evidence = link.evidence
            if splitOld.contains(link.old) {
                structural = .split
                evidence.append("one of \(1 + (splitParts[link.old]?.count ?? 0)) questions made from old \(oldQuestions[link.old].id)")
            } else if mergedNew.contains(link.new) {
                structural = .merged
                evidence.append(
                    "one of \(1 + (mergeParts[link.new]?.count ?? 0)) old questions merged into new \(newQuestions[link.new].id)")
            }
            let change = pairChange(
                link.old, link.new, origin: link.origin, scores: link.scores, evidence: evidence, structural: structural)
            entries.append((Double(link.new), change))
        }
        for (oldIndex, parts) in splitParts {
            for part in parts {
                let containment = index.containment(of: newFeatures[part], in: oldFeatures[oldIndex].wordSet)
                let evidence = [String(format: "%.0f%% of its words come from old %@", containment * 100, oldQuestions[oldIndex].id)]
                entries.append(
                    (
                        Double(part),
                        pairChange(
                            oldIndex, part, origin: .splitOrMerge, scores: index.scores(old: oldIndex, new: part), evidence: evidence,
                            structural: .split)
                    ))
            }
        }
        for (newIndex, parts) in mergeParts {
            for part in parts {
                newIndexOfOld[part] = newIndex
                let containment = index.containment(of: oldFeatures[part], in: newFeatures[newIndex].wordSet)
                let evidence = [String(format: "%.0f%% of its words went into new %@", containment * 100, newQuestions[newIndex].id)]
                entries.append(
                    (
                        Double(newIndex) + 0.1,
                        pairChange(
                            part, newIndex, origin: .splitOrMerge, scores: index.scores(old: part, new: newIndex), evidence: evidence,
                            structural: .merged)
                    ))
            }
        }
        for newIndex in newQuestions.indices where !newTaken[newIndex] {
            let change = QuestionChange(
                kinds: [.added], old: nil, new: newQuestions[newIndex], similarity: 0, confidence: 1, origin: .none,
                evidence: closestMiss(forNew: newIndex))
            entries.append((Double(newIndex), change))
        }
        // A removed question stands after the new position of the question that preceded it.
        var anchor = -1.0
        for oldIndex in oldQuestions.indices {
            if let placed = newIndexOfOld[oldIndex] {
                anchor = Double(placed)
                continue
            }
            guard !oldTaken[oldIndex] else { continue }
            let change = QuestionChange(
                kinds: [.removed], old: oldQuestions[oldIndex], new: nil, similarity: 0, confidence: 1, origin: .none)
            entries.append((anchor + 0.5 + Double(oldIndex) / 1_000_000, change))
        }
        let ordered = entries.enumerated().sorted { ($0.element.key, $0.offset) < ($1.element.key, $1.offset) }.map(\.element.change)
        return VersionComparison(
            old: old, new: new, changes: ordered, sectionChanges: sectionChanges(sectionMap), headerChanges: headerChanges(),
            diagnostics: diagnostics)
    }

    private func positionKinds(_ oldIndex: Int, _ newIndex: Int, sectionMap: [Int: Int]) -> [ChangeKind] {
        if old.hasSections && new.hasSections && sectionMap[oldSectionOf[oldIndex]] != newSectionOf[newIndex] {
            return [.moved]
        }
        return oldQuestions[oldIndex].number == newQuestions[newIndex].number ? [] : [.renumbered]
    }

    /// Confidence from the similarity and the distance to the best alternative for either question.
    private func certainty(_ oldIndex: Int, _ newIndex: Int, origin: QuestionChange.Origin, similarity: Double, margin: Double) -> (
        Double, Bool, String?
    ) {
        switch origin {
        case .decision, .identical: return (1, false, nil)
        case .dateMasked: return (0.98, false, nil)
        default: break
        }
        var best: (id: String, score: Double)?
        for (candidate, scores) in newCandidates[newIndex] ?? [] where candidate != oldIndex {
            if scores.combined > (best?.score ?? -1) { best = ("old \(oldQuestions[candidate].id)", scores.combined) }
        }
        for (other, scores) in oldCandidates[oldIndex] ?? [] where other != newIndex && scores.combined > (best?.score ?? -1) {
            best = ("new \(newQuestions[other].id)", scores.combined)
        }
        guard let best else { return (min(1, similarity + 0.2), false, "no other candidate") }
        let gap = similarity - best.score
        let confidence = max(0, min(1, similarity + 0.2) * min(1, 0.5 + gap * 4))
        let note = String(format: "runner-up %@ at %.2f", best.id, best.score)
        return ((confidence * 1000).rounded() / 1000, gap < margin, note)
    }

    private func closestMiss(forNew newIndex: Int) -> [String] {
        guard let (oldIndex, scores) = newCandidates[newIndex]?.first else { return ["no similar question in the old version"] }
        return [
            String(
                format: "closest old question %@ at %.2f, too weak or not clear enough to pair", oldQuestions[oldIndex].id, scores.combined)
        ]
    }

    /// Old section → new section, by majority of the final pairs, each new section used once.
    private func finalSectionMap() -> [Int: Int] {
        guard old.hasSections, new.hasSections else { return [:] }
        var votes: [(count: Int, old: Int, new: Int)] = []
        var counts: [[Int]: Int] = [:]
        for link in links { counts[[oldSectionOf[link.old], newSectionOf[link.new]], default: 0] += 1 }
        for (key, count) in counts { votes.append((count, key[0], key[1])) }
        votes.sort { ($0.count, $1.old, $1.new) > ($1.count, $0.old, $0.new) }
        var map: [Int: Int] = [:]
        var usedNew: Set<Int> = []
        for vote in votes where map[vote.old] == nil && !usedNew.contains(vote.new) {
            map[vote.old] = vote.new
            usedNew.insert(vote.new)
        }
        for (oldSection, section) in old.sections.enumerated() where map[oldSection] == nil {
            let title = TextNormalizer.comparable(section.title ?? "")
            if let match = new.sections.indices.first(where: {
                !usedNew.contains($0) && TextNormalizer.comparable(new.sections[$0].title ?? "") == title
            }) {
                map[oldSection] = match
                usedNew.insert(match)
            }
        }
        return map
    }

    private func sectionChanges(_ map: [Int: Int]) -> [SectionChange] {
        var changes: [SectionChange] = []
        let oldTitled = old.hasSections
        let newTitled = new.hasSections
        for (oldSection, section) in old.sections.enumerated() where oldTitled {
            if let target = map[oldSection] {
                let newTitle = new.sections[target].title
                if TextNormalizer.comparable(section.title ?? "") != TextNormalizer.comparable(newTitle ?? "") {
                    changes.append(SectionChange(kind: .renamed, oldTitle: section.title, newTitle: newTitle))
                }
            } else {
                changes.append(SectionChange(kind: .removed, oldTitle: section.title, newTitle: nil))
            }
        }
        let targets = Set(map.values)
        for (newSection, section) in new.sections.enumerated() where newTitled && !targets.contains(newSection) {
            changes.append(SectionChange(kind: .added, oldTitle: nil, newTitle: section.title))
        }
        // Reordered: mapped sections outside the longest run that kept its relative order.
        let mapped = map.sorted { $0.key < $1.key }
        let kept = Set(Self.longestIncreasing(mapped.map(\.value)))
        for (oldSection, newSection) in mapped where !kept.contains(newSection) {
            changes.append(
                SectionChange(kind: .reordered, oldTitle: old.sections[oldSection].title, newTitle: new.sections[newSection].title))
        }
        return changes
    }

    /// The values of a longest strictly increasing subsequence.
    static func longestIncreasing(_ values: [Int]) -> [Int] {
        guard !values.isEmpty else { return [] }
        var lengths = Array(repeating: 1, count: values.count)
        var previous = Array(repeating: -1, count: values.count)
        for i in values.indices {
            for j in 0..<i where values[j] < values[i] && lengths[j] + 1 > lengths[i] {
                lengths[i] = lengths[j] + 1
                previous[i] = j
            }
        }
        var index = lengths.indices.max { lengths[$0] < lengths[$1] }!
        var result: [Int] = []
        while index >= 0 {
            result.append(values[index])
            index = previous[index]
        }
        return result.reversed()
    }

    private func headerChanges() -> [HeaderChange] {
        var changes: [HeaderChange] = []
        if old.cycle != new.cycle {
            changes.append(HeaderChange(field: .cycle, old: old.cycle?.description, new: new.cycle?.description))
        }
        let oldPeriod = old.reportingPeriod.map { "\($0.start) to \($0.end)" }
        let newPeriod = new.reportingPeriod.map { "\($0.start) to \($0.end)" }
        if oldPeriod != newPeriod { changes.append(HeaderChange(field: .reportingPeriod, old: oldPeriod, new: newPeriod)) }
        if old.deadline != new.deadline { changes.append(HeaderChange(field: .deadline, old: old.deadline, new: new.deadline)) }
        return changes
    }
}
