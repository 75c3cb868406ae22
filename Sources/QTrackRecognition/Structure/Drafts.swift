import QTrackBase
import QTrackDocuments
import QTrackModel

/// A question as it is read: its parts gathered paragraph by paragraph.
struct QuestionDraft {
    var label: ListLabel?
    var text: String
    var subItems: [SubItem] = []
    var options: [String] = []
    var notes: [Note] = []
    var tables: [QuestionnaireTable] = []
    var comments: [QuestionComment] = []
    var answer = Answer()
    /// The label of the last sub-item, and the answer paragraphs read since it. They are the sub-item's
    /// own answer once another sub-item follows them (answers given item by item).
    var openSubItem: String?
    var sinceSubItem: [String] = []

    /// Files the answers read since the last sub-item under it: when another sub-item follows, or at
    /// the end when earlier sub-items were answered one by one too.
    mutating func fileSubItemAnswers(final: Bool) {
        if let label = openSubItem, !sinceSubItem.isEmpty, !final || !answer.bySubItem.isEmpty {
            answer.bySubItem[label, default: []] += sinceSubItem
        }
        sinceSubItem = []
    }
    var location: SourceLocation
}

/// A section as it is read.
struct SectionDraft {
    var title: String?
    var routing: [String] = []
    var notes: [Note] = []
    var questions: [QuestionDraft] = []
    var tables: [QuestionnaireTable] = []
    /// Comments anchored in instruction paragraphs, kept for the one that turns out to be a question.
    var instructionComments: [SourceLocation: [QuestionComment]] = [:]
    var location: SourceLocation

    var isEmpty: Bool { routing.isEmpty && notes.isEmpty && questions.isEmpty && tables.isEmpty }
}
