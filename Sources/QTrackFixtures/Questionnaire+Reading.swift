public import QTrackDocuments
public import QTrackModel
import QTrackRecognition

extension Questionnaire {
    /// Reads and recognises a file on the calling thread, for tests that need no limits on time.
    public init(loading path: String, loader: DocumentLoader = DocumentLoader()) throws {
        self = QuestionnaireRecognizer().recognize(try loader.load(path: path))
    }
}
