/// A question in a given cycle, written `2020-2021:protection/6`: the one place that form is made and read.
/// Its parts are plain strings, as everywhere else: a question's id (`protection/15`, or `49` where there are no
/// sections) and its cycle's years (`2020-2021`).
public struct QuestionReference: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var cycle: String
    public var question: String

    public init(cycle: String, question: String) {
        self.cycle = cycle
        self.question = question
    }

    /// Reads `cycle:id`; nil when there is no colon or either side is empty.
    public init?(parsing text: String) {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let cycle = text[..<colon]
        let question = text[text.index(after: colon)...]
        guard !cycle.isEmpty, !question.isEmpty else { return nil }
        self.init(cycle: String(cycle), question: String(question))
    }

    public var description: String { "\(cycle):\(question)" }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.cycle, lhs.question) < (rhs.cycle, rhs.question)
    }
}
