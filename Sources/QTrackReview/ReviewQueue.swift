import Foundation
import QTrackAnalysis
import QTrackModel

/// The cards of a review, made from the alignment with the decisions on disk, the decisions themselves and the
/// coverage: one card per group a person decides at once. Proposed cards first, in the queue's tiers and the
/// questionnaire's order; then the reviewed ones, in the file's order.
struct ReviewQueue {
    /// The best candidate of a question without counterpart must score this much for the card to be in
    /// `suggested` rather than `noCounterpart`. Measured with the reviewer's key (docs/measurements.md): at 0.20 all
    /// 17 cards holding the key's counterpart are suggested (137 of 154 cards); 0.25 loses 2 of them.
    static let suggestionScore = 0.2

    var cards: [ReviewCard]
    /// For each question, the card that holds it (reviewed or proposed).
    var reviewedCardOf: [QuestionSide: ReviewCard]
    var proposedCardOf: [QuestionSide: ReviewCard]

    init(
        comparison: VersionComparison, decisions: ReviewedDecisions, coverage: Coverage?, links: RecommendationLinks,
        startTiers: [String: ReviewCard.Tier]
    ) {
        let old = Dictionary(comparison.old.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let new = Dictionary(comparison.new.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func question(_ side: QuestionSide) -> Question? {
            switch side {
            case .old(let id): old[id]
            case .new(let id): new[id]
            }
        }
        func cardQuestions(_ ids: [String], _ side: (String) -> QuestionSide) -> [CardQuestion] {
            ids.map { id in
                guard let found = question(side(id)) else {
                    return CardQuestion(ref: id, number: nil, section: nil, label: id, text: "(not in this version)")
                }
                return Self.cardQuestion(found)
            }
        }

        // Reviewed cards: one per group of the file.
        let groups = decisions.groups
        var reviewed: [ReviewCard] = []
        var reviewedCardOf: [QuestionSide: ReviewCard] = [:]
        let changeOf = Dictionary(
            comparison.changes.filter { $0.old != nil && $0.new != nil }.map { ("\($0.old!.id)>\($0.new!.id)", $0) },
            uniquingKeysWith: { first, _ in first })
        for group in groups {
            let kind: ReviewCard.Kind =
                switch group.kind {
                case .alone: .noCounterpart
                case .unrelated: .unrelated
                case .paired: Self.kind(old: group.old.count, new: group.new.count)
                }
            var evidence: [String] =
                switch group.kind {
                case .alone: [group.old.isEmpty ? "you said this question is new" : "you said this question was removed"]
                case .unrelated: ["you said these two are not the same question"]
                case .paired: ["you confirmed this"]
                }
            var diff: [ReviewCard.Segment] = []
            if group.kind == .paired, group.old.count == 1, group.new.count == 1, let change = changeOf["\(group.old[0])>\(group.new[0])"] {
                evidence += PlainEvidence.describe(change).filter { !$0.hasPrefix("you ") }
                diff = change.diff.map { .init(op: $0.operation.rawValue, text: $0.text) }
            }
            let note = group.entries.lazy.compactMap { decisions.note(of: $0) }.first
            let tier: ReviewCard.Tier =
                startTiers[group.id] ?? (group.kind == .paired ? .certain : .noCounterpart)
            let card = ReviewCard(
                id: group.id, kind: kind, tier: tier, state: .reviewed, old: cardQuestions(group.old, QuestionSide.old),
                new: cardQuestions(group.new, QuestionSide.new), evidence: evidence, diff: diff, candidates: [], note: note,
                recommendation: nil, links: [])
            reviewed.append(card)
            if group.kind != .unrelated {
                for side in group.questions { reviewedCardOf[side] = card }
            }
        }

        // Proposed groups: the matcher's pairs joined by shared questions, with any reviewed group they touch.
        var proposed: [(order: Int, card: ReviewCard)] = []
        var proposedCardOf: [QuestionSide: ReviewCard] = [:]
        let pairChanges = comparison.changes.enumerated().filter {
            $0.element.old != nil && $0.element.new != nil && $0.element.origin != .decision
        }
        var componentOf: [QuestionSide: Int] = [:]
        var components: [[(Int, QuestionChange)]] = []
        for (index, change) in pairChanges {
            let sides = [QuestionSide.old(change.old!.id), .new(change.new!.id)]
            let joined = Set(sides.compactMap { componentOf[$0] }).sorted()
            var target: Int
            if let first = joined.first {
                target = first
                for other in joined.dropFirst() {
                    components[target] += components[other]
                    for (_, moved) in components[other] {
                        componentOf[.old(moved.old!.id)] = target
                        componentOf[.new(moved.new!.id)] = target
                    }
                    components[other] = []
                }
            } else {
                components.append([])
                target = components.count - 1
            }
            components[target].append((index, change))
            for side in sides { componentOf[side] = target }
        }
        for members in components where !members.isEmpty {
            var oldIDs: [String] = []
            var newIDs: [String] = []
            for (_, change) in members {
                if !oldIDs.contains(change.old!.id) { oldIDs.append(change.old!.id) }
                if !newIDs.contains(change.new!.id) { newIDs.append(change.new!.id) }
            }
            // A reviewed group touched by the proposal joins it whole: confirming the card then changes no other decision.
            let touched = Set((oldIDs.map(QuestionSide.old) + newIDs.map(QuestionSide.new)).compactMap { reviewedCardOf[$0]?.id })
            for card in reviewed where touched.contains(card.id) {
                for question in card.old where !oldIDs.contains(question.ref) { oldIDs.append(question.ref) }
                for question in card.new where !newIDs.contains(question.ref) { newIDs.append(question.ref) }
            }
            let sortedOld = QuestionRefOrder.sorted(oldIDs)
            let sortedNew = QuestionRefOrder.sorted(newIDs)
            let changes = members.map(\.1)
            let certain = changes.allSatisfy { $0.certainty == .certain }
            var evidence: [String] = []
            for change in changes {
                for line in PlainEvidence.describe(change) where !evidence.contains(line) { evidence.append(line) }
            }
            let single = changes.count == 1 ? changes[0] : nil
            let card = ReviewCard(
                id: ReviewedGroup.id(kind: .paired, old: sortedOld, new: sortedNew),
                kind: Self.kind(old: sortedOld.count, new: sortedNew.count), tier: certain ? .certain : .probable, state: .proposed,
                old: cardQuestions(sortedOld, QuestionSide.old), new: cardQuestions(sortedNew, QuestionSide.new), evidence: evidence,
                diff: (single?.diff ?? []).map { .init(op: $0.operation.rawValue, text: $0.text) }, candidates: [], note: nil,
                recommendation: nil, links: [])
            proposed.append((members.map(\.0).min() ?? 0, card))
            for side in sortedOld.map(QuestionSide.old) + sortedNew.map(QuestionSide.new) { proposedCardOf[side] = card }
        }

        // Questions left without a counterpart and not reviewed: one card each, with the candidates to pick.
        var singles: [(Int, QuestionChange)] = []
        for (index, change) in comparison.changes.enumerated() where (change.old == nil) != (change.new == nil) {
            let side: QuestionSide = change.old.map { .old($0.id) } ?? .new(change.new!.id)
            if reviewedCardOf[side] == nil && proposedCardOf[side] == nil { singles.append((index, change)) }
        }
        for (index, change) in singles {
            let otherCycle = change.old != nil ? comparison.new.cycleLabel : comparison.old.cycleLabel
            let own = (change.old ?? change.new)!
            let isOld = change.old != nil
            let candidates = change.candidates.map { counterpart -> Candidate in
                let side: QuestionSide = isOld ? .new(counterpart.question.id) : .old(counterpart.question.id)
                return Candidate(
                    ref: counterpart.question.id, side: isOld ? "new" : "old", label: QuestionLabel.label(counterpart.question),
                    text: counterpart.question.fullText, score: (counterpart.score * 1000).rounded() / 1000,
                    evidence: counterpart.sharedWords.isEmpty
                        ? [] : ["shares: " + counterpart.sharedWords.prefix(5).joined(separator: ", ")],
                    reviewedIn: reviewedCardOf[side].map { Self.elsewhere($0, for: side, reviewed: true) },
                    proposedIn: proposedCardOf[side].map { Self.elsewhere($0, for: side, reviewed: false) })
            }
            let suggested = (change.candidates.first?.score ?? 0) >= Self.suggestionScore
            let id = ReviewedGroup.id(kind: .alone, old: isOld ? [own.id] : [], new: isOld ? [] : [own.id])
            let card = ReviewCard(
                id: id, kind: .noCounterpart, tier: suggested ? .suggested : .noCounterpart, state: .proposed,
                old: isOld ? [Self.cardQuestion(own)] : [], new: isOld ? [] : [Self.cardQuestion(own)],
                evidence: [Self.aloneWords(suggested: suggested, isOld: isOld, other: otherCycle)], diff: [], candidates: candidates,
                note: nil, recommendation: nil, links: [])
            proposed.append((index, card))
        }

        // Coverage: one card per recommendation that applies to the new version.
        var coverageCards: [ReviewCard] = []
        if let coverage {
            let notAsked = Dictionary(links.notAsked.map { ($0.recommendation, $0) }, uniquingKeysWith: { first, _ in first })
            let linkNotes = Dictionary(
                links.links.map { ("\($0.recommendation)>\($0.question)", $0.note) }, uniquingKeysWith: { first, _ in first })
            for item in coverage.items {
                let reviewedLinks = item.questions.filter { $0.origin == .link }
                let mark = notAsked[item.qualifiedID]
                let candidates = item.questions.filter { $0.origin == .auto }.compactMap { covering -> Candidate? in
                    guard let found = covering.question else { return nil }
                    return Candidate(
                        ref: found.id, side: "new", label: QuestionLabel.label(found), text: found.fullText,
                        score: (covering.score * 1000).rounded() / 1000, evidence: covering.reason.isEmpty ? [] : [covering.reason],
                        reviewedIn: nil, proposedIn: nil)
                }
                let card = ReviewCard(
                    id: "r:" + item.qualifiedID, kind: .link, tier: .coverage,
                    state: reviewedLinks.isEmpty && mark == nil ? .proposed : .reviewed, old: [],
                    new: reviewedLinks.compactMap { $0.question.map(Self.cardQuestion) },
                    evidence: item.status == .notAsked || reviewedLinks.isEmpty
                        ? [Self.coverageWords(item.status)] : ["you linked the questions that ask about it"],
                    diff: [], candidates: candidates, note: mark?.note,
                    recommendation: CardRecommendation(
                        ref: item.qualifiedID, year: item.set.year, title: item.recommendation.title, text: item.recommendation.text,
                        status: item.status.rawValue, subjects: item.recommendation.subjects,
                        facets: item.recommendation.facets, pillars: item.recommendation.pillars,
                        proposed: item.recommendation.proposed),
                    links: reviewedLinks.map {
                        CardLink(
                            question: $0.question.map(Self.cardQuestion), ref: $0.id, suspect: $0.suspect, broken: $0.broken,
                            note: linkNotes["\(item.qualifiedID)>\($0.id)"] ?? nil)
                    })
                coverageCards.append(card)
            }
        }

        let open = proposed.sorted { ($0.card.tier, $0.order) < ($1.card.tier, $1.order) }.map(\.card)
        cards = open + coverageCards.filter { $0.state == .proposed } + reviewed + coverageCards.filter { $0.state == .reviewed }
        self.reviewedCardOf = reviewedCardOf
        self.proposedCardOf = proposedCardOf
    }

    static func kind(old: Int, new: Int) -> ReviewCard.Kind {
        switch (old, new) {
        case (1, 1): .pair
        case (1, _): .split
        case (_, 1): .merge
        default: .group
        }
    }

    static func cardQuestion(_ question: Question) -> CardQuestion {
        CardQuestion(
            ref: question.id, number: question.number, section: question.section, label: QuestionLabel.label(question),
            text: question.fullText)
    }

    /// "already paired with Laws and Prosecution 12 — reviewed": the card's members on the other side.
    static func elsewhere(_ card: ReviewCard, for side: QuestionSide, reviewed: Bool) -> Elsewhere {
        let others: [CardQuestion]
        switch side {
        case .old: others = card.new
        case .new: others = card.old
        }
        let label = others.map(\.label).joined(separator: ", ")
        let says: String
        switch (card.kind, reviewed) {
        case (.noCounterpart, true): says = "already marked as having no counterpart — reviewed"
        case (_, true): says = "already paired with \(label) — reviewed"
        case (_, false): says = "proposed with \(label) (not yet reviewed)"
        }
        return Elsewhere(card: card.id, label: label, says: says)
    }

    /// What a card of one question says, in a reviewer's words: "No 2025 question was matched with it. The closest
    /// are below: pick the one that asks the same thing, or say there is none."
    static func aloneWords(suggested: Bool, isOld: Bool, other cycle: String) -> String {
        if suggested {
            return "No \(cycle) question was matched with it. The closest are below: pick the one that asks the same thing, "
                + "or say there is none."
        }
        return isOld
            ? "No \(cycle) question asks anything like it: it is probably no longer asked."
            : "No \(cycle) question asked anything like it: it is probably a new question."
    }

    static func coverageWords(_ status: Coverage.Status) -> String {
        switch status {
        case .covered: "questions that ask about it were found: link the right ones"
        case .weak: "only questions that touch on it were found: link one, or say it is not asked this year"
        case .uncovered: "no question asks about it: search for one, or say it is not asked this year"
        case .notAsked: "you said this year's questionnaire does not ask about it"
        }
    }
}
