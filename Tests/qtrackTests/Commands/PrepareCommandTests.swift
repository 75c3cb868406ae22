import Foundation
import QTrackDocuments
import QTrackFixtures
import QTrackModel
import QTrackRecognition
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
        #expect(result.stdout.contains("## Questions no longer asked (since 2020-2021)"))
        #expect(
            result.stdout.contains(
                "- 2020-2021, HUMAN TRAFFICKING TRENDS, question 1 (likely now question 76, 1 or 14): Have there been any notable changes"))
        #expect(result.stdout.contains("  - answer: No major change was noticed in 2020."))
    }

    @Test("the Word draft: title page, header, page numbers, answer slots, carried answers marked, removed questions on their own page")
    func wordDraft() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("draft.docx")
        let result = try CommandRunner.run([
            "prepare", "--previous", sample, "--template", template, "--questionnaire", "Questionnaires/2025/questionnaire.txt", "-o",
            output.path,
        ])
        #expect(result.status == 0)
        #expect(result.stderr == "qtrack: wrote \(output.path): 85 questions, 8 answers carried (4 probable), 55 new, 99 removed\n")
        let parts = try Snapshot.describeWordPackage(try Data(contentsOf: output))
        // Enter after a question, a note or an answer keeps the Answer style.
        #expect(parts.contains(#"w:styleId="Answer"><w:name w:val="Answer"/><w:basedOn w:val="Normal"/><w:next w:val="Answer"/>"#))
        #expect(parts.contains(#"w:styleId="Guidance"><w:name w:val="Guidance"/><w:basedOn w:val="Normal"/><w:next w:val="Answer"/>"#))
        #expect(parts.contains("=== word/header1.xml"))
        #expect(parts.contains("Draft response · 2025 · "))
        #expect(parts.contains(#"<w:instrText xml:space="preserve"> PAGE </w:instrText>"#))
        #expect(parts.contains(#"<w:instrText xml:space="preserve"> NUMPAGES </w:instrText>"#))
        #expect(parts.contains("qtrack: 8 answers carried from 2020-2021, 4 of them along a probable pair"))
        let document = try #require(parts.components(separatedBy: "=== word/document.xml").last)
        let questions = document.components(separatedBy: #"<w:pStyle w:val="Question"/>"#).count - 1
        let answerSlots = document.components(separatedBy: #"<w:pStyle w:val="Answer"/>"#).count - 1
        #expect(questions == 85 + 99, "every question of 2025, and every question no longer asked")
        #expect(answerSlots >= 85, "every question of 2025 has a place to answer")
        #expect(document.contains(#"<w:sdt><w:sdtPr><w:tag w:val="qtrack-carried "#))
        #expect(document.contains("Two officials were prosecuted in 2020; both cases are pending in court."))
        #expect(document.contains(#"<w:pageBreakBefore/></w:pPr><w:r><w:t xml:space="preserve">Questions no longer asked</w:t>"#))
        #expect(document.contains("2020-2021, HUMAN TRAFFICKING TRENDS, question 1: Have there been any notable changes"))
        #expect(!document.contains("qtrack: removed human-trafficking-trends/1"), "places in words, not internal ids")
    }

    @Test("a blank questionnaire as last year's response, or the years swapped, is refused unless --force")
    func refusals() throws {
        let next = "Questionnaires/2025/questionnaire.txt"
        let blank = try CommandRunner.run(["prepare", "--previous", "Questionnaires/2020-2021/questionnaire.txt", "--questionnaire", next])
        #expect(blank.status == 2)
        #expect(
            blank.stderr
                == "qtrack: error: Questionnaires/2020-2021/questionnaire.txt: has no answers: is it a blank questionnaire? (--force to prepare anyway)\n"
        )
        let forced = try CommandRunner.run([
            "prepare", "--previous", "Questionnaires/2020-2021/questionnaire.txt", "--questionnaire", next, "--force",
        ])
        #expect(forced.status == 0)
        let swapped = try CommandRunner.run([
            "prepare", "--previous", sample, "--questionnaire", "Questionnaires/2020-2021/questionnaire.docx",
        ])
        #expect(swapped.status == 0, "the same cycle is not a swap")
    }

    @Test("LibreOffice opens the Word draft (headless conversion to PDF succeeds)", .requiresLibreOffice)
    func opensInLibreOffice() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try draft(from: sample, to: "Questionnaires/2025/questionnaire.txt", in: folder)
        let size = try LibreOffice.convertToPDF(output)
        #expect(size != nil)
    }

    @Test("the output's extension decides the format; docx needs --output; nothing is written when an input is bad")
    func usage() throws {
        let next = "Questionnaires/2025/questionnaire.txt"
        #expect(try CommandRunner.run(["prepare", "--previous", sample, "--questionnaire", next, "--format", "docx"]).status == 64)
        let wrongExtension = try CommandRunner.run(["prepare", "--previous", sample, "--questionnaire", next, "-o", "draft.txt"])
        #expect(wrongExtension.status == 64)
        #expect(wrongExtension.stderr.contains("--output must end in .docx (a Word draft) or .md (Markdown), not 'draft.txt'"))
        #expect(!FileManager.default.fileExists(atPath: TestPaths.packageRoot.appendingPathComponent("draft.txt").path))
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("draft.docx")
        let result = try CommandRunner.run([
            "prepare", "--previous", "missing.txt", "--questionnaire", "Questionnaires/2025/questionnaire.txt", "--output", output.path,
        ])
        #expect(result.status == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("a generated response in every state: answers carried along certain and probable pairs; status says carried until one is edited")
    func generatedResponseCarried() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = "Questionnaires/2020-2021/questionnaire.txt"
        let made = try ResponseFixture.make(from: try Questionnaire(loading: old), habit: .markers)
        let response = folder.appendingPathComponent("response.txt")
        let blank = folder.appendingPathComponent("blank.txt")
        try made.data.write(to: response)
        try made.template.write(to: blank)
        // The real overhaul has probable pairs; the same questionnaire again carries partial answers too.
        var seen: Set<ResponseFixture.State> = []
        for next in ["Questionnaires/2025/questionnaire.txt", "Questionnaires/2020-2021/questionnaire.docx"] {
            let output = folder.appendingPathComponent("draft.docx")
            let prepared = try CommandRunner.run([
                "prepare", "--previous", response.path, "--template", blank.path, "--questionnaire", next, "-o", output.path,
            ])
            #expect(prepared.status == 0, "\(prepared.stderr)")

            // What the user was told: the diff of the two questionnaires, pair by pair.
            let changes = try decoded(DiffJSON.self, ["diff", old, next, "--format", "json"]).changes
            var olds: [String: [String]] = [:]
            // A new question is flagged once when any of the old questions paired or merged with it is probable.
            var flagged: Set<String> = []
            for change in changes {
                guard let new = change.new?.id, let old = change.old?.id else { continue }
                if change.certainty == "probable" { flagged.insert(new) }
                olds[new, default: []].append(old)
            }
            let probable = flagged.count
            if next.contains("2025") { #expect(probable > 0, "the real overhaul has probable pairs") }

            let items = try decoded(StatusJSON.self, ["status", output.path, "--format", "json"]).items
            #expect(items.count == (try Questionnaire(loading: next)).questions.count)
            for item in items {
                let id = item.id
                let states = (olds[id] ?? []).map { made.expected[$0] ?? .unanswered }
                seen.formUnion(states)
                let carriedSomething = states.contains { $0 != .unanswered }
                let onlyPlaceholders = carriedSomething && states.allSatisfy { $0 == .placeholder || $0 == .unanswered }
                let expected = !carriedSomething ? "unanswered" : onlyPlaceholders ? "placeholder" : "carried"
                #expect(item.state == expected, "\(id) from \(olds[id] ?? []) in states \(states)")
                if let answer = olds[id]?.compactMap({ made.answers[$0] }).first {
                    #expect(item.answer?.contains(answer) == true, "\(id) carries \(answer)")
                }
            }
            let parts = try Snapshot.describeWordPackage(try Data(contentsOf: output))
            #expect(parts.components(separatedBy: "(probable — check)").count - 1 == probable, "each probable pair is flagged")

            // An edit inside a carried answer makes it the ministry's own answer.
            var package = try DocxFixture.parts(of: try Data(contentsOf: output))
            let document = String(decoding: try #require(package["word/document.xml"]), as: UTF8.self)
            let firstAnswer = try #require(olds.values.joined().compactMap { made.answers[$0] }.sorted().first)
            #expect(document.contains(firstAnswer))
            package["word/document.xml"] = Data(
                document.replacingOccurrences(of: firstAnswer, with: firstAnswer + " Updated for 2024.").utf8)
            let edited = folder.appendingPathComponent("edited.docx")
            try DocxFixture.zip(package).write(to: edited)
            let before = try decoded(StatusJSON.self, ["status", output.path, "--format", "json"])
            let after = try decoded(StatusJSON.self, ["status", edited.path, "--format", "json"])
            #expect(after.summary["carried"] == before.summary["carried"].map { $0 - 1 }, "one carried answer fewer once edited")
            let editedItem = try #require(after.items.first { $0.answer?.contains("Updated for 2024.") == true })
            #expect(editedItem.state == "answered")
        }
        #expect(seen == [.answered, .placeholder, .unanswered, .partial], "every state of last year is carried somewhere")
    }

    /// The command's JSON, decoded; a run that failed says why.
    private func decoded<Document: Decodable>(_ type: Document.Type, _ arguments: [String]) throws -> Document {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return try OutputJSON.decode(type, from: result.stdout)
    }
}
