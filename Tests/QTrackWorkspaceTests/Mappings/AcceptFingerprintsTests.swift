import Foundation
import QTrackAnalysis
import QTrackTestSupport
import Testing

@testable import QTrackWorkspace

/// `coverage --accept-links` records the current text of the linked questions a reviewer has looked at: it must
/// change only those fingerprints, never a comment, a note, a key qtrack does not know, or a link another process
/// added while it ran.
@Suite("Accepting links' fingerprints")
struct AcceptFingerprintsTests {
    static let stale = """
        # Reviewed by Sana, 2025 cycle.
        cycle: "2025"
        reviewer_round: 2   # not a key qtrack knows
        links:
          - recommendation: "2009/complicity"
            question: "2"
            fingerprint: "0000000000000000"  # checked against the 2025 text
            note: "officials involved"
            checked_by: Sana
          - recommendation: "2009/victim-services"
            question: "25"
          - recommendation: "2015/gone"
            question: "999"
            fingerprint: "1111111111111111"

        """

    @Test("only the stale fingerprints change (or are added); comments, notes and unknown keys stay byte for byte")
    func onlyFingerprints() async throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("links/2025.yaml").path
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Self.stale.write(toFile: file, atomically: true, encoding: .utf8)
        let questionnaire = try await DocumentLoading().questionnaire(TestPaths.questionnaire("2025"))
        let two = try #require(questionnaire.question(id: "2")).fingerprint
        let twentyFive = try #require(questionnaire.question(id: "25")).fingerprint

        #expect(try RecommendationLinks.acceptFingerprints(path: file, of: questionnaire) == 2)
        let expected = Self.stale
            .replacingOccurrences(
                of: "fingerprint: \"0000000000000000\"  # checked", with: "fingerprint: \"\(two)\"  # checked"
            )
            .replacingOccurrences(of: "    question: \"25\"\n", with: "    question: \"25\"\n    fingerprint: \"\(twentyFive)\"\n")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == expected)
        let links = try RecommendationLinks.load(path: file)
        #expect(links.links.map(\.fingerprint) == [two, twentyFive, "1111111111111111"], "a broken link stays as it was")
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        #expect(try RecommendationLinks.acceptFingerprints(path: file, of: questionnaire) == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before, "nothing to accept: the file is not written")
    }

    @Test("a link another process writes while the accept waits for the lock is kept")
    func concurrentEdit() async throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("links/2025.yaml").path
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Self.stale.write(toFile: file, atomically: true, encoding: .utf8)
        let questionnaire = try await DocumentLoading().questionnaire(TestPaths.questionnaire("2025"))
        let added = "  - recommendation: \"2009/fraudulent-recruiting\"\n    question: \"63\"\n    note: \"added meanwhile\"\n"
        // Another process holds the lock and writes; the accept, started meanwhile, waits and then builds on it.
        let accepting = try MappingsLock.withLock(for: file) {
            let task = Task.detached { try RecommendationLinks.acceptFingerprints(path: file, of: questionnaire) }
            Thread.sleep(forTimeInterval: 0.5)
            try (Self.stale + added).write(toFile: file, atomically: true, encoding: .utf8)
            return task
        }
        #expect(try await accepting.value == 3)
        let after = try String(contentsOfFile: file, encoding: .utf8)
        #expect(after.contains("    question: \"63\"\n    fingerprint: \""), "the link written meanwhile is kept, and accepted")
        #expect(after.contains("    note: \"added meanwhile\"\n"))
        #expect(try RecommendationLinks.load(path: file).links.count == 4)
    }
}
