import Foundation
import QTrackAnalysis
import QTrackFixtures
import QTrackModel
import QTrackTestSupport
import QTrackWorkspace
import Testing

/// Coverage against a reviewer's key (`Tests/Keys/coverage.tsv`, made by reading; how is said in the file):
/// for eight recommendations of 2009, 2015 and 2019, the core and related questions of 2020–2021 and 2025.
///
/// The issue's targets are 90% of core questions listed and 85% of listed questions core or related, per
/// recommendation. The floors below are what coverage reaches now (README), so that a change that loses
/// ground fails; they are not the targets.
@Suite("Coverage against a reviewer's key")
struct CoverageKeyTests {
    struct Row {
        var cycle: String
        var recommendation: String
        var question: String
        var core: Bool
    }

    static let rows: [Row] = {
        let text = try! String(contentsOf: TestPaths.packageRoot.appendingPathComponent("Tests/Keys/coverage.tsv"), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst().map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Row(cycle: fields[0], recommendation: fields[1], question: fields[2], core: fields[3] == "core")
        }
    }()

    @Test("core questions listed, and listed questions core or related (floors: 90% and 70%)")
    func figures() throws {
        let location = MappingsLocation(root: TestPaths.mappings.path)
        let sets = try RecommendationSet.loadAll(location.recommendations)
        let analyzer = CoverageAnalyzer(vocabulary: try location.loadVocabulary())
        var core = 0
        var coreListed = 0
        var listed = 0
        var listedInKey = 0
        for cycle in ["2020-2021", "2025"] {
            let questionnaire = try Questionnaire(loading: TestPaths.questionnaire(cycle))
            let coverage = analyzer.analyze(questionnaire, sets: sets.filter { $0.applies(to: questionnaire.cycle) })
            for item in coverage.items {
                let key = Self.rows.filter { $0.cycle == cycle && $0.recommendation == item.qualifiedID }
                guard !key.isEmpty else { continue }
                let shown = Set(item.questions.map(\.id))
                let wanted = Set(key.filter(\.core).map(\.question))
                core += wanted.count
                coreListed += wanted.intersection(shown).count
                listed += shown.count
                listedInKey += shown.intersection(key.map(\.question)).count
                print(
                    "coverage key: \(cycle) \(item.qualifiedID): \(wanted.intersection(shown).count) of \(wanted.count) core listed, "
                        + "\(shown.intersection(key.map(\.question)).count) of \(shown.count) listed in the key")
            }
        }
        print("coverage key: \(coreListed) of \(core) core questions listed; \(listedInKey) of \(listed) listed are core or related")
        #expect(Double(coreListed) >= 0.90 * Double(core))
        #expect(Double(listedInKey) >= 0.70 * Double(listed))
    }
}

@Suite("Coverage rules a reviewer can defend")
struct CoverageRuleTests {
    static let sets = try! RecommendationSet.loadAll(TestPaths.mappings.appendingPathComponent("recommendations").path)

    @Test("only reports published by the cycle's start apply: 2009, 2015, 2019 to 2020–2021; all five to 2025")
    func publishedBefore() throws {
        let old = try Questionnaire(loading: TestPaths.questionnaire("2020-2021"))
        let new = try Questionnaire(loading: TestPaths.questionnaire("2025"))
        #expect(Self.sets.filter { $0.applies(to: old.cycle) }.map(\.year) == [2009, 2015, 2019])
        #expect(Self.sets.filter { $0.applies(to: new.cycle) }.map(\.year) == [2009, 2015, 2019, 2021, 2023])
    }

    @Test("an automatic match is never 1.00, lists no question on one shared word, and ties keep the questionnaire's order")
    func scores() throws {
        let questionnaire = try Questionnaire(loading: TestPaths.questionnaire("2025"))
        let vocabulary = try MappingsLocation(root: TestPaths.mappings.path).loadVocabulary()
        let coverage = CoverageAnalyzer(vocabulary: vocabulary).analyze(questionnaire, sets: Self.sets)
        let order = Dictionary(uniqueKeysWithValues: questionnaire.questions.enumerated().map { ($1.id, $0) })
        for item in coverage.items {
            let automatic = item.questions.filter { $0.origin == .auto }
            #expect(automatic.allSatisfy { $0.score < 1 })
            // Evidence is a facet asked for, a subject named, or two words or a phrase shared; never one word.
            #expect(
                automatic.allSatisfy { match in
                    match.reason.hasPrefix("asks for ") || match.reason.contains("names ")
                        || match.reason.contains(",") || match.reason.contains("\"")
                }, "\(item.qualifiedID): a facet, a subject, or two words or a phrase")
            for (a, b) in zip(automatic, automatic.dropFirst()) where a.score == b.score {
                #expect(order[a.id]! < order[b.id]!, "\(item.qualifiedID): \(a.id) and \(b.id) tie")
            }
        }
    }
}
