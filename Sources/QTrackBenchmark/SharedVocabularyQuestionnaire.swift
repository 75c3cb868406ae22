import Foundation
import QTrackFixtures
import QTrackModel

/// Large questionnaires whose questions share their words as real ones do: every question is spliced from
/// runs of words of the real questionnaires' questions, so that the common words ("trafficking", "victims",
/// "government", "the reporting period") are in most questions and rare ones in few; one in ten is a near
/// duplicate of an earlier question (a word or two changed), one in twenty is long (a hundred words and more).
/// `SyntheticQuestionnaire.make`'s template questions share few words beyond their template and flatter the
/// matcher's candidate step; these do not.
enum SharedVocabularyQuestionnaire {
    /// The real questions' texts, split into words, from the questionnaires given (the repository's).
    static func sourceQuestions(paths: [String]) throws -> [[Substring]] {
        var questions: [[Substring]] = []
        for path in paths {
            let questionnaire = try Questionnaire(loading: path)
            for question in questionnaire.sections.flatMap(\.questions) {
                let words = question.text.split(whereSeparator: \.isWhitespace)
                if words.count >= 4 { questions.append(words) }
            }
        }
        return questions
    }

    /// `questionCount` questions in sections of forty, spliced from `source`.
    static func make(questionCount: Int, seed: UInt64, source: [[Substring]]) -> SyntheticQuestionnaire {
        var random = SeededRandom(seed: seed)
        var seen: Set<String> = []
        var texts: [String] = []
        while texts.count < questionCount {
            let roll = random.index(100)
            var text: String
            if roll < 10, !texts.isEmpty {
                text = nearDuplicate(of: texts[random.index(texts.count)], source: source, random: &random)
            } else {
                text = splice(wordCount: roll < 15 ? 100 + random.index(80) : 12 + random.index(30), source: source, random: &random)
            }
            if seen.contains(text) { text += " (\(texts.count))" }
            seen.insert(text)
            texts.append(text)
        }
        var sections: [(title: String, items: [SyntheticQuestionnaire.Item])] = []
        for start in stride(from: 0, to: texts.count, by: 40) {
            // A heading is a few real words without the question mark a spliced question ends in: with it, the
            // heading would be read as a question and all the questions would fall in one section.
            let heading = splice(wordCount: 2 + random.index(3), source: source, random: &random).dropLast().uppercased()
            sections.append(
                ("SECTION \(sections.count + 1) \(heading)", texts[start..<min(start + 40, texts.count)].map { .init(text: $0) }))
        }
        return SyntheticQuestionnaire(title: "2020 – 2021 Questionnaire of Shared Words", sections: sections)
    }

    /// The next year's version: a tenth reworded (words swapped for other real words), 2% removed, 1% added,
    /// 1% moved to another section.
    static func successor(of questionnaire: SyntheticQuestionnaire, seed: UInt64, source: [[Substring]]) -> SyntheticQuestionnaire {
        var random = SeededRandom(seed: seed)
        var next = questionnaire
        next.title = "2021 – 2022 Questionnaire of Shared Words"
        var moved: [SyntheticQuestionnaire.Item] = []
        for index in next.sections.indices {
            var items: [SyntheticQuestionnaire.Item] = []
            for item in next.sections[index].items {
                let roll = random.index(1000)
                if roll < 20 { continue }
                let text = roll < 120 ? nearDuplicate(of: item.text, source: source, random: &random) : item.text
                if roll >= 120 && roll < 130 {
                    moved.append(.init(text: text))
                    continue
                }
                items.append(.init(text: text))
                if roll >= 990 {
                    items.append(.init(text: splice(wordCount: 12 + random.index(30), source: source, random: &random)))
                }
            }
            next.sections[index].items = items
        }
        for item in moved { next.sections[random.index(next.sections.count)].items.append(item) }
        return next
    }

    /// Runs of three to eight consecutive words of random real questions, joined, ending in "?".
    private static func splice(wordCount: Int, source: [[Substring]], random: inout SeededRandom) -> String {
        var words: [Substring] = []
        while words.count < wordCount {
            let question = source[random.index(source.count)]
            let length = min(3 + random.index(6), question.count)
            let start = random.index(question.count - length + 1)
            words += question[start..<start + length]
        }
        let text = words.prefix(wordCount).joined(separator: " ").trimmingCharacters(in: ["?", ".", ",", ":", ";"])
        return text.prefix(1).uppercased() + text.dropFirst() + "?"
    }

    /// The text with one to three words replaced by words of other real questions.
    private static func nearDuplicate(of text: String, source: [[Substring]], random: inout SeededRandom) -> String {
        var words = text.split(separator: " ")
        for _ in 0...random.index(3) {
            let question = source[random.index(source.count)]
            words[random.index(words.count)] = question[random.index(question.count)]
        }
        return words.joined(separator: " ")
    }
}
