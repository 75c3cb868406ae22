public import QTrackModel

/// Next year's response, planned from last year's: for each question of the new questionnaire, what to
/// put under it — last year's answer carried forward, last year's answer with the change to review,
/// or nothing (a new question) — and the removed questions with their answers, so nothing is lost.
public struct DraftPlan: Sendable {
    public enum Treatment: String, Sendable, Hashable, Codable {
        /// Same question (perhaps renumbered, moved, or only dates or punctuation changed): answer carried forward.
        case carriedForward
        /// Reworded, split or merged: last year's answer shown with the change, to review.
        case changed
        /// No counterpart last year.
        case new
    }

    public struct Entry: Sendable {
        public var question: Question
        public var treatment: Treatment
        /// The pairing, when the question had a counterpart.
        public var change: QuestionChange?
        /// Last year's answer (nil when there was none or the question is new).
        public var previousAnswer: Answer?
        /// Years the carried answer mentions when all of them belong to the previous reporting period.
        public var staleYears: [Int]
        /// The pairs of the other old questions merged into this one, whose answers are carried with the first's.
        public var mergedFrom: [QuestionChange] = []
    }

    public var previous: Questionnaire
    public var next: Questionnaire
    public var entries: [Entry]
    /// Questions removed, each with its answer, and the new questions it likely went to (best first).
    public var removed: [(question: Question, likelyNow: [Counterpart])]

    public func count(_ treatment: Treatment) -> Int { entries.filter { $0.treatment == treatment }.count }
    public var staleCount: Int { entries.filter { !$0.staleYears.isEmpty }.count }

    /// `comparison.old` is last year's response read with its answers; `comparison.new` the new questionnaire.
    public init(_ comparison: VersionComparison) {
        previous = comparison.old
        next = comparison.new
        let newPeriodStart = Self.periodYears(comparison.new).lowerBound
        var entries: [Entry] = []
        var byNew: [String: [QuestionChange]] = [:]
        for change in comparison.changes {
            if let id = change.new?.id { byNew[id, default: []].append(change) }
        }
        for question in comparison.new.questions {
            let changes = byNew[question.id] ?? []
            guard let primary = changes.first(where: { $0.old != nil }) else {
                entries.append(Entry(question: question, treatment: .new, change: changes.first, previousAnswer: nil, staleYears: []))
                continue
            }
            // A merge brings several old answers; they are read together.
            let answers = changes.compactMap { $0.old?.answer }.filter { !$0.isEmpty }
            let answer: Answer? =
                answers.isEmpty
                ? nil
                : Answer(
                    paragraphs: answers.flatMap(\.paragraphs), tables: answers.flatMap(\.tables), evidence: answers.first?.evidence ?? [])
            let sameQuestion = !primary.kinds.contains { $0 == .reworded || $0 == .split || $0 == .merged }
            let stale = answer.map { Self.staleYears(in: $0.text, newPeriodStart: newPeriodStart) } ?? []
            entries.append(
                Entry(
                    question: question, treatment: sameQuestion ? .carriedForward : .changed, change: primary, previousAnswer: answer,
                    staleYears: stale, mergedFrom: changes.filter { $0.old != nil && $0.old?.id != primary.old?.id }))
        }
        self.entries = entries
        removed = comparison.changes.filter { $0.kind == .removed }.compactMap { change in change.old.map { ($0, change.candidates) } }
    }

    /// The years a questionnaire's reporting period covers, from its dates or else its cycle.
    static func periodYears(_ questionnaire: Questionnaire) -> ClosedRange<Int> {
        if let period = questionnaire.reportingPeriod, let start = Int(period.start.prefix(4)), let end = Int(period.end.prefix(4)) {
            return start...max(start, end)
        }
        if let cycle = questionnaire.cycle { return cycle.startYear...cycle.endYear }
        return Int.min...Int.min
    }

    /// The years an answer mentions, when none of them reaches the new reporting period: figures to update.
    static func staleYears(in text: String, newPeriodStart: Int) -> [Int] {
        guard newPeriodStart != Int.min else { return [] }
        var years: Set<Int> = []
        var digits = ""
        for character in text + " " {
            if character.isASCII && character.isNumber {
                digits.append(character)
                continue
            }
            if digits.count == 4, let year = Int(digits), (1990...2199).contains(year) { years.insert(year) }
            digits = ""
        }
        guard !years.isEmpty, years.allSatisfy({ $0 < newPeriodStart }) else { return [] }
        return years.sorted()
    }
}
