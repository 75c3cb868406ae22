import Foundation
import QTrackAnalysis
import QTrackFixtures
import QTrackModel
import QTrackTestSupport
import QTrackWorkspace
import Testing

/// The matcher against a reviewer's key for the 2020–2021 → 2025 overhaul (`Tests/Keys/2020-2021--2025.tsv`,
/// made by reading both questionnaires; how is said in the file). The matcher runs alone, with the
/// repository's vocabulary and without the reviewed decisions, so that the figures are its own.
///
/// The issue's targets are 85% of the key's pairs made at 90% precision, and 95% of the pairs not made
/// among the three suggestions. The floors below are what the matcher reaches now (README, Matching
/// figures), so that a change that loses ground fails; they are not the targets.
@Suite("Matcher against a reviewer's key for 2020–2021 → 2025")
struct ReviewerKeyTests {
    struct Row {
        var old: String
        var new: String
        var required: Bool
    }

    static let rows: [Row] = {
        let text = try! String(contentsOf: TestPaths.packageRoot.appendingPathComponent("Tests/Keys/2020-2021--2025.tsv"), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst().map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Row(old: fields[0], new: fields[1], required: fields[2] == "pair")
        }
    }()

    static let comparison: VersionComparison = {
        let old = try! Questionnaire(loading: TestPaths.questionnaire("2020-2021"))
        let new = try! Questionnaire(loading: TestPaths.questionnaire("2025"))
        let vocabulary = try! MappingsLocation(root: TestPaths.mappings.path).loadVocabulary()
        return VersionMatcher(vocabulary: vocabulary).compare(old, new)
    }()

    static var made: Set<[String]> {
        Set(comparison.changes.compactMap { change in change.old.flatMap { old in change.new.map { [old.id, $0.id] } } })
    }

    @Test("the key's pairs made, at what precision (floors: 63% made, 80% precision)")
    func recallAndPrecision() {
        let required = Set(Self.rows.filter(\.required).map { [$0.old, $0.new] })
        let acceptable = Set(Self.rows.map { [$0.old, $0.new] })
        let made = Self.made
        let recall = Double(required.intersection(made).count) / Double(required.count)
        let precision = Double(made.intersection(acceptable).count) / Double(made.count)
        let probable = Self.comparison.changes.filter { $0.certainty == .probable }.count
        print(
            String(
                format: "reviewer's key: %d of %d pairs made (%.1f%%), %d pairs made, precision %.1f%%, %d of them probable",
                required.intersection(made).count, required.count, recall * 100, made.count, precision * 100, probable))
        #expect(recall >= 0.63)
        #expect(precision >= 0.80)
    }

    @Test("a key pair not made has its counterpart among the three suggestions (floor: 90% of the key made or suggested)")
    func suggestions() {
        let made = Self.made
        let missed = Self.rows.filter { $0.required && !made.contains([$0.old, $0.new]) }
        let found = missed.filter { row in
            Self.comparison.changes.contains { change in
                (change.old?.id == row.old && change.new == nil && change.candidates.contains { $0.question.id == row.new })
                    || (change.new?.id == row.new && change.old == nil && change.candidates.contains { $0.question.id == row.old })
            }
        }
        let required = Self.rows.filter(\.required).count
        let reached = required - missed.count + found.count
        print(
            "reviewer's key: \(found.count) of \(missed.count) pairs not made are among the suggestions; \(reached) of \(required) made or suggested"
        )
        // Measured on the pairs not made, the share falls each time the matcher makes one it used to suggest;
        // what a reviewer loses is a pair neither made nor suggested.
        #expect(Double(reached) >= 0.9 * Double(required))
    }

    /// The hardest pairs the matcher makes: weak words, lifted by context or left clear by the pairs around them.
    @Test(
        "the hardest pairs made, marked probable",
        arguments: [
            ("human-trafficking-related-complicity-and-corruption/4", "2"),  // state institutions: similarity 0.35, a close runner-up
            ("governments-anti-human-trafficking-efforts/2", "57"),  // resources for the plan: placed by its neighbours
            ("human-trafficking-trends/3", "72"),  // child sex tourism, by the vocabulary
            ("prevention/2", "24"),  // hotlines: one rare word
        ])
    func hardestPairs(old: String, new: String) throws {
        let change = try #require(Self.comparison.changes.first { $0.old?.id == old && $0.new != nil })
        #expect(change.new?.id == new)
        #expect(change.certainty == .probable)
    }

    @Test("questions asked in the words of one already paired are merged into a rewritten, broader question")
    func mergedIntoBroader() throws {
        // 2025's 13 asks about training of officials in general; 2020–2021 asked about each training in turn.
        for old in ["law-enforcement-training/1", "law-enforcement-training/2", "law-enforcement-training/4", "law-enforcement-training/5"]
        {
            let change = try #require(Self.comparison.changes.first { $0.old?.id == old })
            #expect(change.new?.id == "13", "\(old)")
            #expect(change.certainty == .probable, "\(old)")
        }
    }

    @Test("a removed question names its likely new home: officials facilitating trafficking, taking bribes")
    func removedWithSuggestion() throws {
        let removed = try #require(
            Self.comparison.changes.first { $0.old?.id == "human-trafficking-related-complicity-and-corruption/3" })
        #expect(removed.new == nil || removed.new?.id == "4")
        if removed.new == nil { #expect(removed.candidates.first?.question.id == "4") }
    }
}
