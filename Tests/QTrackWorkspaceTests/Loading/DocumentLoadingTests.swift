import Foundation
import QTrackDocuments
import QTrackTestSupport
import Testing

@testable import QTrackWorkspace

@Suite("Loading documents under limits")
struct DocumentLoadingTests {
    @Test("a limit on questions is an error naming the limit and its option, for questionnaires and responses alike")
    func questionLimit() async throws {
        var limits = ReadLimits.default
        limits.maxQuestions = 10
        let loading = DocumentLoading(loader: DocumentLoader(limits: limits))
        let file = TestPaths.questionnaire("2025")
        let error = DocumentReadError(file: file, reason: "more than 10 questions (85); --max-questions raises the limit")
        await #expect(throws: error) { try await loading.questionnaire(file) }
        await #expect(throws: error) { try await loading.response(file, template: nil) }
    }

    /// A read that never ends on its own, released when the test is over.
    final class HungRead: Sendable {
        let release = DispatchSemaphore(value: 0)

        func work() throws(DocumentReadError) -> Int {
            release.wait()
            return 0
        }
    }

    @Test("a read that hangs is an error naming the limit and its option; the command does not hang with it")
    func timeLimit() async throws {
        let hung = HungRead()
        defer { hung.release.signal() }
        await #expect(
            throws: DocumentReadError(file: "slow.txt", reason: "took longer than 0.2 seconds; --max-seconds raises the limit")
        ) {
            _ = try await DocumentLoading.withinTime("slow.txt", seconds: 0.2) { () throws(DocumentReadError) in try hung.work() }
        }
    }

    @Test("a cancelled load stops waiting for a read that hangs")
    func cancellation() async throws {
        let hung = HungRead()
        defer { hung.release.signal() }
        let task = Task {
            try await DocumentLoading.withinTime("slow.txt", seconds: 3600) { () throws(DocumentReadError) in try hung.work() }
        }
        task.cancel()
        await #expect(throws: DocumentReadError(file: "slow.txt", reason: "reading was cancelled")) { try await task.value }
    }
}
