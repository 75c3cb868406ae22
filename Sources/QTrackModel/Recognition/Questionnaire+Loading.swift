import Dispatch
public import QTrackDocuments

extension Questionnaire {
    /// Reads a file with the reader its bytes call for and recognises the questionnaire in it, within
    /// the loader's limits on questions and time.
    public init(loading path: String, loader: DocumentLoader = DocumentLoader()) throws(DocumentReadError) {
        let document = try Self.withinTime(path, limits: loader.limits) { () throws(DocumentReadError) in try loader.load(path: path) }
        let questionnaire = QuestionnaireRecognizer().recognize(document)
        if questionnaire.questions.count > loader.limits.maxQuestions {
            throw DocumentReadError(
                file: path,
                reason:
                    "more than \(loader.limits.maxQuestions) questions (\(questionnaire.questions.count)); --max-questions raises the limit"
            )
        }
        self = questionnaire
    }

    /// Runs `work` on another thread and gives up waiting after the time limit. The work cannot be
    /// stopped midway, but the caller is free to report the error and exit.
    public static func withinTime<Value: Sendable>(
        _ file: String, limits: ReadLimits, _ work: @escaping @Sendable () throws(DocumentReadError) -> Value
    ) throws(DocumentReadError) -> Value {
        let box = ResultBox<Value>()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            do throws(DocumentReadError) {
                box.set(.success(try work()))
            } catch {
                box.set(.failure(error))
            }
            done.signal()
        }
        if done.wait(timeout: .now() + limits.maxSeconds) == .timedOut {
            throw DocumentReadError(
                file: file, reason: "reading took longer than \(Self.seconds(limits.maxSeconds)) seconds; --max-seconds raises the limit")
        }
        switch box.get() {
        case .success(let value): return value
        case .failure(let error): throw error
        case nil: throw DocumentReadError(file: file, reason: "reading stopped without a result")
        }
    }
}

extension Questionnaire {
    /// "60" or "0.2".
    fileprivate static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}

/// Hands a result from the worker thread to the waiting one.
private final class ResultBox<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLockLike()
    private var value: Result<Value, DocumentReadError>?

    func set(_ result: Result<Value, DocumentReadError>) {
        lock.withLock { value = result }
    }

    func get() -> Result<Value, DocumentReadError>? {
        lock.withLock { value }
    }
}

/// A mutex from Dispatch, so this file needs no Foundation.
private final class NSLockLike: @unchecked Sendable {
    private let semaphore = DispatchSemaphore(value: 1)

    func withLock<T>(_ body: () -> T) -> T {
        semaphore.wait()
        defer { semaphore.signal() }
        return body()
    }
}
