import Foundation
import QTrackDocuments
import QTrackFixtures
import QTrackModel
import QTrackTestSupport
import Testing

@Suite("Recognizer on the real questionnaires")
struct RealQuestionnaireTests {
    static let text = try! Questionnaire(loading: TestPaths.questionnaire("2020-2021"))
    static let word = try! Questionnaire(loading: TestPaths.questionnaire("2020-2021", "questionnaire.docx"))
    /// The two formats of the 2020–2021 questionnaire, by name (test arguments print their values).
    static let formats = ["txt", "docx"]

    static func questionnaire(_ format: String) -> Questionnaire { format == "txt" ? text : word }
    static let later = try! Questionnaire(loading: TestPaths.questionnaire("2025"))

    static let expectedSections: [(String, Int)] = [
        ("HUMAN TRAFFICKING TRENDS", 9),
        ("GOVERNMENT’S ANTI-HUMAN TRAFFICKING EFFORTS", 14),
        ("LAWS AND PROSECUTION", 13),
        ("HUMAN TRAFFICKING-RELATED COMPLICITY AND CORRUPTION", 12),
        ("LAW ENFORCEMENT TRAINING", 9),
        ("PROTECTION", 19),
        ("VICTIM ASSISTANCE IN INVESTIGATIONS AND PROSECUTIONS", 7),
        ("LABOR RECRUITMENT REGULATION AND OVERSIGHT", 9),
        ("VICTIM IDENTIFICATION AND REFERRAL", 11),
        ("ANTI-TRAFFICKING UNITS (ATUs) IN THE PROVINCES", 6),
        ("BONDED LABOR DISTRICT VIGILANCE COMMITTEES", 1),
        ("PREVENTION", 10),
        ("LAW ENFORCEMENT STATISTICS", 9),
        ("OTHER QUESTIONS", 7),
    ]

    @Test("2020–2021 text: 14 sections and 136 questions, numbered 1…n in each section", arguments: formats)
    func sectionsAndNumbers(format: String) {
        let questionnaire = Self.questionnaire(format)
        #expect(questionnaire.sections.map(\.title) == Self.expectedSections.map(\.0))
        #expect(questionnaire.sections.map(\.questions.count) == Self.expectedSections.map(\.1))
        #expect(questionnaire.questions.count == 136)
        for section in questionnaire.sections where section.questions.count > 1 {
            #expect(section.questions.map(\.number) == (1...section.questions.count).map { String($0) }, "\(section.title ?? "")")
        }
    }

    @Test("title, cycle, reporting period and deadline", arguments: formats)
    func header(format: String) {
        let questionnaire = Self.questionnaire(format)
        #expect(questionnaire.title?.hasPrefix("2020 – 2021 Department of State Trafficking in Persons Report Questionnaire") == true)
        #expect(questionnaire.cycle == Cycle(startYear: 2020, endYear: 2021))
        #expect(questionnaire.reportingPeriod == DateRange(start: "2020-01-01", end: "2020-12-31"))
        #expect(questionnaire.deadline == "2021-01-05")
        #expect(questionnaire.preamble.count == 2)
    }

    @Test("sub-items a–f of LAW ENFORCEMENT TRAINING 2 and PREVENTION 2, bullets of TRENDS 4", arguments: formats)
    func subItems(format: String) throws {
        let questionnaire = Self.questionnaire(format)
        let training = try #require(questionnaire.question(id: "law-enforcement-training/2"))
        #expect(training.subItems.map(\.label) == ["a.", "b.", "c.", "d.", "e.", "f."])
        #expect(training.subItems.first?.text == "Who provided the training?")
        #expect(training.text.hasSuffix("please provide the following information:"))
        let hotlines = try #require(questionnaire.question(id: "prevention/2"))
        #expect(hotlines.text == "Hotlines:")
        #expect(hotlines.subItems.count == 6)
        #expect(hotlines.subItems.last?.text == "What procedures were used to follow up after receiving calls regarding human trafficking?")
        let trends = try #require(questionnaire.question(id: "human-trafficking-trends/4"))
        #expect(trends.subItems.map(\.label) == ["•", "•", "•"])
    }

    @Test("the NOTE … END NOTE block is a note, not question text", arguments: formats)
    func noteBlock(format: String) throws {
        let questionnaire = Self.questionnaire(format)
        let question = try #require(questionnaire.question(id: "governments-anti-human-trafficking-efforts/2"))
        #expect(question.notes.map(\.kind) == [.note])
        #expect(question.notes.first?.text.hasPrefix("NOTE: The State Department") == true)
        #expect(question.notes.first?.text.hasSuffix("END NOTE.") == true)
        #expect(!question.text.contains("Palermo"))
        #expect(questionnaire.questions.allSatisfy { !$0.text.contains("END NOTE") })
    }

    @Test("routing lines belong to their sections", arguments: formats)
    func routing(format: String) {
        let questionnaire = Self.questionnaire(format)
        let routed = questionnaire.sections.filter { !$0.routing.isEmpty }.map(\.slug)
        #expect(
            routed == [
                "human-trafficking-related-complicity-and-corruption", "protection", "labor-recruitment-regulation-and-oversight",
                "victim-identification-and-referral", "prevention", "other-questions",
            ])
        #expect(
            questionnaire.sections[5].routing == [
                "For input from multiple agencies, including MOPHRD, Ministry of Human Rights, and Provincial Social Welfare Departments"
            ])
    }

    @Test("the unnumbered vigilance committees question stands alone with its items", arguments: formats)
    func unnumberedQuestion(format: String) throws {
        let questionnaire = Self.questionnaire(format)
        let section = try #require(questionnaire.sections.first { $0.slug == "bonded-labor-district-vigilance-committees" })
        #expect(section.questions.count == 1)
        let question = section.questions[0]
        #expect(question.number == nil)
        #expect(question.id == "bonded-labor-district-vigilance-committees/u1")
        #expect(question.text.hasPrefix("Did District Bonded Labor Vigilance Committees (DVCs) continue to function?"))
        #expect(question.subItems.map(\.label) == ["a.", "b.", "c."])
    }

    @Test("the statistics table is attached to statistics question 8, and question 9 follows it", arguments: formats)
    func statisticsTable(format: String) throws {
        let questionnaire = Self.questionnaire(format)
        let question = try #require(questionnaire.question(id: "law-enforcement-statistics/8"))
        #expect(question.tables.count == 1)
        #expect(question.tables.first?.rows.first?.prefix(3) == ["Sr. #", "Law/Section of PPC", "Cases registered"])
        #expect(question.notes.contains { $0.kind == .instruction && $0.text.hasPrefix("Please break down the convictions") })
        #expect(questionnaire.question(id: "law-enforcement-statistics/9")?.text.hasPrefix("Are there any other cases") == true)
    }

    @Test("the .txt and the .docx give the same ids, numbers, texts and fingerprints")
    func textAndWordAgree() {
        #expect(Self.text.questions.map(\.id) == Self.word.questions.map(\.id))
        #expect(Self.text.questions.map(\.number) == Self.word.questions.map(\.number))
        #expect(Self.text.questions.map(\.text) == Self.word.questions.map(\.text))
        #expect(Self.text.questions.map(\.fingerprint) == Self.word.questions.map(\.fingerprint))
    }

    @Test("2025: 85 unsectioned questions, the (Tips: …) notes kept apart from the text")
    func later2025() throws {
        let questionnaire = Self.later
        #expect(questionnaire.questions.count == 85)
        #expect(questionnaire.questions.map(\.number) == (1...85).map { String($0) })
        #expect(!questionnaire.hasSections)
        #expect(questionnaire.questions.first?.section == nil)
        #expect(questionnaire.cycle == Cycle(startYear: 2025))
        #expect(questionnaire.reportingPeriod == DateRange(start: "2024-04-01", end: "2025-03-31"))
        #expect(questionnaire.questions.allSatisfy { !$0.text.contains("Tips") })
        let first = try #require(questionnaire.question(id: "1"))
        #expect(
            first.text
                == "Were there any changes to preexisting anti-trafficking legislation during the reporting period (amendments to laws or penal codes, new laws, presidential decrees, supreme court precedents, etc.)?"
        )
        #expect(first.notes.map(\.kind) == [.tips])
        #expect(first.notes.first?.text.hasPrefix("Please check if there were any revisions") == true)
        // A tip in the middle of a line, and question text that continues after the tip.
        let third = try #require(questionnaire.question(id: "3"))
        #expect(third.text.hasSuffix("including state sponsored forced labor?"))
        let thirteen = try #require(questionnaire.question(id: "13"))
        #expect(
            thirteen.text.hasSuffix(
                "Did the government train judiciary and court officials on anti-trafficking enforcement, policies, and laws?"))
        #expect(thirteen.notes.count == 1)
        #expect(questionnaire.question(id: "21")?.label == "21..")
        #expect(questionnaire.question(id: "20")?.subItems.first?.text.hasPrefix("If yes, please attach a copy") == true)
    }
}
