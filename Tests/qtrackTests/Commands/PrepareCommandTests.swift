import Foundation
import QTrackDocuments
import QTrackModel
import QTrackTestSupport
import Testing

@Suite("qtrack prepare", .serialized)
struct PrepareCommandTests {
    let sample = "Questionnaires/2020-2021/response-sample.txt"
    let template = "Questionnaires/2020-2021/questionnaire.docx"

    private func draft(from previous: String, to questionnaire: String, in folder: URL) throws -> URL {
        let output = folder.appendingPathComponent("draft.docx")
        let result = try CommandRunner.run([
            "prepare", "--previous", previous, "--template", template, "--questionnaire", questionnaire, "--output", output.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        return output
    }

    @Test("a draft for the same questionnaire carries every answer forward and reads back with the same answers")
    func roundTrip() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try draft(from: sample, to: "Questionnaires/2020-2021/questionnaire.docx", in: folder)
        let read = QuestionnaireRecognizer().recognizeResponse(try DocumentLoader().load(path: output.path))
        let original = QuestionnaireRecognizer().recognizeResponse(
            try DocumentLoader().load(path: sample), template: try Questionnaire(loading: template))
        #expect(read.questions.map(\.id) == original.questions.map(\.id))
        #expect(read.questions.map(\.text) == original.questions.map(\.text))
        for (back, before) in zip(read.questions, original.questions) {
            #expect((back.answer?.paragraphs ?? []) == (before.answer?.paragraphs ?? []), "\(back.id)")
        }
        #expect(
            try Data(contentsOf: output)
                == (try Data(contentsOf: try draft(from: sample, to: "Questionnaires/2020-2021/questionnaire.docx", in: folder))))
    }

    @Test("the draft for 2025: summary, carried answers with the change to review, new questions, removed ones at the end")
    func toNextCycle() throws {
        let result = try CommandRunner.run([
            "prepare", "--previous", sample, "--template", template, "--questionnaire", "Questionnaires/2025/questionnaire.txt", "--format",
            "markdown",
        ])
        #expect(result.status == 0)
        #expect(result.stdout.contains("_qtrack: 85 questions: 0 carried forward, 30 changed (last year's answer to review), 55 new"))
        #expect(
            result.stdout.contains(
                "> qtrack: the question changed since 2020-2021, LAWS AND PROSECUTION, question 12 (reworded, renumbered); review last year's answer."
            )
        )
        #expect(result.stdout.contains("> qtrack: this answer mentions only 2020; it needs this year's figures."))
        #expect(result.stdout.contains("Two officials were prosecuted in 2020; both cases are pending in court."))
        #expect(result.stdout.contains("> qtrack: NEW QUESTION: no answer from 2020-2021."))
        #expect(result.stdout.contains("## Removed since 2020-2021"))
        #expect(
            result.stdout.contains("- `human-trafficking-trends/1` (likely now question 76, 1 or 14): Have there been any notable changes"))
        #expect(result.stdout.contains("  - answer: No major change was noticed in 2020."))
    }

    @Test("LibreOffice opens the Word draft (headless conversion to PDF succeeds)", .requiresLibreOffice)
    func opensInLibreOffice() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try draft(from: sample, to: "Questionnaires/2025/questionnaire.txt", in: folder)
        let size = try LibreOffice.convertToPDF(output)
        #expect(size != nil)
    }

    @Test("docx needs --output; nothing is written when an input is bad")
    func usage() throws {
        #expect(
            try CommandRunner.run(["prepare", "--previous", sample, "--questionnaire", "Questionnaires/2025/questionnaire.txt"]).status
                == 64)
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("draft.docx")
        let result = try CommandRunner.run([
            "prepare", "--previous", "missing.txt", "--questionnaire", "Questionnaires/2025/questionnaire.txt", "--output", output.path,
        ])
        #expect(result.status == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
