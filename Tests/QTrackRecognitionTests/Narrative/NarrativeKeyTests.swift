import Foundation
import QTrackDocuments
import QTrackRecognition
import QTrackTestSupport
import Testing
import Yams

/// The reviewer's key (`Tests/Fixtures/Narratives/key.yaml`), written by reading each real narrative before the
/// parser existed: every recommendation found exactly, none invented, the cut-off lists said to be cut off.
@Suite struct NarrativeKeyTests {
    struct Key: Decodable {
        var narratives: [Narrative]
    }

    struct Narrative: Decodable, CustomTestStringConvertible {
        var file: String
        var country: String
        var year: Int?
        var givenYear: Int?
        var era: String
        var complete: Bool
        var recommendations: [String]

        enum CodingKeys: String, CodingKey {
            case file, country, year, era, complete, recommendations
            case givenYear = "given-year"
        }

        var testDescription: String { file }
    }

    static let key: Key = {
        let url = TestPaths.narratives.appendingPathComponent("key.yaml")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return (try? YAMLDecoder().decode(Key.self, from: text)) ?? Key(narratives: [])
    }()

    static func read(_ narrative: Narrative) throws -> NarrativeRecommendations {
        let path = TestPaths.narratives.appendingPathComponent(narrative.file).path
        let document = try ReportLoader().load(path: path)
        return try NarrativeRecognizer().recognize(document, country: narrative.country, year: narrative.givenYear)
    }

    @Test func theKeyCoversBothErasThreeCountriesAndSavedPages() {
        let narratives = Self.key.narratives
        #expect(narratives.count >= 6)
        #expect(Set(narratives.map(\.country)).count >= 3)
        #expect(Set(narratives.map(\.era)) == ["paragraph", "prioritized"])
        #expect(narratives.filter { $0.file.hasSuffix(".html") }.count >= 2)
    }

    @Test(arguments: key.narratives)
    func everyRecommendationIsFoundExactly(_ narrative: Narrative) throws {
        let found = try Self.read(narrative)
        #expect(found.items.map(\.text) == narrative.recommendations)
        #expect(found.complete == narrative.complete)
        #expect(found.era.rawValue == narrative.era)
        if let year = narrative.year { #expect(found.year == year) }
    }

    /// The figures: recommendations in the key found exactly, and texts found that the key does not have.
    @Test func figures() throws {
        var expected = 0
        var exact = 0
        var invented = 0
        var completeness = 0
        for narrative in Self.key.narratives {
            let found = try Self.read(narrative)
            let texts = found.items.map(\.text)
            expected += narrative.recommendations.count
            exact += narrative.recommendations.filter(texts.contains).count
            invented += texts.filter { !narrative.recommendations.contains($0) }.count
            if found.complete == narrative.complete { completeness += 1 }
        }
        let narratives = Self.key.narratives.count
        print(
            "narrative key: \(narratives) narratives, \(exact) of \(expected) recommendations found exactly, \(invented) invented, "
                + "\(completeness) of \(narratives) lists rightly said complete or cut off")
        #expect(exact == expected)
        #expect(invented == 0)
        #expect(completeness == narratives)
    }
}
