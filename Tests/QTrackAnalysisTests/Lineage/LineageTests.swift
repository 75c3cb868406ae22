import Foundation
import QTrackAnalysis
import QTrackDocuments
import QTrackFixtures
import QTrackModel
import QTrackRecognition
import QTrackTestSupport
import QTrackWorkspace
import Testing

/// Four generated cycles, each edited from the one before with every kind of change.
@Suite("Question lineages")
struct LineageTests {
    struct Chain: Sendable {
        var cycles: [LineageBuilder.Cycle]
        /// The answer key of each step: expected pairs from cycle k to cycle k + 1.
        var steps: [[VariantGenerator.Expected]]
    }

    static let chain: Chain = {
        var current = try! Questionnaire(loading: TestPaths.questionnaire("2020-2021"))
        var cycles = [LineageBuilder.Cycle(label: "2021", questionnaire: current)]
        var steps: [[VariantGenerator.Expected]] = []
        for (index, seed) in ([2, 3, 4] as [UInt64]).enumerated() {
            var generator = VariantGenerator(seed: seed)
            let variant = generator.variant(of: current)
            current = QuestionnaireRecognizer().recognize(
                try! PlainTextReader().read(bytes: Array(variant.text.utf8), file: "cycle-\(index + 2022).txt"))
            cycles.append(LineageBuilder.Cycle(label: String(2022 + index), questionnaire: current))
            steps.append(variant.expected)
        }
        return Chain(cycles: cycles, steps: steps)
    }()

    static func build(_ cycles: [LineageBuilder.Cycle], onto register: QuestionRegister = QuestionRegister()) -> QuestionRegister {
        LineageBuilder().extend(register, with: cycles) { VersionMatcher().compare($0, $1) }
    }

    @Test("lineages survive renumbering, moves, rewording, splits and merges, cycle after cycle")
    func survival() throws {
        let register = Self.build(Self.chain.cycles)
        #expect(register.cycles == ["2021", "2022", "2023", "2024"])
        var kept: [String: Int] = [:]
        var total = 0
        var right = 0
        var missed: [String] = []
        for (step, expected) in Self.chain.steps.enumerated() {
            let from = register.cycles[step]
            let to = register.cycles[step + 1]
            for pair in expected {
                guard let old = pair.old, let new = pair.new else { continue }
                total += 1
                if register.lineages(of: old, in: from).contains(where: { $0.members[to]?.contains(new) == true }) {
                    right += 1
                    for kind in pair.kinds { kept[kind, default: 0] += 1 }
                } else {
                    missed.append("\(from):\(old) → \(to):\(new) \(pair.kinds.sorted())")
                }
            }
        }
        // A lineage is as good as the matcher's pairs: the same 98% bar, across three edited generations.
        print("lineages kept \(right) of \(total) expected links; missed: \(missed)")
        #expect(Double(right) / Double(total) >= 0.98)
        for kind in ["renumbered", "moved", "reworded", "split", "merged", "dateShift"] {
            #expect((kept[kind] ?? 0) > 0, "no lineage survived a \(kind) change")
        }
    }

    @Test("a split branches a lineage; a merge joins two; removed questions end theirs; added ones start new ones")
    func shapes() throws {
        let register = Self.build(Self.chain.cycles)
        #expect(register.lineages.contains { lineage in register.cycles.contains { (lineage.members[$0] ?? []).count >= 2 } })
        let everyQuestion = Self.chain.cycles.flatMap { cycle in cycle.questionnaire.questions.map { (cycle.label, $0.id) } }
        let joined = everyQuestion.filter { register.lineages(of: $0.1, in: $0.0).count >= 2 }
        #expect(!joined.isEmpty)
        // Every question of every cycle belongs to at least one lineage.
        #expect(everyQuestion.allSatisfy { !register.lineages(of: $0.1, in: $0.0).isEmpty })
        let removed = Self.chain.steps[0].filter { $0.kinds == ["removed"] }.compactMap(\.old)
        for id in removed {
            #expect(register.lineages(of: id, in: "2021").allSatisfy { ($0.members["2022"] ?? []).isEmpty })
        }
        let added = Self.chain.steps[0].filter { $0.kinds == ["added"] }.compactMap(\.new)
        for id in added {
            #expect(register.lineages(of: id, in: "2022").allSatisfy { $0.members["2021"] == nil })
        }
    }

    @Test("ids never change: the same register when regenerated, or extended one cycle at a time")
    func stableIDs() throws {
        let whole = Self.build(Self.chain.cycles)
        #expect(Self.build(Self.chain.cycles) == whole)
        let partial = Self.build(Array(Self.chain.cycles.prefix(3)))
        let extended = Self.build(Self.chain.cycles, onto: partial)
        #expect(extended == whole)
        // The register read back from its YAML is the same register.
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("register.yaml").path
        try whole.yaml().write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try QuestionRegister.load(path: file) == whole)
    }

    @Test("the register wins over a changed matcher, and the disagreement is shown for review")
    func registerWins() throws {
        let cycles = Array(Self.chain.cycles.prefix(2))
        var register = Self.build(cycles)
        // A reviewer's register that pairs one question differently from what the matcher finds.
        let moved = try #require(
            register.lineages.firstIndex { ($0.members["2021"] ?? []).count == 1 && ($0.members["2022"] ?? []).count == 1 })
        let question = register.lineages[moved].members["2021"]![0]
        register.lineages[moved].members["2022"] = []
        let extended = LineageBuilder().extend(register, with: cycles) { VersionMatcher().compare($0, $1) }
        #expect(extended == register, "a cycle already in the register is never re-paired")
        let disagreements = LineageBuilder().disagreements(register, cycles: cycles) { VersionMatcher().compare($0, $1) }
        #expect(disagreements.contains { $0.question == question && $0.register.isEmpty && !$0.matcher.isEmpty })
        #expect(LineageBuilder().disagreements(Self.build(cycles), cycles: cycles) { VersionMatcher().compare($0, $1) }.isEmpty)
    }
}
