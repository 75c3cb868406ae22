public import QTrackBase

/// One thing `qtrack check` found, for CI formats: what kind, where, and in words.
public struct Finding: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        // Changes between consecutive cycles.
        case added, removed, reworded, optionsChanged, split, merged, moved, renumbered, dateShift, cosmetic
        // Coverage of recommendations.
        case uncovered, weak, suspect, broken
        // Answers in responses.
        case unanswered, placeholder, partial, carried
        /// The .txt and the .docx of one cycle's questionnaire disagree.
        case formatMismatch
        /// A reviewed decision or link that names something that does not exist.
        case staleMapping
        /// The register pairs two cycles' questions differently from what the matcher finds now.
        case lineageDisagreement
        /// A file in the repository that qtrack found but could not read (a name that is not UTF-8).
        case skippedFile
        /// A question no agency receives: no routing line, pair, reviewed route or proposal sends it anywhere.
        case unrouted

        public var summary: String {
            switch self {
            case .added: "a question was added"
            case .removed: "a question was removed"
            case .reworded: "a question was reworded"
            case .optionsChanged: "a question's answer options changed"
            case .split: "a question was split"
            case .merged: "questions were merged"
            case .moved: "a question moved to another section"
            case .renumbered: "a question was renumbered"
            case .dateShift: "only the years or dates of a question changed"
            case .cosmetic: "a question changed in punctuation, quotes or case only"
            case .uncovered: "a recommendation is not asked about"
            case .weak: "a recommendation is asked about only weakly"
            case .suspect: "a reviewed link's question changed since the review"
            case .broken: "a reviewed link's question no longer exists"
            case .unanswered: "a question has no answer"
            case .placeholder: "a question has only a placeholder answer"
            case .partial: "a question is answered only in part"
            case .carried: "a draft's answer is still last year's, as carried"
            case .formatMismatch: "the .txt and .docx of a questionnaire disagree"
            case .staleMapping: "a mapping names a question or recommendation that does not exist"
            case .lineageDisagreement: "the question register and the matcher pair a question differently"
            case .skippedFile: "a file in the repository was left out: qtrack cannot read it"
            case .unrouted: "a question is sent to no agency"
            }
        }
    }

    public var kind: Kind
    /// The check this finding belongs to ("diff 2020-2021 → 2025").
    public var check: String
    public var message: String
    public var location: SourceLocation
    /// The cycle it is about (the later one of a diff); nil for what concerns every cycle (the register).
    public var cycle: String?

    public init(kind: Kind, check: String, message: String, location: SourceLocation) {
        self.kind = kind
        self.check = check
        self.message = message
        self.location = location
    }
}
