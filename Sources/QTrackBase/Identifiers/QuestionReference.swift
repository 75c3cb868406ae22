/// A question in a given cycle, written `2020-2021:protection/6`: the one place that form is made and read.
public struct QuestionReference: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var cycle: CycleID
    public var question: QuestionID

    public init(cycle: CycleID, question: QuestionID) {
        self.cycle = cycle
        self.question = question
    }

    /// Reads `cycle:id`; nil when there is no colon or either side is empty.
    public init?(parsing text: String) {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let cycle = text[..<colon]
        let question = text[text.index(after: colon)...]
        guard !cycle.isEmpty, !question.isEmpty else { return nil }
        self.init(cycle: CycleID(String(cycle)), question: QuestionID(String(question)))
    }

    public var description: String { "\(cycle):\(question)" }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.cycle, lhs.question) < (rhs.cycle, rhs.question)
    }
}
