import ArgumentParser
import Foundation
import QTrackAnalysis
import QTrackDocuments
import QTrackFixtures
import QTrackModel
import QTrackRecognition
import QTrackReports
import QTrackWorkspace

/// Measures qtrack stage by stage on generated questionnaires of growing size, on the real ones, and on a
/// 2,000-document batch; prints a table and writes JSON so runs can be compared. Build it in release:
/// `swift run -c release qtrack-benchmark`.
@main
struct Benchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "qtrack-benchmark", abstract: "Measure qtrack's speed and memory.")

    @Option(help: "Question counts to generate, comma-separated.")
    var sizes: String = "100,1000,10000"

    @Option(help: "Question counts of questionnaires spliced from the real questions' words, comma-separated.")
    var sharedSizes: String = "10000"

    @Option(help: "Runs per measurement; the median is reported.")
    var runs: Int = 3

    @Option(help: "Countries in the batch (each a repository of cycles).")
    var countries: Int = 190

    @Option(help: "Cycles per country in the batch.")
    var cycles: Int = 10

    @Option(help: "Where to write the JSON results.")
    var output: String = "benchmark-results.json"

    @Flag(help: "Skip the 2,000-document batch.")
    var skipBatch = false

    @Flag(help: "Skip the goals measured with the qtrack executable and the reference tools.")
    var skipGoals = false

    @Option(help: "The qtrack whose goals to measure, e.g. the release archive's bin/qtrack (default: the one beside this).")
    var qtrackExecutable: String?

    @Option(help: "Write the generated inputs here and keep them (to profile a run); a temporary folder otherwise.")
    var keepInputs: String?

    /// Set on the child this benchmark spawns to measure the batch in a process of its own.
    @Flag(help: .hidden)
    var batchOnly = false

    struct Row {
        var name: String
        var stages: [(String, Double)]
        var total: Double
        var peakMiB: Double
    }

    func run() async throws {
        let folder =
            keepInputs.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent(
                "qtrack-benchmark-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { if keepInputs == nil { try? FileManager.default.removeItem(at: folder) } }
        if batchOnly {
            try JSONEncoder().encode(try await measureBatch(in: folder)).write(to: URL(fileURLWithPath: output))
            return
        }
        // The batch first, in a process of its own, as `qtrack check` runs: measured in this one after the
        // 50,000-question versions, the allocator's leftovers slowed it by a tenth. First, because a spawned
        // child is counted with the memory this process holds when it starts (Linux spawns by vfork).
        let batch = skipBatch ? nil : try measureBatchAlone(in: folder)
        let sets = (try? RecommendationSet.loadAll("Mappings/recommendations")) ?? []
        // Coverage as the real job runs it: with the facets, pillars and synonyms of the repository's vocabulary.
        let vocabulary = (try? Vocabulary.load(path: "Mappings/vocabulary.yaml")) ?? .empty
        var rows: [Row] = []
        var goals: [Goals.Goal] = []
        var growth: [(size: Int, seconds: Double)] = []
        let qtrack = skipGoals ? nil : qtrackExecutable ?? Goals.qtrackExecutable
        if !skipGoals && qtrack == nil { print("goals: no release qtrack beside this benchmark; run `swift build -c release` first") }
        if let qtrack, FileManager.default.fileExists(atPath: "Questionnaires/2025/questionnaire.txt") {
            goals += Goals.startUp(qtrack: qtrack, runs: max(runs, 10))
            goals += try Goals.realDiff(qtrack: qtrack, in: folder, runs: max(runs, 5))
        }
        let realQuestions = ["Questionnaires/2020-2021/questionnaire.txt", "Questionnaires/2025/questionnaire.txt"]
        let source = try SharedVocabularyQuestionnaire.sourceQuestions(
            paths: realQuestions.filter { FileManager.default.fileExists(atPath: $0) })
        for size in source.isEmpty ? [] : sharedSizes.split(separator: ",").compactMap({ Int($0) }) {
            let old = SharedVocabularyQuestionnaire.make(questionCount: size, seed: UInt64(size) + 7, source: source)
            let new = SharedVocabularyQuestionnaire.successor(of: old, seed: UInt64(size) + 8, source: source)
            let oldText = folder.appendingPathComponent("shared-old-\(size).txt")
            let newText = folder.appendingPathComponent("shared-new-\(size).txt")
            try old.text.write(to: oldText, atomically: true, encoding: .utf8)
            try new.text.write(to: newText, atomically: true, encoding: .utf8)
            if let qtrack { goals += Goals.sharedVocabulary(qtrack: qtrack, old: oldText.path, new: newText.path, size: size, runs: runs) }
            rows.append(
                try measure(
                    name: "\(size) questions of shared words, .txt", old: oldText.path, new: newText.path, sets: sets,
                    vocabulary: vocabulary))
        }

        if FileManager.default.fileExists(atPath: "Questionnaires/2025/questionnaire.txt") {
            rows.append(
                try measure(
                    name: "real 2020-2021 (.docx) → 2025 (.txt)", old: "Questionnaires/2020-2021/questionnaire.docx",
                    new: "Questionnaires/2025/questionnaire.txt", sets: sets, vocabulary: vocabulary))
        }
        for size in sizes.split(separator: ",").compactMap({ Int($0) }) {
            let (oldText, newText, oldWord, newWord) = try Self.writeGenerated(size: size, in: folder)
            // Before this size is measured here: a spawned child is counted with the memory this process holds
            // when it starts (Linux spawns by vfork), so the child runs while this process is still small.
            if size == 10_000, let qtrack { goals += Goals.tenThousand(qtrack: qtrack, old: oldText.path, new: newText.path, runs: runs) }
            let row = try measure(name: "\(size) questions, .txt", old: oldText.path, new: newText.path, sets: sets, vocabulary: vocabulary)
            rows.append(row)
            growth.append((size, row.total))
            rows.append(
                try measure(name: "\(size) questions, .docx", old: oldWord.path, new: newWord.path, sets: sets, vocabulary: vocabulary))
        }
        if !skipGoals {
            goals += Goals.growth(growth)
            if let batch { goals.append(Goals.batch(batch, processors: ProcessInfo.processInfo.activeProcessorCount)) }
        }
        try report(rows, batch: batch, goals: goals, in: folder)
    }

    /// Two generated versions of `size` questions, each as text and as Word, written under `folder`.
    static func writeGenerated(size: Int, in folder: URL) throws -> (oldText: URL, newText: URL, oldWord: URL, newWord: URL) {
        let old = SyntheticQuestionnaire.make(questionCount: size, seed: UInt64(size))
        let new = old.successor(seed: UInt64(size) + 1)
        let oldText = folder.appendingPathComponent("old-\(size).txt")
        let newText = folder.appendingPathComponent("new-\(size).txt")
        try old.text.write(to: oldText, atomically: true, encoding: .utf8)
        try new.text.write(to: newText, atomically: true, encoding: .utf8)
        let oldWord = folder.appendingPathComponent("old-\(size).docx")
        let newWord = folder.appendingPathComponent("new-\(size).docx")
        try WordPackage.data(Self.document(old)).write(to: oldWord)
        try WordPackage.data(Self.document(new)).write(to: newWord)
        return (oldText, newText, oldWord, newWord)
    }

    /// The table and goals on standard output, and the results as JSON in `output`.
    func report(_ rows: [Row], batch: BatchResult?, goals: [Goals.Goal], in folder: URL) throws {
        print(table(rows))
        print(try RoutingBenchmark.run(size: 1000, runs: runs, folder: folder))
        if let batch {
            print(
                String(
                    format: "batch: %d documents in %d repositories: %.2f s wall, %.2f s CPU (%.1f cores busy), peak %.0f MiB",
                    batch.documents, batch.repositories, batch.wallSeconds, batch.cpuSeconds,
                    batch.cpuSeconds / max(batch.wallSeconds, 0.001),
                    batch.peakMiB))
        }
        if !goals.isEmpty { print("\n" + Goals.table(goals)) }
        let results = Results(
            runs: runs, processors: ProcessInfo.processInfo.activeProcessorCount,
            rows: rows.map { row in
                Results.Row(
                    name: row.name, stages: Dictionary(uniqueKeysWithValues: row.stages.map { ($0.0, $0.1 * 1000) }),
                    totalMilliseconds: row.total * 1000, peakMiB: row.peakMiB)
            }, batch: batch, goals: goals)
        try JSONOutput.render(results).write(toFile: output, atomically: true, encoding: .utf8)
        print("results written to \(output)")
    }

    /// Median time of each stage of `diff` plus coverage, and end to end.
    func measure(name: String, old: String, new: String, sets: [RecommendationSet], vocabulary: Vocabulary) throws -> Row {
        let loader = DocumentLoader()
        let read = try Measurement.median(runs: runs) { (try loader.load(path: old), try loader.load(path: new)) }
        let recognise = Measurement.median(runs: runs) {
            (QuestionnaireRecognizer().recognize(read.result.0), QuestionnaireRecognizer().recognize(read.result.1))
        }
        let align = Measurement.median(runs: runs) { VersionMatcher().compare(recognise.result.0, recognise.result.1) }
        let coverage = Measurement.median(runs: runs) { CoverageAnalyzer(vocabulary: vocabulary).analyze(recognise.result.1, sets: sets) }
        let render = Measurement.median(runs: runs) { () -> Int in
            let report = DiffReport(align.result)
            return report.json().utf8.count + report.text().utf8.count
        }
        let endToEnd = try Measurement.median(runs: runs) { () -> Int in
            let a = QuestionnaireRecognizer().recognize(try loader.load(path: old))
            let b = QuestionnaireRecognizer().recognize(try loader.load(path: new))
            let comparison = VersionMatcher().compare(a, b)
            _ = CoverageAnalyzer(vocabulary: vocabulary).analyze(b, sets: sets)
            return DiffReport(comparison).json().utf8.count
        }
        let stages = [
            ("read", read.seconds), ("recognise", recognise.seconds), ("align", align.seconds), ("coverage", coverage.seconds),
            ("render", render.seconds),
        ]
        return Row(name: name, stages: stages, total: endToEnd.seconds, peakMiB: Measurement.peakMemoryMiB)
    }

    /// About 2,000 documents: `countries` repositories of `cycles` questionnaires each (edited variants of
    /// the real 2020–2021 questionnaire), and a response in half of them; all checked on every core.
    /// What checking many repositories at once took.
    struct BatchResult: Codable {
        var documents: Int
        var repositories: Int
        var cyclesPerRepository: Int
        var findings: Int
        var wallSeconds: Double
        var cpuSeconds: Double
        var peakMiB: Double
    }

    /// The figures written to the results file.
    struct Results: Encodable {
        struct Row: Encodable {
            var name: String
            var stages: [String: Double]
            var totalMilliseconds: Double
            var peakMiB: Double
        }

        var schemaVersion = 1
        var runs: Int
        var processors: Int
        var rows: [Row]
        var batch: BatchResult?
        var goals: [Goals.Goal]
    }

    /// `measureBatch` in a child: this executable again with `--batch-only`, its results read from a file.
    func measureBatchAlone(in folder: URL) throws -> BatchResult {
        let results = folder.appendingPathComponent("batch.json")
        let arguments = [
            CommandLine.arguments[0], "--batch-only", "--countries", String(countries), "--cycles", String(cycles), "--output",
            results.path,
            "--keep-inputs", folder.appendingPathComponent("batch").path,
        ]
        guard let run = ChildProcess.run(arguments), run.status == 0 else {
            throw ValidationError("the batch could not run: \(arguments.joined(separator: " "))")
        }
        return try JSONDecoder().decode(BatchResult.self, from: try Data(contentsOf: results))
    }

    func measureBatch(in folder: URL) async throws -> BatchResult {
        let base = try Questionnaire(loading: "Questionnaires/2020-2021/questionnaire.txt")
        var chain: [String] = []
        var current = base
        for cycle in 0..<cycles {
            var generator = VariantGenerator(seed: UInt64(cycle + 1))
            let text =
                cycle == 0
                ? (try String(contentsOfFile: "Questionnaires/2020-2021/questionnaire.txt", encoding: .utf8))
                : generator.variant(of: current).text
            chain.append(text)
            current = QuestionnaireRecognizer().recognize(try PlainTextReader().read(bytes: Array(text.utf8), file: "cycle"))
        }
        let response = try ResponseFixture.make(from: base, habit: .markers).data
        var documents = 0
        var layouts: [RepositoryLayout] = []
        for country in 0..<countries {
            let root = folder.appendingPathComponent("country-\(country)/Questionnaires")
            for (index, text) in chain.enumerated() {
                let cycleFolder = root.appendingPathComponent(String(2016 + index))
                try FileManager.default.createDirectory(at: cycleFolder, withIntermediateDirectories: true)
                try text.write(to: cycleFolder.appendingPathComponent("questionnaire.txt"), atomically: false, encoding: .utf8)
                documents += 1
                if index == 0 && country % 2 == 0 {
                    try response.write(to: cycleFolder.appendingPathComponent("response.txt"))
                    documents += 1
                }
            }
            layouts.append(try RepositoryLayout.discover(questionnaires: root.path, mappings: "Mappings"))
        }
        let cpuBefore = Measurement.cpuSeconds
        let start = DispatchTime.now().uptimeNanoseconds
        let findings = try await withThrowingTaskGroup(of: Int.self) { group in
            for layout in layouts {
                group.addTask { try await RepositoryCheck.run(layout, loading: DocumentLoading()).findings.count }
            }
            return try await group.reduce(0, +)
        }
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return BatchResult(
            documents: documents, repositories: countries, cyclesPerRepository: cycles, findings: findings, wallSeconds: wall,
            cpuSeconds: Measurement.cpuSeconds - cpuBefore, peakMiB: Measurement.peakMemoryMiB)
    }

    static func document(_ questionnaire: SyntheticQuestionnaire) -> WordDocument {
        var document = WordDocument()
        document.append(WordParagraph(style: .title, text: questionnaire.title))
        for section in questionnaire.sections {
            document.append(WordParagraph(style: .heading, text: section.title))
            for (index, item) in section.items.enumerated() {
                document.append(WordParagraph(style: .question, text: "\(index + 1). \(item.text)"))
            }
        }
        return document
    }

    func table(_ rows: [Row]) -> String {
        let stages = ["read", "recognise", "align", "coverage", "render"]
        var lines = ["| input | " + stages.joined(separator: " ms | ") + " ms | end to end ms | peak MiB |"]
        lines.append("| --- |" + String(repeating: " ---: |", count: stages.count + 2))
        for row in rows {
            let values = stages.map { stage in String(format: "%.1f", (row.stages.first { $0.0 == stage }?.1 ?? 0) * 1000) }
            lines.append(
                "| \(row.name) | " + values.joined(separator: " | ") + String(format: " | %.1f | %.0f |", row.total * 1000, row.peakMiB))
        }
        return lines.joined(separator: "\n")
    }
}
