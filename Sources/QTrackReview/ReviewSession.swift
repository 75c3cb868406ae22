import Foundation
public import QTrackAnalysis
public import QTrackModel
import QTrackReports
public import QTrackWorkspace

/// One review of two versions: the decisions and links files it edits, the queue of cards it recomputes after
/// each decision, and what undo takes back. An actor: this server's requests are taken one at a time; other
/// processes are kept out by the Mappings lock, and every decision is read–merge–written under it, so that a
/// change made on disk meanwhile (an editor, a `git pull`, another server) is built upon, never overwritten.
public actor ReviewSession {
    public let old: Questionnaire
    public let new: Questionnaire
    public let decisionsFile: String
    /// The new cycle's reviewed coverage links, and the recommendations that apply to it.
    public let linksFile: String
    /// Re-read after a tag edit, so that coverage uses the tags as the file has them.
    var recommendations: [RecommendationSet]
    let vocabulary: Vocabulary
    /// The routing part, when the review has agencies to route to.
    let routing: ReviewRouting?
    /// What each route decision of this run changed, newest last.
    var routesUndoStack: [RouteUndo] = []
    /// What each tag decision of this run changed, newest last.
    var tagsUndoStack: [(file: String, before: TagListState)] = []
    /// What each decision of this run did to the decisions file, newest last: undo takes back the last one.
    private var undoStack: [AppliedEdit<DecisionEntry>] = []
    /// The same for the links file.
    private var linksUndoStack: [AppliedEdit<RecommendationLinks.Entry>] = []
    /// The last comparison and the decisions it was made with: the queue, the alignment and the routes of one
    /// state of the file are worked out once (the matcher is the slow part of every answer).
    private var memo: (decisions: ReviewedDecisions, comparison: VersionComparison)?
    /// The queue's cards when the session started: the total the page shows never moves.
    private var start: [StartCard]?

    /// A card of the starting queue, with what settles it.
    struct StartCard {
        var id: String
        var tier: ReviewCard.Tier
        var old: [String]
        var new: [String]
        var recommendation: String?
    }

    public init(
        old: Questionnaire, new: Questionnaire, decisionsFile: String, linksFile: String, vocabulary: Vocabulary,
        recommendations: [RecommendationSet], routing: ReviewRouting? = nil
    ) {
        self.old = old
        self.new = new
        self.decisionsFile = decisionsFile
        self.linksFile = linksFile
        self.vocabulary = vocabulary
        self.recommendations = recommendations.filter { $0.applies(to: new.cycle) }
        self.routing = routing
    }

    /// The review `ReviewSetup` prepared: its two versions, files, vocabulary and recommendations.
    public init(_ setup: ReviewSetup.Result) {
        self.init(
            old: setup.old, new: setup.new, decisionsFile: setup.decisionsFile, linksFile: setup.linksFile, vocabulary: setup.vocabulary,
            recommendations: setup.recommendations,
            routing: setup.agencies.agencies.isEmpty
                ? nil : ReviewRouting(directory: setup.agencies, oldRoutesFile: setup.oldRoutesFile, routesFile: setup.routesFile))
    }

    // MARK: Reading

    /// The decisions on disk, or none yet.
    func decisions() throws -> ReviewedDecisions {
        guard FileManager.default.fileExists(atPath: decisionsFile) else {
            return ReviewedDecisions(old: old.cycleLabel, new: new.cycleLabel)
        }
        return try ReviewedDecisions.load(path: decisionsFile)
    }

    /// The links on disk, or none yet.
    func links() throws -> RecommendationLinks {
        guard FileManager.default.fileExists(atPath: linksFile) else { return RecommendationLinks(cycle: new.cycleLabel, links: []) }
        return try RecommendationLinks.load(path: linksFile)
    }

    /// The comparison as `qtrack diff` makes it with the decisions on disk.
    public func comparison() throws -> VersionComparison {
        try comparison(with: decisions())
    }

    func comparison(with decisions: ReviewedDecisions) -> VersionComparison {
        if let memo, memo.decisions == decisions { return memo.comparison }
        let comparison = VersionMatcher(decisions: decisions, decisionsFile: decisionsFile, vocabulary: vocabulary).compare(old, new)
        memo = (decisions, comparison)
        return comparison
    }

    func coverage(with links: RecommendationLinks) -> Coverage? {
        guard !recommendations.isEmpty else { return nil }
        return CoverageAnalyzer(vocabulary: vocabulary).analyze(new, sets: recommendations, links: links, linksFile: linksFile)
    }

    /// `GET /api/alignment`: the `diff --format json` document.
    public func alignmentJSON() throws -> String {
        DiffReport(try comparison()).json()
    }

    /// `GET /api/coverage`: the `coverage --format json` document of the new version, with the reviewed links.
    public func coverageJSON() throws -> String {
        let coverage = CoverageAnalyzer(vocabulary: vocabulary).analyze(
            new, sets: recommendations, links: try links(), linksFile: linksFile)
        return CoverageReport(coverage).json()
    }

    /// The cards as the files are now; the first call fixes the session's starting queue.
    func currentQueue() throws -> ReviewQueue {
        let decisions = try decisions()
        let links = try links()
        let tiers = Dictionary((start ?? []).map { ($0.id, $0.tier) }, uniquingKeysWith: { first, _ in first })
        let queue = ReviewQueue(
            comparison: comparison(with: decisions), decisions: decisions, coverage: coverage(with: links), links: links,
            startTiers: tiers)
        if start == nil {
            start = queue.cards.map { card in
                StartCard(
                    id: card.id, tier: card.tier, old: card.old.map(\.ref), new: card.new.map(\.ref),
                    recommendation: card.recommendation?.ref)
            }
        }
        return queue
    }

    /// `GET /api/queue`.
    public func queue() throws -> QueueDocument {
        let queue = try currentQueue()
        let decisions = try decisions()
        let refused = Set(decisions.unrelated.map { "\($0.old)>\($0.new)" })
        let reviewedRecommendations = Set(
            queue.cards.filter { $0.kind == .link && $0.state == .reviewed }.compactMap(\.recommendation?.ref))
        let reviewedIDs = Set(queue.cards.filter { $0.state == .reviewed }.map(\.id))
        // A starting card is settled when it was decided as it stood, or each of its questions now is: in a
        // reviewed group, or refused with another question of the card.
        func settled(_ card: StartCard) -> Bool {
            if let recommendation = card.recommendation { return reviewedRecommendations.contains(recommendation) }
            if reviewedIDs.contains(card.id) { return true }
            let oldDone = card.old.allSatisfy { o in
                queue.reviewedCardOf[.old(o)] != nil || card.new.contains { refused.contains("\(o)>\($0)") }
            }
            let newDone = card.new.allSatisfy { n in
                queue.reviewedCardOf[.new(n)] != nil || card.old.contains { refused.contains("\($0)>\(n)") }
            }
            return oldDone && newDone
        }
        let starting = start ?? []
        let open = queue.cards.filter { $0.state == .proposed }
        let tiers = ReviewCard.Tier.allCases.map { tier in
            QueueDocument.TierCount(tier: tier.rawValue, title: Self.title(tier), open: open.filter { $0.tier == tier }.count)
        }
        return QueueDocument(
            schemaVersion: 1, old: .init(cycle: old.cycleLabel, file: old.file), new: .init(cycle: new.cycleLabel, file: new.file),
            total: starting.count, reviewed: starting.filter(settled).count, tiers: tiers, cards: queue.cards,
            problems: problems())
    }

    static func title(_ tier: ReviewCard.Tier) -> String {
        switch tier {
        case .certain: "Certain: confirm after a glance"
        case .probable: "Probable: check each one"
        case .suggested: "Not matched, but similar questions exist: pick the one that asks the same thing, or say there is none"
        case .noCounterpart: "No counterpart: removed or new questions"
        case .coverage: "Coverage: which questions ask about each recommendation"
        }
    }

    /// What qtrack does not understand in the files this review edits.
    public func problems() -> [MappingProblem] {
        MappingsSchema.problems(decisionsFile: decisionsFile) + MappingsSchema.problems(linksFile: linksFile)
            + recommendations.filter { !$0.file.isEmpty }.flatMap { MappingsSchema.problems(recommendationsFile: $0.file) }
    }

    // MARK: Decisions

    /// What a decision request answers: the alignment (as before), or the queue when asked for.
    public enum Reply: Sendable {
        case alignment(String)
        case queue(QueueReply)
        case coverage(String)
    }

    /// `POST /api/decisions`: makes the decision on the file as it is now, changing nothing it does not name.
    public func decide(_ request: DecisionRequest) throws -> Reply {
        var queue = try currentQueue()
        var settledCard: String? = request.card
        switch request.verdict {
        case .undo:
            guard let last = undoStack.popLast() else { throw ReviewError("nothing to undo") }
            try ReviewedDecisions.revert(last, path: decisionsFile)
        case .withdraw:
            guard let id = request.card else { throw ReviewError("withdraw takes the card of a reviewed decision") }
            try record { current throws(ReviewError) in
                guard let edit = current.edit(withdrawing: id) else { throw ReviewError("there is no reviewed decision '\(id)'") }
                return edit
            }
        case .confirm, .confirmAll:
            let ids = request.verdict == .confirm ? (request.card.map { [$0] } ?? []) : request.cards
            guard !ids.isEmpty else {
                throw ReviewError("\(request.verdict.rawValue) takes the card\(request.verdict == .confirm ? "" : "s") to confirm")
            }
            let verdicts = try ids.map { id throws(ReviewError) in try verdict(confirming: id, in: queue) }
            let note = Self.note(request.note)
            try record { current throws(ReviewError) in
                var running = current
                var total = DecisionEdit()
                for verdict in verdicts {
                    let edit = try self.edit(running, verdict, note: note, take: request.take ?? .refuse)
                    running = running.applying(edit)
                    total.removed += edit.removed
                    total.added += edit.added
                }
                return total
            }
        default:
            guard let verdict = try request.verdict(old: old, new: new) else { throw ReviewError("\(request.verdict) names no questions") }
            let note = Self.note(request.note)
            try record { current throws(ReviewError) in try self.edit(current, verdict, note: note, take: request.take ?? .refuse) }
            settledCard = Self.cardID(of: verdict)
        }
        guard request.reply == "queue" else { return .alignment(try alignmentJSON()) }
        queue = try currentQueue()
        if let id = settledCard, let side = Self.firstQuestion(of: id), let card = queue.reviewedCardOf[side] { settledCard = card.id }
        return .queue(
            QueueReply(schemaVersion: 1, done: .init(card: settledCard, verdict: request.verdict.rawValue), queue: try self.queue()))
    }

    /// The edit for `verdict`, a conflict said in words with the reviewed cards it would change (409).
    private func edit(_ current: ReviewedDecisions, _ verdict: ReviewVerdict, note: String?, take: TakePolicy) throws(ReviewError)
        -> DecisionEdit
    {
        do {
            return try current.edit(for: verdict, note: note, take: take)
        } catch {
            let reasons = error.groups.map { group -> String in
                let mine = group.questions.intersection(Set(error.questions))
                let names = mine.map(label).sorted().joined(separator: " and ")
                switch group.kind {
                case .alone: return "\(names) is already marked as having no counterpart — reviewed"
                case .paired, .unrelated:
                    let others = group.questions.subtracting(mine).map(label).sorted().joined(separator: ", ")
                    return "\(names) is already paired with \(others) — reviewed"
                }
            }
            throw ReviewError(
                reasons.joined(separator: "; ") + ": say \"take\": \"move\" to move it here, or include the other decision whole",
                status: .conflict, conflicts: error.groups.map(\.id))
        }
    }

    /// Runs one read–merge–write of the decisions file and remembers it for undo.
    private func record(_ decide: (ReviewedDecisions) throws(ReviewError) -> DecisionEdit) throws {
        let applied = try ReviewedDecisions.update(path: decisionsFile, old: old.cycleLabel, new: new.cycleLabel) { current in
            try decide(current)
        }
        if !applied.isEmpty { undoStack.append(applied) }
    }

    /// The verdict that confirms a proposed card as it stands.
    private func verdict(confirming id: String, in queue: ReviewQueue) throws(ReviewError) -> ReviewVerdict {
        guard let card = queue.cards.first(where: { $0.id == id }) else { throw ReviewError("there is no card '\(id)'") }
        let olds = card.old.map(\.ref)
        let news = card.new.map(\.ref)
        switch card.kind {
        case .pair: return .pair(old: olds[0], new: news[0])
        case .split: return .split(old: olds[0], new: news)
        case .merge: return .merge(old: olds, new: news[0])
        case .noCounterpart: return olds.isEmpty ? .added(new: news[0]) : .removed(old: olds[0])
        case .group, .unrelated, .link: throw ReviewError("card '\(id)' cannot be confirmed as a whole: decide its questions one by one")
        }
    }

    static func note(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return String(text.prefix(500))
    }

    static func cardID(of verdict: ReviewVerdict) -> String {
        switch verdict {
        case .pair(let old, let new): ReviewedGroup.id(kind: .paired, old: [old], new: [new])
        case .split(let old, let new): ReviewedGroup.id(kind: .paired, old: [old], new: new)
        case .merge(let old, let new): ReviewedGroup.id(kind: .paired, old: old, new: [new])
        case .removed(let old): ReviewedGroup.id(kind: .alone, old: [old], new: [])
        case .added(let new): ReviewedGroup.id(kind: .alone, old: [], new: [new])
        case .unrelated(let old, let new): ReviewedGroup.id(kind: .unrelated, old: old, new: new)
        }
    }

    /// The first question a group card id names (`g:a/1+a/2>13` → old a/1).
    static func firstQuestion(of id: String) -> QuestionSide? {
        guard id.hasPrefix("g:") else { return nil }
        let sides = id.dropFirst(2).split(separator: ">", maxSplits: 1, omittingEmptySubsequences: false)
        if let first = sides.first?.split(separator: "+").first { return .old(String(first)) }
        if sides.count > 1, let first = sides[1].split(separator: "+").first { return .new(String(first)) }
        return nil
    }

    private func label(_ side: QuestionSide) -> String {
        switch side {
        case .old(let id): old.question(id: id).map(QuestionLabel.label).map { "old \($0)" } ?? "old \(id)"
        case .new(let id): new.question(id: id).map(QuestionLabel.label).map { "new \($0)" } ?? "new \(id)"
        }
    }

    // MARK: Links

    /// `POST /api/links`: records or removes a reviewed link or a not-asked mark, changing nothing else.
    public func decideLink(_ request: LinkRequest) throws -> Reply {
        _ = try currentQueue()
        if request.verdict == .undo {
            guard let last = linksUndoStack.popLast() else { throw ReviewError("no link decision to undo") }
            try RecommendationLinks.revert(last, path: linksFile)
            return try linkReply(request)
        }
        guard let recommendation = request.recommendation else { throw ReviewError("\(request.verdict.rawValue) takes a recommendation") }
        guard recommendations.contains(where: { set in set.recommendations.contains { "\(set.year)/\($0.id)" == recommendation } }) else {
            throw ReviewError("no recommendation '\(recommendation)' applies to \(new.cycleLabel)")
        }
        var question: Question?
        if request.verdict == .link || request.verdict == .unlink {
            guard let id = request.question else { throw ReviewError("\(request.verdict.rawValue) takes a recommendation and a question") }
            question = new.question(id: id) ?? new.questions.first { $0.number == id }
            guard question != nil else { throw ReviewError("the new version has no question '\(id)'") }
        }
        let note = Self.note(request.note)
        let take = request.take ?? .refuse
        let verdict = request.verdict
        let applied = try RecommendationLinks.update(path: linksFile, cycle: new.cycleLabel) { current throws(ReviewError) in
            let marked = current.notAsked.contains { $0.recommendation == recommendation }
            let linked = current.links.filter { $0.recommendation == recommendation }
            switch verdict {
            case .link:
                let question = question!
                if marked && take != .move {
                    throw ReviewError(
                        "\(recommendation) is marked as not asked this year — reviewed: say \"take\": \"move\" to link it instead",
                        status: .conflict, conflicts: ["r:" + recommendation])
                }
                let existing = linked.filter { $0.question == question.id }.map {
                    RecommendationLinks.Entry.link(recommendation: recommendation, question: $0.question)
                }
                return (
                    existing + (marked ? [.notAsked(recommendation: recommendation)] : []),
                    [
                        .init(
                            entry: .link(recommendation: recommendation, question: question.id), fingerprint: question.fingerprint,
                            note: note)
                    ]
                )
            case .unlink:
                let question = question!
                guard linked.contains(where: { $0.question == question.id }) else {
                    throw ReviewError("there is no reviewed link from \(recommendation) to \(question.id)")
                }
                return ([.link(recommendation: recommendation, question: question.id)], [])
            case .notAsked:
                if !linked.isEmpty && take != .move {
                    throw ReviewError(
                        "\(recommendation) has reviewed links (\(linked.map(\.question).joined(separator: ", "))): say \"take\": \"move\" to remove them",
                        status: .conflict, conflicts: ["r:" + recommendation])
                }
                let removing = linked.map { RecommendationLinks.Entry.link(recommendation: recommendation, question: $0.question) }
                return marked ? (removing, []) : (removing, [.init(entry: .notAsked(recommendation: recommendation), note: note)])
            case .withdraw:
                guard marked else { throw ReviewError("\(recommendation) is not marked as not asked") }
                return ([.notAsked(recommendation: recommendation)], [])
            case .undo:
                return ([], [])
            }
        }
        if !applied.isEmpty { linksUndoStack.append(applied) }
        return try linkReply(request)
    }

    private func linkReply(_ request: LinkRequest) throws -> Reply {
        guard request.reply == "queue" else { return .coverage(try coverageJSON()) }
        let card = request.recommendation.map { "r:" + $0 }
        return .queue(QueueReply(schemaVersion: 1, done: .init(card: card, verdict: request.verdict.rawValue), queue: try queue()))
    }

    // MARK: Questions

    /// `GET /api/questions`: both versions' questions, for the page's search and side-by-side texts.
    public func questionsJSON() -> String {
        struct Entry: Encodable {
            var id: String
            var number: String?
            var section: String?
            var label: String
            var text: String
        }
        struct Both: Encodable {
            var old: [Entry]
            var new: [Entry]
        }
        let entries = { (questionnaire: Questionnaire) in
            questionnaire.questions.map {
                Entry(id: $0.id, number: $0.number, section: $0.section, label: QuestionLabel.label($0), text: $0.fullText)
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(Both(old: entries(old), new: entries(new)))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// `GET /api/search`: up to 12 questions of one side, by number or by words (all of them), with where each
    /// already is.
    public func search(side: String, query: String) throws -> SearchDocument {
        guard side == "old" || side == "new" else { throw ReviewError("side is old or new, not '\(side)'") }
        let questionnaire = side == "old" ? old : new
        let words = query.lowercased().split(whereSeparator: \.isWhitespace).map(String.init).prefix(20)
        guard !words.isEmpty else { return SearchDocument(schemaVersion: 1, side: side, query: query, questions: []) }
        let found = questionnaire.questions.filter { question in
            let text = question.fullText.lowercased()
            let label = QuestionLabel.label(question).lowercased()
            if words.count == 1, question.number?.lowercased() == words[0] || question.id.lowercased() == words[0] { return true }
            return words.allSatisfy { text.contains($0) || label.contains($0) }
        }
        let exact = found.filter { $0.number?.lowercased() == words.first || $0.id.lowercased() == words.first }
        let ordered = exact + found.filter { question in !exact.contains { $0.id == question.id } }
        let queue = try currentQueue()
        let results = ordered.prefix(12).map { question -> Candidate in
            let key: QuestionSide = side == "old" ? .old(question.id) : .new(question.id)
            return Candidate(
                ref: question.id, side: side, label: QuestionLabel.label(question), text: question.fullText, score: nil, evidence: [],
                reviewedIn: queue.reviewedCardOf[key].map { ReviewQueue.elsewhere($0, for: key, reviewed: true) },
                proposedIn: queue.proposedCardOf[key].map { ReviewQueue.elsewhere($0, for: key, reviewed: false) })
        }
        return SearchDocument(schemaVersion: 1, side: side, query: query, questions: Array(results))
    }
}
