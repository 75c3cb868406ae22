public import QTrackDocuments

extension Questionnaire {
    /// Reads a file with the reader its bytes call for and recognises the questionnaire in it.
    public init(loading path: String, loader: DocumentLoader = DocumentLoader()) throws(DocumentReadError) {
        let document = try loader.load(path: path)
        self = QuestionnaireRecognizer().recognize(document)
    }
}
