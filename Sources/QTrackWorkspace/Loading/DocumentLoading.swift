import Foundation
public import QTrackDocuments
public import QTrackModel
import QTrackRecognition

/// Reads a document and recognises the questionnaire or response in it, within the loader's limits on
/// time and questions: the one way every command and the repository check load a file.
public struct DocumentLoading: Sendable {
    public var loader: DocumentLoader

    public init(loader: DocumentLoader = DocumentLoader()) {
        self.loader = loader
    }

    /// A blank questionnaire.
    public func questionnaire(_ path: String) async throws(DocumentReadError) -> Questionnaire {
        try checked(QuestionnaireRecognizer().recognize(try await document(path)), path: path)
    }

    /// A filled-in response, told apart from its blank `template` when there is one.
    public func response(_ path: String, template: Questionnaire?) async throws(DocumentReadError) -> Questionnaire {
        try checked(QuestionnaireRecognizer().recognizeResponse(try await document(path), template: template), path: path)
    }

    /// The file's blocks, read within the time limit.
    public func document(_ path: String) async throws(DocumentReadError) -> BlockDocument {
        let loader = loader
        return try await Self.withinTime(path, seconds: loader.limits.maxSeconds) { () throws(DocumentReadError) in
            try loader.load(path: path)
        }
    }

    /// Runs `work` on a thread of its own so that a slow file never holds up the cooperative pool; past
    /// `seconds`, or when the task is cancelled, the caller stops waiting with an error naming the limit.
    /// (The thread itself cannot be stopped midway; it ends with its work.)
    static func withinTime<Value: Sendable>(
        _ path: String, seconds: Double, _ work: @escaping @Sendable () throws(DocumentReadError) -> Value
    ) async throws(DocumentReadError) -> Value {
        let outcome = OneShot<Result<Value, DocumentReadError>>()
        // A Dispatch timer, not a sleeping task: the cooperative pool may be busy with the analyses.
        let timer = DispatchWorkItem {
            let reason = "took longer than \(Self.seconds(seconds)) seconds; --max-seconds raises the limit"
            outcome.deliver(.failure(DocumentReadError(file: path, reason: reason)))
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + max(0, seconds), execute: timer)
        defer { timer.cancel() }
        let result: Result<Value, DocumentReadError> = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                outcome.onFirst { continuation.resume(returning: $0) }
                let thread = Thread {
                    do throws(DocumentReadError) {
                        outcome.deliver(.success(try work()))
                    } catch {
                        outcome.deliver(.failure(error))
                    }
                }
                thread.start()
            }
        } onCancel: {
            outcome.deliver(.failure(DocumentReadError(file: path, reason: "reading was cancelled")))
        }
        return try result.get()
    }

    private func checked(_ questionnaire: Questionnaire, path: String) throws(DocumentReadError) -> Questionnaire {
        let limit = loader.limits.maxQuestions
        guard questionnaire.questionCount <= limit else {
            throw DocumentReadError(
                file: path, reason: "more than \(limit) questions (\(questionnaire.questionCount)); --max-questions raises the limit")
        }
        return questionnaire
    }

    /// "60" or "0.2".
    public static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
