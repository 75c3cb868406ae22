import Foundation
import QTrackAnalysis
import QTrackFixtures
import QTrackModel
import QTrackTestSupport
import QTrackWorkspace
import Testing

/// The real overhaul: 136 sectioned questions of 2020–2021 against the 85 unsectioned ones of 2025.
@Suite("Matcher on the real questionnaires")
struct RealOverhaulTests {
    static let old = try! Questionnaire(loading: TestPaths.questionnaire("2020-2021"))
    static let oldWord = try! Questionnaire(loading: TestPaths.questionnaire("2020-2021", "questionnaire.docx"))
    static let new = try! Questionnaire(loading: TestPaths.questionnaire("2025"))
    static let decisionsPath = TestPaths.mappings.appendingPathComponent("decisions/2020-2021--2025.yaml").path
    static let decisions = try! ReviewedDecisions.load(path: decisionsPath)
    static let comparison = VersionMatcher(decisions: decisions, decisionsFile: decisionsPath).compare(old, new)

    static func partner(ofOld id: String) -> String? {
        comparison.changes.first { $0.old?.id == id && $0.new != nil }?.new?.id
    }

    /// Pairs checked by reading both questions.
    @Test(
        "pairs a person would make",
        arguments: [
            ("laws-and-prosecution/13", "1"),  // amendments to anti-trafficking laws
            ("human-trafficking-related-complicity-and-corruption/4", "2"),  // state institutions involved in trafficking
            ("laws-and-prosecution/12", "5"),  // prosecutions of complicit officials
            ("laws-and-prosecution/8", "12"),  // cooperation with foreign law enforcement
            ("prevention/2", "24"),  // hotlines
            ("protection/12", "29"),  // funding of victim care
            ("protection/5", "34"),  // child victims' placement in shelters
            ("protection/6", "36"),  // adults free to enter and leave shelters
            ("victim-identification-and-referral/10", "41"),  // screening when detaining or arresting
            ("victim-assistance-in-investigations-and-prosecutions/3", "42"),  // support to victims who assist prosecutions
            ("victim-assistance-in-investigations-and-prosecutions/2", "44"),  // victims who took part in investigations
            ("victim-assistance-in-investigations-and-prosecutions/4", "47"),  // victims' security and privacy at trial
            ("victim-assistance-in-investigations-and-prosecutions/7", "48"),  // testimony by video or in writing
            ("other-questions/4", "49"),  // restitution
            ("prevention/9", "56"),  // national action plan
            ("governments-anti-human-trafficking-efforts/6", "58"),  // research and assessment
            ("labor-recruitment-regulation-and-oversight/4", "65"),  // bilateral labor recruitment agreements
            ("other-questions/5", "68"),  // trade and migration policies
            ("prevention/3", "70"),  // reducing demand for commercial sex
            ("human-trafficking-related-complicity-and-corruption/5", "74"),  // diplomats exploiting domestic workers
            ("prevention/8", "75"),  // peacekeepers
        ])
    func pinnedPairs(old: String, new: String) {
        #expect(Self.partner(ofOld: old) == new)
    }

    @Test("the question on training diplomats pairs with one of the two diplomat questions")
    func diplomats() {
        let partner = Self.comparison.changes.first { $0.new?.id == "73" }?.old?.id
        #expect(["human-trafficking-related-complicity-and-corruption/2", "prevention/6"].contains(partner))
    }

    @Test("new topics stay added and the COVID-19 questions are never certain pairs; weak pairs are marked probable")
    func noForcedPairs() {
        for id in ["18", "19", "79", "82", "83"] {
            #expect(Self.comparison.changes.first { $0.new?.id == id }?.kind == .added, "new \(id)")
        }
        for id in [
            "governments-anti-human-trafficking-efforts/13", "governments-anti-human-trafficking-efforts/14",
            "law-enforcement-training/8", "protection/17", "protection/18", "labor-recruitment-regulation-and-oversight/8",
        ] {
            let change = Self.comparison.changes.first { $0.old?.id == id }
            #expect(change?.kind == .removed || change?.certainty == .probable, "old \(id)")
        }
        let pairs = Self.comparison.changes.filter { $0.old != nil && $0.new != nil }
        // Splits and merges found by containment are judged on containment, not similarity.
        let weakestCertain = pairs.filter { $0.certainty == .certain && $0.origin == .similarity }.map(\.similarity).min() ?? 0
        #expect(weakestCertain >= 0.40)
        #expect(pairs.filter { $0.certainty == .probable }.allSatisfy { $0.similarity >= 0.2 })
    }

    @Test("every question appears exactly once on its side")
    func completeness() {
        let oldIDs = Self.comparison.changes.compactMap(\.old?.id)
        let newIDs = Self.comparison.changes.compactMap(\.new?.id)
        #expect(Set(oldIDs) == Set(Self.old.questions.map(\.id)))
        #expect(Set(newIDs) == Set(Self.new.questions.map(\.id)))
        #expect(newIDs.count == Set(newIDs).count || Self.comparison.changes.contains { $0.kind == .merged })
    }

    @Test("header changes: cycle, reporting period and deadline")
    func header() {
        let fields = Dictionary(uniqueKeysWithValues: Self.comparison.headerChanges.map { ($0.field, $0) })
        #expect(fields[.cycle]?.old == "2020-2021")
        #expect(fields[.cycle]?.new == "2025")
        #expect(fields[.reportingPeriod]?.new == "2024-04-01 to 2025-03-31")
        #expect(fields[.deadline]?.old == "2021-01-05")
    }

    @Test("the reviewed decisions are honoured and said to be the source of their pairs")
    func decisionsHonoured() throws {
        let confirmed = try #require(Self.comparison.changes.first { $0.old?.id == "laws-and-prosecution/12" })
        #expect(confirmed.origin == .decision)
        #expect(confirmed.evidence.first?.contains("2020-2021--2025.yaml") == true)
        // The matcher alone pairs the official-complicity response question with the scam-operations one;
        // the reviewer's "unrelated" decision stops it.
        let unreviewed = VersionMatcher().compare(Self.old, Self.new)
        #expect(unreviewed.changes.contains { $0.old?.id == "human-trafficking-related-complicity-and-corruption/6" && $0.new?.id == "84" })
        #expect(
            !Self.comparison.changes.contains {
                $0.old?.id == "human-trafficking-related-complicity-and-corruption/6" && $0.new?.id == "84"
            })
    }

    @Test("a decision naming a question that does not exist is a diagnostic, not a failure")
    func staleDecision() {
        let decisions = ReviewedDecisions(old: "2020-2021", new: "2025", pairs: [.init(old: "protection/99", new: "1")])
        let comparison = VersionMatcher(decisions: decisions, decisionsFile: "d.yaml").compare(Self.old, Self.new)
        #expect(
            comparison.diagnostics.map(\.message) == ["decision names old question 'protection/99', which \(Self.old.file) does not have"])
    }

    @Test("the .txt and the .docx of the same questionnaire diff to no substantive change")
    func textAgainstWord() {
        let comparison = VersionMatcher().compare(Self.old, Self.oldWord)
        #expect(!comparison.hasSubstantiveChanges)
        #expect(comparison.summary == [.unchanged: 136])
        #expect(comparison.sectionChanges.isEmpty)
        #expect(comparison.headerChanges.isEmpty)
    }
}
