import QTrackBase
import QTrackModel

/// The two versions' questions with what every pass compares: text features, rarity, and sections.
struct VersionFeatures {
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
    /// The forms questions write their stems in, for those whose pairs are explained.
    private let writtenForms = WrittenForms()

    init(old: Questionnaire, new: Questionnaire, vocabulary: Vocabulary = .empty) {
        self.old = old
        self.new = new
        let (oldQuestions, newQuestions) = (old.questions, new.questions)
        self.oldQuestions = oldQuestions
        self.newQuestions = newQuestions
        let rewriter = VocabularyRewriter(vocabulary)
        let (oldSide, newSide) = Parallel.both({ Side(oldQuestions, rewriter: rewriter) }, { Side(newQuestions, rewriter: rewriter) })
        oldFeatures = oldSide.features
        newFeatures = newSide.features
        index = SimilarityIndex(
            old: oldFeatures, new: newFeatures, oldOptions: oldSide.options, newOptions: newSide.options, oldUnmarked: oldSide.unmarked,
            newUnmarked: newSide.unmarked)
        oldSectionOf = old.sections.enumerated().flatMap { section in section.element.questions.map { _ in section.offset } }
        newSectionOf = new.sections.enumerated().flatMap { section in section.element.questions.map { _ in section.offset } }
    }

    /// One version's text features, options and unmarked lines. The two versions are worked out at once on two
    /// threads: a question's features depend on its own text only (each thread remembers its own stems), so the
    /// result is the same as one after the other, in half the time on a machine with two cores.
    private struct Side {
        var features: [TextFeatures]
        var options: [Set<String>]
        var unmarked: [Set<String>]

        init(_ questions: [Question], rewriter: VocabularyRewriter) {
            var stems = StemMemo(vocabulary: rewriter)
            features = questions.map { TextFeatures($0.text, items: $0.subItems.map(\.text), stems: &stems) }
            options = questions.map { Set($0.options.map(TextNormalizer.comparable)) }
            unmarked = questions.map(VersionFeatures.unmarkedLines)
        }
    }

    /// The sub-items of a question without options, which may be its options written without codes; none
    /// for a question with options, whose sub-items are not answers.
    private static func unmarkedLines(_ question: Question) -> Set<String> {
        question.options.isEmpty ? Set(question.subItems.map { TextNormalizer.comparable($0.text) }) : []
    }

    func scores(_ pair: IndexPair) -> SimilarityIndex.Scores {
        index.scores(old: pair.old, new: pair.new)
    }

    /// The shared words that weigh most, for explaining a pair: as the new question writes them, else the old.
    func sharedWords(_ pair: IndexPair, limit: Int = 6) -> [String] {
        let stems = index.sharedStems(old: pair.old, new: pair.new, limit: limit)
        guard !stems.isEmpty else { return [] }
        let (old, new) = (oldQuestions[pair.old], newQuestions[pair.new])
        // Keyed by side and index: old questions even, new ones odd.
        let newForms = writtenForms.forms(2 * pair.new + 1, of: [new.text] + new.subItems.map(\.text))
        let oldForms = writtenForms.forms(2 * pair.old, of: [old.text] + old.subItems.map(\.text))
        return stems.map { newForms[$0] ?? oldForms[$0] ?? $0 }
    }
}
