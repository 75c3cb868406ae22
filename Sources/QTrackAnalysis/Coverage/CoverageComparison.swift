/// Each recommendation's coverage in a new version against the previous one: better, the same, or worse,
/// and which of its questions were lost.
public struct CoverageComparison: Sendable, Hashable {
    public enum Trend: String, Sendable, Hashable, Codable {
        case better
        case same
        case worse
    }

    public struct Change: Sendable, Hashable {
        public var previousStatus: Coverage.Status
        public var status: Coverage.Status
        public var trend: Trend
        /// Previously covering questions that the new version removed.
        public var lostQuestions: [String]

        public func describe() -> String {
            var text = previousStatus == status ? "\(trend.rawValue) than before" : "was \(previousStatus.rawValue)"
            if trend == .same { text = "as before" }
            if !lostQuestions.isEmpty { text += "; lost " + lostQuestions.joined(separator: ", ") }
            return text
        }
    }

    public var changes: [String: Change]

    public func change(for qualifiedID: String) -> Change? { changes[qualifiedID] }

    /// Compares coverage item by item; `diff` tells which previously covering questions were removed.
    public init(previous: Coverage, current: Coverage, diff: VersionComparison) {
        let removed = Set(diff.changes.filter { $0.kind == .removed }.compactMap(\.old?.id))
        let previousItems = Dictionary(previous.items.map { ($0.qualifiedID, $0) }, uniquingKeysWith: { first, _ in first })
        var changes: [String: Change] = [:]
        for item in current.items {
            guard let before = previousItems[item.qualifiedID] else { continue }
            let rank: [Coverage.Status: Int] = [.uncovered: 0, .notAsked: 0, .weak: 1, .covered: 2]
            let strengthBefore = before.questions.filter { !$0.broken }.map(\.score).max() ?? 0
            let strengthNow = item.questions.filter { !$0.broken }.map(\.score).max() ?? 0
            var trend: Trend = .same
            if rank[item.status]! > rank[before.status]! { trend = .better }
            if rank[item.status]! < rank[before.status]! { trend = .worse }
            if trend == .same, abs(strengthNow - strengthBefore) >= 0.15 { trend = strengthNow > strengthBefore ? .better : .worse }
            let lost = before.questions.map(\.id).filter(removed.contains)
            changes[item.qualifiedID] = Change(previousStatus: before.status, status: item.status, trend: trend, lostQuestions: lost)
        }
        self.changes = changes
    }
}
