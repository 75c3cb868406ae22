public import QTrackModel

/// The returned packets put back together: every question of the questionnaire with the answers the agencies
/// gave, and what a person must look at — conflicts, gaps, text that belongs nowhere, packets replaced.
public struct Consolidation: Sendable {
    /// One agency's answer to one question.
    public struct Given: Sendable, Hashable {
        public var agency: String
        public var file: String
        public var answer: Answer
    }

    public struct Entry: Sendable {
        public var question: Question
        /// In the order of the agencies' packets given (the lead's first when it answered).
        public var answers: [Given]
        /// Two agencies gave different answers: both are kept, none chosen.
        public var isConflict: Bool {
            Set(answers.map { TextNormalizer.comparable($0.answer.text) }).count > 1
        }
    }

    /// An agency's packet in figures.
    public struct Tally: Sendable, Hashable {
        public var agency: String
        public var file: String
        /// Questions the packet was sent with.
        public var asked: Int
        public var answered: Int
        /// Slots still holding last year's answer exactly as carried: not counted as answered.
        public var untouched: Int
    }

    /// Text kept from a packet that belongs under no question of that packet.
    public struct Unplaced: Sendable, Hashable {
        public var agency: String
        public var file: String
        public var text: String
        /// Why it could not be placed, in words.
        public var reason: String
    }

    /// An older packet of one agency left out for a newer one.
    public struct Replacement: Sendable, Hashable {
        public var agency: String
        public var older: String
        public var newer: String
    }

    public var questionnaire: Questionnaire
    public var entries: [Entry]
    public var tallies: [Tally]
    public var unplaced: [Unplaced]
    public var replacements: [Replacement]

    public var conflicts: [Entry] { entries.filter(\.isConflict) }
    /// Questions no agency answered.
    public var gaps: [Entry] { entries.filter { $0.answers.isEmpty } }
}
