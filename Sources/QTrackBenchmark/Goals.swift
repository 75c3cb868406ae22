import Foundation
import QTrackFixtures
import QTrackModel
import QTrackReports

/// The speed goals of issues #20 and #34, each measured in the same run as its reference and printed with the ratio.
struct Goals {
    struct Goal: Encodable {
        var goal: String
        var measured: String
        var reference: String
        var ratio: String
        var met: Bool?
    }

    /// The `qtrack` executable built beside this benchmark (`swift build -c release` builds both).
    static var qtrackExecutable: String? {
        let path = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("qtrack").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    /// `qtrack diff` of the real 2020–2021 .docx and the 2025 questionnaire as a .docx, against unzipping and
    /// parsing both `document.xml` with xmllint (the floor), and against pandoc to text twice plus git's word diff
    /// (the usual alternative). 2025 exists only as text, so its .docx is written from it, question by question.
    static func realDiff(qtrack: String, in folder: URL, runs: Int) throws -> [Goal] {
        let old = "Questionnaires/2020-2021/questionnaire.docx"
        let new = folder.appendingPathComponent("2025.docx").path
        try WordPackage.data(document(try Questionnaire(loading: "Questionnaires/2025/questionnaire.txt"))).write(
            to: URL(fileURLWithPath: new))
        guard let diff = ChildProcess.median([qtrack, "diff", old, new], runs: runs) else {
            return [Goal(goal: "real .docx diff", measured: "qtrack diff failed", reference: "", ratio: "", met: false)]
        }
        var goals: [Goal] = []
        let shown = "\(milliseconds(diff.seconds)) (\(milliseconds(diff.cpuSeconds)) CPU)"
        if ChildProcess.isInstalled("xmllint"), ChildProcess.isInstalled("unzip") {
            let parse = { (file: String) in "unzip -p '\(file)' word/document.xml | xmllint --noout -" }
            if let floor = ChildProcess.median(["sh", "-c", parse(old) + " && " + parse(new)], runs: runs) {
                let ratio = diff.seconds / floor.seconds
                goals.append(
                    Goal(
                        goal: "real .docx diff at most 3 × the xmllint floor", measured: shown,
                        reference: "unzip + xmllint both: \(milliseconds(floor.seconds)) (\(milliseconds(floor.cpuSeconds)) CPU)",
                        ratio: String(format: "%.1f × (CPU %.1f ×)", ratio, diff.cpuSeconds / floor.cpuSeconds),
                        met: ratio <= 3))
            }
        } else {
            goals.append(
                Goal(
                    goal: "real .docx diff at most 3 × the xmllint floor", measured: shown, reference: "xmllint or unzip not installed",
                    ratio: "", met: nil))
        }
        if ChildProcess.isInstalled("pandoc"), ChildProcess.isInstalled("git") {
            let a = folder.appendingPathComponent("a.txt").path
            let b = folder.appendingPathComponent("b.txt").path
            let script =
                "pandoc '\(old)' -t plain -o '\(a)' && pandoc '\(new)' -t plain -o '\(b)' && "
                + "{ git diff --no-index --word-diff '\(a)' '\(b)'; test $? -le 1; }"
            if let alternative = ChildProcess.median(["sh", "-c", script], runs: runs) {
                let ratio = alternative.seconds / diff.seconds
                goals.append(
                    Goal(
                        goal: "real .docx diff at least 8 × faster than pandoc + git word diff", measured: shown,
                        reference: "pandoc twice + git diff --word-diff: \(milliseconds(alternative.seconds))",
                        ratio: String(format: "%.1f × faster", ratio), met: ratio >= 8))
            }
        } else {
            goals.append(
                Goal(
                    goal: "real .docx diff at least 8 × faster than pandoc + git word diff", measured: shown,
                    reference: "pandoc or git not installed", ratio: "", met: nil))
        }
        return goals
    }

    /// `qtrack diff --format json` of two generated questionnaires of 10,000 questions, as a separate process.
    static func tenThousand(qtrack: String, old: String, new: String, runs: Int) -> [Goal] {
        guard let run = ChildProcess.median([qtrack, "diff", old, new, "--format", "json"], runs: runs) else {
            return [Goal(goal: "10,000 questions a side under 1 s", measured: "qtrack diff failed", reference: "", ratio: "", met: false)]
        }
        return [
            Goal(
                goal: "10,000 questions a side under 1 s (qtrack diff --format json)", measured: milliseconds(run.seconds),
                reference: "1,000 ms", ratio: String(format: "%.2f ×", run.seconds), met: run.seconds < 1),
            Goal(
                goal: "10,000 questions a side, peak memory under 120 MiB", measured: String(format: "%.0f MiB", run.peakMiB),
                reference: "120 MiB", ratio: String(format: "%.2f ×", run.peakMiB / 120), met: run.peakMiB < 120),
        ]
    }

    /// Start-up: `qtrack --version` (loading, the runtime; no file read) against `xmllint --version`, a C program on
    /// the same libxml2, dynamically linked (issue #34: at most 2 ×), compared by CPU time, which the other work on a
    /// shared machine disturbs least (wall time beside it). `--version` alone is answered before the argument parser
    /// builds its command tree, so the start-up of a command that goes through the parser (`qtrack parse
    /// --version`: the same output, no file read) is printed beside it, as what every other command pays.
    static func startUp(qtrack: String, runs: Int) -> [Goal] {
        let goal = "start-up (qtrack --version) at most 2 × xmllint --version, CPU time"
        guard let start = ChildProcess.median([qtrack, "--version"], runs: runs) else {
            return [Goal(goal: goal, measured: "qtrack --version failed", reference: "", ratio: "", met: false)]
        }
        guard ChildProcess.isInstalled("xmllint"), let floor = ChildProcess.median(["xmllint", "--version"], runs: runs) else {
            return [Goal(goal: goal, measured: both(start), reference: "xmllint not installed", ratio: "", met: nil)]
        }
        let ratio = start.cpuSeconds / floor.cpuSeconds
        var goals = [
            Goal(
                goal: goal, measured: both(start), reference: "xmllint --version: \(both(floor))",
                ratio: String(format: "%.1f ×", ratio), met: ratio <= 2)
        ]
        if let parsed = ChildProcess.median([qtrack, "parse", "--version"], runs: runs) {
            goals.append(
                Goal(
                    goal: "start-up through the argument parser (qtrack parse --version), CPU time", measured: both(parsed),
                    reference: "xmllint --version: \(both(floor))", ratio: String(format: "%.1f ×", parsed.cpuSeconds / floor.cpuSeconds),
                    met: nil))
        }
        return goals
    }

    /// A run's wall time and CPU time, as the start-up rows show them.
    static func both(_ run: ChildProcess.Run) -> String {
        "\(milliseconds(run.cpuSeconds)) CPU (\(milliseconds(run.seconds)) wall)"
    }

    /// `qtrack diff --format json` of two generated questionnaires whose questions share the real ones' words,
    /// against `git diff --no-index --word-diff` of the same files (issue #34: within 10 ×), with its peak memory.
    static func sharedVocabulary(qtrack: String, old: String, new: String, size: Int, runs: Int) -> [Goal] {
        let goal = "\(size) questions a side of shared words within 10 × git diff --word-diff"
        guard let run = ChildProcess.median([qtrack, "diff", old, new, "--format", "json"], runs: runs) else {
            return [Goal(goal: goal, measured: "qtrack diff failed", reference: "", ratio: "", met: false)]
        }
        let measured = "\(milliseconds(run.seconds)), peak \(String(format: "%.0f MiB", run.peakMiB))"
        let script = "git diff --no-index --word-diff '\(old)' '\(new)' >/dev/null; test $? -le 1"
        guard ChildProcess.isInstalled("git"), let words = ChildProcess.median(["sh", "-c", script], runs: runs) else {
            return [Goal(goal: goal, measured: measured, reference: "git not installed", ratio: "", met: nil)]
        }
        let ratio = run.seconds / words.seconds
        return [
            Goal(
                goal: goal, measured: measured, reference: "git diff --word-diff: \(milliseconds(words.seconds))",
                ratio: String(format: "%.1f ×", ratio), met: ratio <= 10)
        ]
    }

    /// Growth of the end-to-end time between consecutive sizes, as an exponent: 1 is linear, 2 quadratic.
    static func growth(_ timings: [(size: Int, seconds: Double)]) -> [Goal] {
        guard timings.count >= 2 else { return [] }
        let steps = zip(timings, timings.dropFirst()).map { a, b in
            (a, b, log(b.seconds / a.seconds) / log(Double(b.size) / Double(a.size)))
        }
        return [
            Goal(
                goal: "sub-quadratic growth",
                measured: steps.map { a, b, exponent in
                    "\(a.size) → \(b.size): \(milliseconds(a.seconds)) → \(milliseconds(b.seconds)) (n^\(String(format: "%.2f", exponent)))"
                }.joined(separator: "; "),
                reference: "n^2 (quadratic)", ratio: steps.map { String(format: "%.2f", $0.2) }.joined(separator: ", "),
                met: steps.allSatisfy { $0.2 < 2 })
        ]
    }

    static func batch(_ batch: Benchmark.BatchResult, processors: Int) -> Goal {
        Goal(
            goal: "\(batch.documents)-document repository check under 25 s on 2 cores",
            measured: String(format: "%.1f s on %d cores, peak %.0f MiB", batch.wallSeconds, processors, batch.peakMiB), reference: "25 s",
            ratio: String(format: "%.2f ×", batch.wallSeconds / 25), met: batch.wallSeconds < 25)
    }

    static func table(_ goals: [Goal]) -> String {
        var lines = ["| goal | measured | reference | ratio | met |", "| --- | --- | --- | --- | --- |"]
        for goal in goals {
            let met = goal.met.map { $0 ? "yes" : "no" } ?? "not measured"
            lines.append("| \(goal.goal) | \(goal.measured) | \(goal.reference) | \(goal.ratio) | \(met) |")
        }
        return lines.joined(separator: "\n")
    }

    static func milliseconds(_ seconds: Double) -> String { String(format: "%.1f ms", seconds * 1000) }

    /// A questionnaire as Word paragraphs: title, section headings, numbered questions and their sub-items.
    static func document(_ questionnaire: Questionnaire) -> WordDocument {
        var document = WordDocument()
        document.append(WordParagraph(style: .title, text: questionnaire.title ?? "Questionnaire"))
        for section in questionnaire.sections {
            if let title = section.title { document.append(WordParagraph(style: .heading, text: title)) }
            for question in section.questions {
                document.append(
                    WordParagraph(style: .question, text: [question.label, question.text].compactMap { $0 }.joined(separator: " ")))
                for item in question.subItems { document.append(WordParagraph(style: .questionItem, text: "\(item.label) \(item.text)")) }
            }
        }
        return document
    }
}
