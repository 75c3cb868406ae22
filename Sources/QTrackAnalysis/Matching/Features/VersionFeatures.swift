import Dispatch
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
        oldQuestions = old.questions
        newQuestions = new.questions
        (oldFeatures, newFeatures) = Self.features(oldQuestions, newQuestions, rewriter: VocabularyRewriter(vocabulary))
        index = SimilarityIndex(
            old: oldFeatures, new: newFeatures, oldOptions: oldQuestions.map { Set($0.options.map(TextNormalizer.comparable)) },
            newOptions: newQuestions.map { Set($0.options.map(TextNormalizer.comparable)) },
            oldUnmarked: oldQuestions.map(Self.unmarkedLines),
            newUnmarked: newQuestions.map(Self.unmarkedLines))
        oldSectionOf = old.sections.enumerated().flatMap { section in section.element.questions.map { _ in section.offset } }
        newSectionOf = new.sections.enumerated().flatMap { section in section.element.questions.map { _ in section.offset } }
    }

    /// The text features of both versions' questions, the two versions at once on two threads: a question's
    /// features depend on its own text only (each thread remembers its own stems), so the result is the same as
    /// one after the other, in half the time on a machine with two cores (a quarter of a large diff's run).
    private static func features(
        _ old: [Question], _ new: [Question], rewriter: VocabularyRewriter
    ) -> (old: [TextFeatures], new: [TextFeatures]) {
        let sides = [old, new]
        let results = [SideFeatures(), SideFeatures()]
        DispatchQueue.concurrentPerform(iterations: 2) { side in
            var stems = StemMemo()
            results[side].features = sides[side].map {
                TextFeatures($0.text, items: $0.subItems.map(\.text), vocabulary: rewriter, stems: &stems)
            }
        }
        return (results[0].features, results[1].features)
    }

    /// One version's features, written by the one thread that computes them and read after both have finished.
    private final class SideFeatures: @unchecked Sendable {
        var features: [TextFeatures] = []
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
