import Foundation
import QTrackFixtures
import QTrackTestSupport
import Testing

/// The third red team's "passed through" class: text from a file or its name reaches a spreadsheet, a
/// terminal or a CI runner only as text, never as a formula, a control sequence or a workflow command.
@Suite("Nothing hostile passed through")
struct PassedThroughTests {
    static let formulas = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+cmd", "-2+3", "@SUM(A1)", "\tstarts with a tab", "\r=1"]

    @Test("every CSV qtrack writes neutralises a cell that would start a formula", arguments: formulas)
    func csvFormula(_ formula: String) throws {
        let repository = try RepositoryFixture()
        defer { repository.remove() }
        // A register title (questions --format csv) and a recommendation id (coverage --format csv).
        let register = repository.url("Mappings/register.yaml")
        var yaml = try String(contentsOf: register, encoding: .utf8)
        let title = "  title: Have there been any notable changes in human trafficking trends…"
        #expect(yaml.contains(title))
        yaml = yaml.replacingOccurrences(of: title, with: "  title: \(Self.yamlQuoted(formula))")
        try Data(yaml.utf8).write(to: register)
        let recommendations = repository.url("Mappings/recommendations/2023.yaml")
        var set = try String(contentsOf: recommendations, encoding: .utf8)
        set = set.replacingOccurrences(of: "  - id: bonded-labor-victim-identification", with: "  - id: \(Self.yamlQuoted(formula))")
        try Data(set.utf8).write(to: recommendations)

        let questions = try CommandRunner.run(["questions", "--format", "csv"], in: repository.root)
        let coverage = try CommandRunner.run(["coverage", "Questionnaires/2025/questionnaire.txt", "--format", "csv"], in: repository.root)
        #expect(Self.cells(questions.stdout).contains { $0.hasPrefix("'") && $0.contains(formula.drop { $0 == "\t" || $0 == "\r" }) })
        for result in [questions, coverage] {
            #expect(result.status == 0, "\(result.stderr)")
            let cells = Self.cells(result.stdout)
            let dangerous = cells.filter { cell in cell.first.map { "=+-@\t\r".contains($0) } ?? false }
            #expect(dangerous.isEmpty, "cells that a spreadsheet runs: \(dangerous)")
        }
    }

    @Test("a file name with a line break, a workflow command and an escape sequence is escaped in every report of it")
    func hostileFileName() throws {
        let repository = try RepositoryFixture()
        defer { repository.remove() }
        let name = "response-x\n::error file=x::forged\u{1B}[31m##[error]old.txt"
        try repository.write(try repository.sampleResponse, named: Array(name.utf8), in: "Questionnaires/2020-2021")
        let path = "Questionnaires/2020-2021/\(name)"
        // Each run, and whether its output names the file (GitHub's shows ten annotations a level, parse none).
        let runs: [([String], Bool)] = [
            (["check"], true), (["check", "--format", "markdown"], true), (["check", "--format", "summary"], true),
            (["check", "--format", "github"], false), (["status", path], true), (["status", path, "--format", "markdown"], true),
            (["status", path, "--format", "github"], true), (["parse", path], false),
        ]
        for (arguments, names) in runs {
            let result = try CommandRunner.run(arguments, in: repository.root)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(!names || result.stdout.contains("response-x"), "\(arguments)")
            let isGitHub = arguments.contains("github")
            for line in result.stdout.split(separator: "\n", omittingEmptySubsequences: false) {
                #expect(!line.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x0D }, "\(arguments): \(line)")
                // Inside an annotation that a line's `::warning` starts, `##[` is data, not a command.
                #expect(isGitHub || !line.contains("##["), "\(arguments): \(line)")
                let trimmed = line.drop { $0 == " " || $0 == "\t" }
                if isGitHub {
                    #expect(trimmed.isEmpty || trimmed.hasPrefix("::notice ") || trimmed.hasPrefix("::warning "), "\(arguments): \(line)")
                } else {
                    #expect(!trimmed.hasPrefix("::"), "\(arguments): \(line)")
                }
            }
        }
        let missing = try CommandRunner.run(["parse", "missing\n::error file=x::forged.txt"], in: repository.root)
        #expect(missing.stderr == "qtrack: error: missing\\n::error file=x::forged.txt: no such file\n")
    }

    @Test("a document's own text cannot start a workflow command at a line's start, wrapped or not")
    func hostileDocumentText() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("q.txt")
        try Data(
            "::error file=a::title\n\nSECTION ONE\n\n1. ::warning::Who decides?\n\n::error ##[error] SECTION TWO\n\n2. Is it so?\n".utf8
        )
        .write(to: file)
        for arguments in [["parse", file.path], ["status", file.path], ["status", file.path, "--format", "markdown"]] {
            let result = try CommandRunner.run(arguments)
            #expect(result.status == 0, "\(result.stderr)")
            for line in result.stdout.split(separator: "\n") {
                #expect(!line.drop { $0 == " " }.hasPrefix("::"), "\(arguments): \(line)")
                #expect(!line.contains("##["), "\(arguments): \(line)")
            }
        }
    }

    @Test(
        "--date for a redline's tracked changes is an xsd:dateTime, checked whole, or a usage error",
        arguments: [
            ("2025-02-01T00:00:00Zjunk", false), ("2025-02-30T00:00:00Z", false), ("0000-01-01T00:00:00Z", false),
            ("2025-13-01T00:00:00Z", false), ("2025-02-01T24:00:00Z", false), ("2025-02-01", false), ("2025-02-01T00:00:00+15:00", false),
            ("2023-02-29T00:00:00Z", false), ("2024-02-29T12:30:00Z", true), ("2025-02-01T00:00:00Z", true),
            ("2025-02-01T00:00:00.5+05:00", true), ("2025-02-01T00:00:00", true),
        ])
    func trackedChangeDate(_ date: String, _ valid: Bool) throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("redline.docx")
        let result = try CommandRunner.run([
            "diff", "Questionnaires/2020-2021/questionnaire.txt", "Questionnaires/2025/questionnaire.txt", "--format", "docx", "-o",
            output.path,
            "--date", date,
        ])
        if valid {
            #expect(result.status == 0, "\(result.stderr)")
            let document = try #require(try DocxFixture.parts(of: try Data(contentsOf: output))["word/document.xml"])
            #expect(String(decoding: document, as: UTF8.self).contains("w:date=\"\(date)\""))
        } else {
            #expect(result.status == 64)
            #expect(result.stderr.contains("--date takes an ISO 8601 date and time"))
            #expect(!FileManager.default.fileExists(atPath: output.path))
        }
    }

    /// A YAML double-quoted scalar.
    static func yamlQuoted(_ text: String) -> String {
        "\""
            + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\t", with: "\\t").replacingOccurrences(of: "\r", with: "\\r") + "\""
    }

    /// The cells of a CSV text (RFC 4180, CRLF rows), unquoted.
    static func cells(_ csv: String) -> [String] {
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var characters = Array(csv.unicodeScalars)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" {
                        cell.unicodeScalars.append("\"")
                        characters.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    cell.unicodeScalars.append(character)
                }
            } else if character == "\"" && cell.isEmpty {
                quoted = true
            } else if character == "," || character == "\n" {
                cells.append(cell)
                cell = ""
            } else if character != "\r" || characters.first != "\n" {
                cell.unicodeScalars.append(character)
            }
        }
        return cells
    }
}
