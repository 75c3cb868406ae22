import Foundation
import QTrackDocuments
import QTrackFixtures
import QTrackModel
import QTrackRecognition
import QTrackTestSupport
import Testing

@Suite("qtrack diff --format docx (redline)", .serialized)
struct RedlineTests {
    struct Shape: Equatable, CustomStringConvertible {
        var id: String
        var text: String
        var subItems: [String]
        var description: String { "\(id): \(text) \(subItems)" }
    }

    static func shape(_ questionnaire: Questionnaire) -> [Shape] {
        questionnaire.questions.map { Shape(id: $0.id, text: $0.text, subItems: $0.subItems.map(\.text)) }
    }

    /// The 2020–2021 questionnaire, an edited copy of it (every kind of change), and the redline between them.
    static func redline(seed: UInt64, in folder: URL) throws -> (old: Questionnaire, new: Questionnaire, redline: URL) {
        let old = try Questionnaire(loading: TestPaths.questionnaire("2020-2021"))
        var generator = VariantGenerator(seed: seed)
        let copy = folder.appendingPathComponent("edited.txt")
        try generator.variant(of: old).text.write(to: copy, atomically: true, encoding: .utf8)
        let new = try Questionnaire(loading: copy.path)
        let redline = folder.appendingPathComponent("redline.docx")
        let result = try CommandRunner.run([
            "diff", TestPaths.questionnaire("2020-2021"), copy.path, "--format", "docx", "--output", redline.path, "--author", "FIA review",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        return (old, new, redline)
    }

    /// A question's words as a reader compares them, whatever its place.
    static func texts(_ questionnaire: Questionnaire) -> [String] {
        questionnaire.questions.map { ([$0.text] + $0.subItems.map(\.text)).joined(separator: " | ") }.sorted()
    }

    @Test(
        "accept all gives the edited copy; reject all gives every original question back, a moved one where it now stands",
        arguments: [1, 2, 3] as [UInt64])
    func roundTrip(seed: UInt64) throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (old, new, redline) = try Self.redline(seed: seed, in: folder)
        let accepted = QuestionnaireRecognizer().recognize(try DocumentLoader(trackedChanges: .accept).load(path: redline.path))
        let rejected = QuestionnaireRecognizer().recognize(try DocumentLoader(trackedChanges: .reject).load(path: redline.path))
        #expect(accepted.hasTrackedChanges)
        #expect(Self.shape(accepted) == Self.shape(new))
        #expect(Self.texts(rejected) == Self.texts(old))
        #expect(accepted.title == new.title)
        #expect(rejected.title == old.title)
    }

    @Test("tracked changes carry the author; moved, split and merged questions carry a comment saying where they came from")
    func annotations() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (_, _, redline) = try Self.redline(seed: 1, in: folder)
        let accepted = QuestionnaireRecognizer().recognize(try DocumentLoader().load(path: redline.path))
        let notes = accepted.questions.flatMap(\.comments)
        #expect(notes.allSatisfy { $0.author == "FIA review" })
        #expect(notes.contains { $0.text.hasPrefix("Moved from ") })
        #expect(notes.contains { $0.text.hasPrefix("Split from ") })
        #expect(notes.contains { $0.text.hasPrefix("Merged from ") })
        #expect(notes.contains { $0.text.hasPrefix("New question in ") })
    }

    @Test("the redline tells the diff's story: each pair once, where the new version has it; 'new question' only without a counterpart")
    func agreesWithTheDiff() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let redline = folder.appendingPathComponent("redline.docx")
        let old = TestPaths.questionnaire("2020-2021")
        let new = TestPaths.questionnaire("2025")
        #expect(try CommandRunner.run(["diff", old, new, "--format", "docx", "--output", redline.path]).status == 0)
        let json = try CommandRunner.run(["diff", old, new, "--format", "json"]).stdout
        let added = try OutputJSON.decode(DiffJSON.self, from: json).changes.filter { $0.old == nil }.count
        let accepted = QuestionnaireRecognizer().recognize(try DocumentLoader(trackedChanges: .accept).load(path: redline.path))
        let rejected = QuestionnaireRecognizer().recognize(try DocumentLoader(trackedChanges: .reject).load(path: redline.path))
        #expect(accepted.questions.count == 85, "every question of 2025 once")
        #expect(Self.texts(rejected) == Self.texts(try Questionnaire(loading: old)))
        let notes = accepted.questions.flatMap(\.comments).map(\.text)
        #expect(notes.filter { $0.hasPrefix("New question in ") }.count == added)
        #expect(notes.contains { $0.hasPrefix("Moved from PREVENTION, question 9 of 2020-2021") }, "the national action plan, 56")
    }

    @Test("LibreOffice opens the redline", .requiresLibreOffice)
    func opensInLibreOffice() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (_, _, redline) = try Self.redline(seed: 2, in: folder)
        #expect(try LibreOffice.convertToPDF(redline) != nil)
    }

    @Test("a redline needs --output")
    func needsOutput() throws {
        #expect(
            try CommandRunner.run(["diff", TestPaths.questionnaire("2020-2021"), TestPaths.questionnaire("2025"), "--format", "docx"])
                .status == 64)
    }
}
