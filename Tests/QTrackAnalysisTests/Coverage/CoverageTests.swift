import Foundation
import QTrackAnalysis
import QTrackFixtures
import QTrackModel
import QTrackTestSupport
import QTrackWorkspace
import Testing

@Suite("Coverage of recommendations")
struct CoverageTests {
    static let questionnaire = try! Questionnaire(loading: TestPaths.questionnaire("2020-2021"))
    static let later = try! Questionnaire(loading: TestPaths.questionnaire("2025"))
    static let sets = try! RecommendationSet.loadAll(TestPaths.mappings.appendingPathComponent("recommendations").path)
    /// Automatic matching only, without the reviewed links, with the repository's vocabulary (facets, pillars).
    static let analyzer = CoverageAnalyzer(vocabulary: try! MappingsLocation(root: TestPaths.mappings.path).loadVocabulary())
    static let automatic = analyzer.analyze(questionnaire, sets: sets)

    static func matches(_ id: String) -> [String] {
        automatic.items.first { $0.qualifiedID == id }?.questions.map(\.id) ?? []
    }

    @Test("the recommendation sets: 2009's four ids, 2015 complete, later lists marked incomplete")
    func sets() throws {
        #expect(Self.sets.map(\.year) == [2009, 2015, 2019, 2021, 2023])
        #expect(
            Self.sets[0].recommendations.map(\.id) == ["labor-law-enforcement", "fraudulent-recruiting", "complicity", "victim-services"])
        #expect(Self.sets[1].complete && Self.sets[1].recommendations.count == 8)
        #expect(Self.sets.dropFirst(2).allSatisfy { !$0.complete && $0.missing != nil })
        // No cut-off sentence is completed by guessing: every text ends as a sentence ends.
        for set in Self.sets.dropFirst(2) {
            #expect(set.recommendations.allSatisfy { $0.text.hasSuffix(".") && !$0.text.contains("…") })
        }
    }

    @Test(
        "each 2009 recommendation is covered by the questions a reviewer would cite",
        arguments: [
            (
                "2009/labor-law-enforcement",
                [
                    "law-enforcement-statistics/2", "law-enforcement-statistics/3", "law-enforcement-statistics/4",
                    "law-enforcement-statistics/9", "laws-and-prosecution/1",
                ]
            ),
            (
                "2009/fraudulent-recruiting",
                [
                    "labor-recruitment-regulation-and-oversight/3", "labor-recruitment-regulation-and-oversight/1",
                    "labor-recruitment-regulation-and-oversight/2", "labor-recruitment-regulation-and-oversight/4",
                    "labor-recruitment-regulation-and-oversight/6",
                ]
            ),
            (
                "2009/complicity",
                [
                    "human-trafficking-related-complicity-and-corruption/1", "laws-and-prosecution/12",
                    "human-trafficking-related-complicity-and-corruption/6", "human-trafficking-related-complicity-and-corruption/7",
                    "human-trafficking-related-complicity-and-corruption/11",
                ]
            ),
            (
                "2009/victim-services",
                [
                    "protection/1", "protection/2", "protection/3", "protection/11", "protection/12",
                ]
            ),
        ])
    func covered(id: String, expected: [String]) {
        #expect(Self.automatic.items.first { $0.qualifiedID == id }?.status == .covered)
        let found = Self.matches(id)
        for question in expected { #expect(found.contains(question), "\(id) should list \(question)") }
    }

    @Test(
        "questions that merely mention the government are not pulled in",
        arguments: [
            (
                "2009/fraudulent-recruiting",
                ["protection/1", "laws-and-prosecution/3", "human-trafficking-related-complicity-and-corruption/1"]
            ),
            (
                "2009/complicity",
                [
                    "protection/1", "labor-recruitment-regulation-and-oversight/3", "human-trafficking-trends/1",
                    "law-enforcement-training/1",
                    // All trafficking investigations answer a recommendation on bonded labor, not one on officials.
                    "law-enforcement-statistics/2",
                ]
            ),
            (
                "2009/victim-services",
                ["laws-and-prosecution/3", "labor-recruitment-regulation-and-oversight/3", "governments-anti-human-trafficking-efforts/7"]
            ),
            ("2009/labor-law-enforcement", ["laws-and-prosecution/3", "protection/2", "governments-anti-human-trafficking-efforts/7"]),
        ])
    func notPulledIn(id: String, absent: [String]) {
        let found = Self.matches(id)
        for question in absent { #expect(!found.contains(question), "\(id) should not list \(question)") }
    }

    @Test("investigations mentioned in passing: a question on victims or on training does not answer labor law enforcement")
    func belongsElsewhere() throws {
        // Questions on victims who took part in investigations are protection's; questions on training
        // investigators are their section's. A count of all investigations answers the recommendation.
        let older = Self.matches("2009/labor-law-enforcement")
        #expect(older.contains("law-enforcement-statistics/2"))
        #expect(!older.contains("law-enforcement-training/1") && !older.contains("law-enforcement-training/6"))
        let newer = Self.analyzer.analyze(Self.later, sets: Self.sets).items.first { $0.qualifiedID == "2009/labor-law-enforcement" }
        let listed = try #require(newer).questions.map(\.id)
        #expect(listed.starts(with: ["10", "11"]))
        for question in ["42", "44", "45", "50"] { #expect(!listed.contains(question), "2025's \(question) asks about victims") }
    }

    @Test("each automatic match says what it asks for, what it names and which words it shares")
    func reasons() throws {
        let item = try #require(Self.automatic.items.first { $0.qualifiedID == "2009/fraudulent-recruiting" })
        let best = try #require(item.questions.first)
        #expect(best.id == "labor-recruitment-regulation-and-oversight/3")
        #expect(best.reason.hasPrefix("asks for sentences, recruitment-oversight; names fraudulent recruitment"))
        #expect(best.reason.contains("shares ") && best.reason.contains("fraudulent"))
        #expect(best.reason.hasSuffix("in a prevention section"))
    }

    @Test("a recommendation naming a facet or pillar the vocabulary lacks gets a warning naming its file")
    func unknownFacet() {
        var set = Self.sets[0]
        set.recommendations[0].facets = ["raids"]
        set.recommendations[0].pillars = ["protection", "partnerships"]
        let coverage = Self.analyzer.analyze(Self.questionnaire, sets: [set])
        #expect(
            coverage.diagnostics.map(\.message) == [
                "recommendation '2009/labor-law-enforcement' names facet 'raids', which the vocabulary does not define",
                "recommendation '2009/labor-law-enforcement' names pillar 'partnerships', which the vocabulary does not define",
            ])
        #expect(coverage.diagnostics.allSatisfy { $0.location.file == set.file })
    }

    @Test("terms of two groups that read alike once stemmed: a warning naming the vocabulary file; the repository's has none")
    func ambiguousVocabulary() throws {
        var vocabulary = try MappingsLocation(root: TestPaths.mappings.path).loadVocabulary()
        #expect(Self.analyzer.vocabularyDiagnostics.isEmpty)
        vocabulary.groups[0].terms.append("trafficked persons")
        let warnings = CoverageAnalyzer(vocabulary: vocabulary, vocabularyFile: "Mappings/vocabulary.yaml").vocabularyDiagnostics
        #expect(warnings.map(\.location.file) == ["Mappings/vocabulary.yaml"])
        #expect(warnings.first?.message.contains("'trafficking in persons' and 'trafficked persons'") == true)
    }

    @Test("a link to a changed question is suspect, to a missing one broken")
    func suspectAndBroken() {
        let links = RecommendationLinks(
            cycle: "2020-2021",
            links: [
                .init(recommendation: "2009/complicity", question: "laws-and-prosecution/12", fingerprint: "0000000000000000"),
                .init(recommendation: "2009/complicity", question: "laws-and-prosecution/99", fingerprint: "0000000000000000"),
                .init(
                    recommendation: "2009/victim-services", question: "protection/1",
                    fingerprint: Self.questionnaire.question(id: "protection/1")?.fingerprint),
            ])
        let coverage = CoverageAnalyzer().analyze(Self.questionnaire, sets: Self.sets, links: links)
        let complicity = coverage.items.first { $0.qualifiedID == "2009/complicity" }!
        #expect(complicity.questions.first { $0.id == "laws-and-prosecution/12" }?.suspect == true)
        #expect(complicity.questions.first { $0.id == "laws-and-prosecution/99" }?.broken == true)
        let services = coverage.items.first { $0.qualifiedID == "2009/victim-services" }!
        #expect(services.questions.first?.origin == .link)
        #expect(services.questions.first?.suspect == false)
        #expect(coverage.suspectLinks == 1)
        #expect(coverage.brokenLinks == 1)
    }

    @Test("against 2025: which recommendations kept or lost coverage, and the questions lost with the overhaul")
    func acrossVersions() throws {
        let current = Self.analyzer.analyze(Self.later, sets: Self.sets)
        let decisions = try ReviewedDecisions.load(path: TestPaths.mappings.appendingPathComponent("decisions/2020-2021--2025.yaml").path)
        let diff = VersionMatcher(decisions: decisions).compare(Self.questionnaire, Self.later)
        let comparison = CoverageComparison(previous: Self.automatic, current: current, diff: diff)
        let protocolChange = try #require(comparison.change(for: "2015/un-tip-protocol"))
        #expect(protocolChange.previousStatus == .covered)
        #expect(protocolChange.trend == .worse)
        #expect(protocolChange.lostQuestions == ["laws-and-prosecution/3"])
        let recruiting = try #require(comparison.change(for: "2009/fraudulent-recruiting"))
        #expect(recruiting.status == .covered)
        #expect(comparison.changes.count == 17)
    }

    @Test("a malformed recommendation set is an error naming the file")
    func malformedSet() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("2030.yaml").path
        try
            "report: x\nyear: 2030\nsource: y\ncomplete: true\nrecommendations:\n  - id: a\n    title: A\n    text: t\n  - id: a\n    title: B\n    text: u\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: MappingError(file: path, reason: "recommendation id 'a' appears twice")) { try RecommendationSet.load(path: path) }
    }
}
