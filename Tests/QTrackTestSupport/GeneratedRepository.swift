public import Foundation
import QTrackDocuments
import QTrackFixtures
import QTrackModel
import QTrackRecognition

/// Two generated successors of the real 2020–2021 questionnaire, and a generated response, written to a
/// folder as a user would have them. Deterministic: the same files every run.
public enum GeneratedRepository {
    public static let first = "generated/first.txt"
    public static let second = "generated/second.txt"
    public static let response = "generated/response.txt"
    public static let responseTemplate = "generated/response-template.txt"

    public static func write(to folder: URL) throws {
        let original = try Questionnaire(loading: TestPaths.questionnaire("2020-2021"))
        var firstGenerator = VariantGenerator(seed: 3)
        let firstText = firstGenerator.variant(of: original).text
        let firstQuestionnaire = QuestionnaireRecognizer().recognize(try PlainTextReader().read(bytes: Array(firstText.utf8), file: first))
        var secondGenerator = VariantGenerator(seed: 4)
        let secondText = secondGenerator.variant(of: firstQuestionnaire).text
        let made = try ResponseFixture.make(from: firstQuestionnaire, habit: .markers)
        let files = [first: Data(firstText.utf8), second: Data(secondText.utf8), response: made.data, responseTemplate: made.template]
        for (name, data) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        let recommendations = folder.appendingPathComponent("Mappings/recommendations")
        try FileManager.default.createDirectory(at: recommendations, withIntermediateDirectories: true)
        for year in ["2009", "2015"] {
            try FileManager.default.copyItem(
                at: TestPaths.mappings.appendingPathComponent("recommendations/\(year).yaml"),
                to: recommendations.appendingPathComponent("\(year).yaml"))
        }
    }
}
