import QTrackDocuments
import QTrackModel

/// Reads a filled-in response, with its blank questionnaire when one is given.
struct ResponseLoading {
    var loader: DocumentLoader

    func load(_ path: String, template templatePath: String?) throws -> (response: Questionnaire, template: Questionnaire?) {
        let template = try templatePath.map { try Questionnaire(loading: $0, loader: loader) }
        let reader = loader
        let document = try Questionnaire.withinTime(path, limits: reader.limits) { () throws(DocumentReadError) in
            try reader.load(path: path)
        }
        return (QuestionnaireRecognizer().recognizeResponse(document, template: template), template)
    }
}
