import Foundation
import QTrackAnalysis
import QTrackDocuments
import QTrackFixtures
import QTrackModel
import QTrackRecognition
import QTrackTestSupport
import Testing

/// Variants of the real 2020–2021 questionnaire with every change kind applied, checked against their answer keys.
@Suite("Matcher on generated variants")
struct GeneratedVariantTests {
    static let original = try! Questionnaire(loading: TestPaths.questionnaire("2020-2021"))

    struct Score {
        var right = 0
        var total = 0
        var wrong: [String] = []
        var kindsSeen: Set<String> = []
    }

    static func score(seed: UInt64) throws -> Score {
        var generator = VariantGenerator(seed: seed)
        let variant = generator.variant(of: original)
        let document = try PlainTextReader().read(bytes: Array(variant.text.utf8), file: "variant-\(seed).txt")
        let edited = QuestionnaireRecognizer().recognize(document)
        let comparison = VersionMatcher().compare(original, edited)
        var found: [String: QuestionChange] = [:]
        for change in comparison.changes {
            found["\(change.old?.id ?? "∅")→\(change.new?.id ?? "∅")"] = change
        }
        var score = Score()
        for expected in variant.expected {
            score.total += 1
            score.kindsSeen.formUnion(expected.kinds)
            let key = "\(expected.old ?? "∅")→\(expected.new ?? "∅")"
            guard let change = found[key] else {
                score.wrong.append("missing \(expected)")
                continue
            }
            let kinds = Set(change.kinds.map(\.rawValue))
            let structural = expected.kinds.intersection(["split", "merged"])
            let right = structural.isEmpty ? kinds == expected.kinds : structural.contains(change.kind.rawValue)
            if right {
                score.right += 1
            } else {
                score.wrong.append("\(expected) but got \(kinds.sorted())")
            }
        }
        return score
    }

    @Test("at least 98% of pairs and kinds are right on each variant", arguments: [1, 2, 3, 4, 5] as [UInt64])
    func accuracy(seed: UInt64) throws {
        let score = try Self.score(seed: seed)
        let share = Double(score.right) / Double(score.total)
        print("seed \(seed): \(score.right) of \(score.total) pairs and kinds right (\(String(format: "%.1f", share * 100))%)")
        for line in score.wrong { print("  \(line)") }
        #expect(score.total > 120)
        #expect(share >= 0.98)
    }

    @Test("the variants exercise every change kind but options (the TIP questionnaire has none; see AnswerOptionTests)")
    func everyKind() throws {
        var kinds: Set<String> = []
        for seed in [1, 2, 3, 4, 5] as [UInt64] { kinds.formUnion(try Self.score(seed: seed).kindsSeen) }
        #expect(kinds == Set(ChangeKind.allCases.filter { $0 != .optionsChanged }.map(\.rawValue)))
    }
}
