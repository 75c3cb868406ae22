import Foundation
import QTrackAnalysis
import QTrackDocuments
import QTrackFixtures
import QTrackModel
import QTrackRecognition
import QTrackTestSupport
import Testing

@Suite("Answers in responses")
struct ResponseTests {
    static let questionnaire = try! Questionnaire(loading: TestPaths.questionnaire("2020-2021"))

    private func read(_ made: ResponseFixture.Made, useTemplate: Bool) throws -> (ResponseStatus, Questionnaire, Questionnaire) {
        let loader = DocumentLoader()
        let document = try loader.load(data: made.data, file: "response.\(made.fileExtension)")
        let template = QuestionnaireRecognizer().recognize(try loader.load(data: made.template, file: "blank.\(made.fileExtension)"))
        let response = QuestionnaireRecognizer().recognizeResponse(document, template: useTemplate ? template : nil)
        return (ResponseStatus(response: response, template: useTemplate ? template : nil), response, template)
    }

    static let cases: [(ResponseFixture.Habit, Bool)] = [
        (.markers, false), (.markers, true), (.styles, false), (.styles, true), (.tableUnder, false), (.tableUnder, true),
        (.tableBeside, false), (.comments, false), (.templateOnly, true),
    ]

    @Test("every question's state is found, in each habit of answering", arguments: cases)
    func states(habit: ResponseFixture.Habit, useTemplate: Bool) throws {
        let made = try ResponseFixture.make(from: Self.questionnaire, habit: habit)
        let (status, _, _) = try read(made, useTemplate: useTemplate)
        #expect(status.items.count == made.expected.count)
        var wrong: [String] = []
        for item in status.items where made.expected[item.question.id]?.rawValue != item.state.rawValue {
            wrong.append(
                "\(item.question.id): expected \(made.expected[item.question.id]?.rawValue ?? "?"), got \(item.state.rawValue) \(item.missing)"
            )
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
        for item in status.items where item.state == .answered {
            #expect(item.question.answer?.text == made.answers[item.question.id] || habit == .comments)
        }
        #expect(Set(made.expected.values.map(\.rawValue)) == ["answered", "placeholder", "unanswered", "partial"] || habit == .comments)
    }

    @Test("answer text never leaks into question text: the response diffs to no change against its template", arguments: cases)
    func noLeaks(habit: ResponseFixture.Habit, useTemplate: Bool) throws {
        let made = try ResponseFixture.make(from: Self.questionnaire, habit: habit)
        let (_, response, _) = try read(made, useTemplate: useTemplate)
        let comparison = VersionMatcher().compare(Self.questionnaire, response)
        let changed = comparison.changes.filter { $0.kind != .unchanged }.map { "\($0.kind) \($0.old?.id ?? $0.new?.id ?? "")" }
        #expect(changed.isEmpty, "\(changed.prefix(5))")
    }

    @Test(
        "placeholders are told from answers",
        arguments: [
            ("N/A", true), ("n.a.", true), ("TBD", true), ("…", true), ("-", true), ("Will be shared later.", true),
            ("Information awaited from provinces.", true), ("To be provided by MOPHRD", true),
            ("Nil cases were reported by the provinces during 2020, but 3 were registered in 2021 under PTPA.", false),
            ("Yes", false), ("12 cases", false),
            // Zero, said as Pakistani officials say it, is an answer.
            ("Nil", false), ("None", false), ("0", false), ("No cases", false),
        ])
    func placeholders(text: String, isPlaceholder: Bool) {
        #expect(Placeholder.isPlaceholder(text) == isPlaceholder)
    }

    @Test("the repository's sample response: answered, placeholders, partial sub-items, the rest unanswered")
    func sample() throws {
        let document = try DocumentLoader().load(path: TestPaths.questionnaire("2020-2021", "response-sample.txt"))
        let template = try Questionnaire(loading: TestPaths.questionnaire("2020-2021", "questionnaire.docx"))
        let status = ResponseStatus(response: QuestionnaireRecognizer().recognizeResponse(document, template: template), template: template)
        #expect(status.count(.answered) == 12)
        #expect(status.count(.placeholder) == 3)
        #expect(status.count(.partial) == 2)
        let training = try #require(status.items.first { $0.question.id == "law-enforcement-training/2" })
        #expect(training.missing == ["sub-items d, e, f not addressed"])
        #expect(
            status.items.first { $0.question.id == "protection/2" }?.question.answer?.text
                == "Jointly, by provincial social welfare departments and NGOs.")
    }
}
