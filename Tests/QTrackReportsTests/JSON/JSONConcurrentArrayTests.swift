import Foundation
import Testing

@testable import QTrackReports

/// A report's long array is written in parts on every core: the bytes must be those of one element after the other,
/// as JSONEncoder writes them, at any depth and whatever the number of elements.
@Suite("JSON arrays written in parts")
struct JSONConcurrentArrayTests {
    struct Element: Encodable, Sendable {
        var text: String
        var score: Double
        var words: [String]
        var zeta: Int
        var alpha: [String: Int]
    }

    struct Document: Encodable, Sendable {
        var title: String
        var items: JSONConcurrentArray<Element>
        var nested: [String: JSONConcurrentArray<Element>]
    }

    static func elements(_ count: Int) -> [Element] {
        (0..<count).map { index in
            Element(
                text: JSONByteEncoderTests.trickyTexts[index % JSONByteEncoderTests.trickyTexts.count] + " \(index)",
                score: Double(index) / 7, words: Array(repeating: "w\(index)", count: index % 4), zeta: -index,
                alpha: index % 3 == 0 ? [:] : ["b": index, "a": index * 2])
        }
    }

    @Test("the same bytes as JSONEncoder, for arrays shorter and longer than a split", arguments: [0, 1, 63, 127, 128, 1000])
    func sameBytes(count: Int) throws {
        let items = Self.elements(count)
        let document = Document(
            title: "t", items: JSONConcurrentArray(items), nested: ["inner": JSONConcurrentArray(items), "empty": JSONConcurrentArray([])])
        try JSONByteEncoderTests.expectSameBytes(document)
        // JSONEncoder, given the wrapper, writes the plain array: the wrapper changes no byte of the contract.
        let plain = try JSONOutput.foundationEncoding(["items": items])
        let wrapped = try JSONOutput.foundationEncoding(["items": JSONConcurrentArray(items)])
        #expect(plain == wrapped)
    }

    @Test("an element that cannot be written fails as JSONEncoder fails, whichever part it is in")
    func notFinite() throws {
        var items = Self.elements(500)
        items[377].score = .infinity
        let failure = #expect(throws: EncodingError.self) { try JSONByteEncoder.encode(JSONConcurrentArray(items), as: { _ in () }) }
        let foundationFailure = #expect(throws: EncodingError.self) { try JSONOutput.foundationEncoding(items) }
        if case .invalidValue(_, let ours)? = failure, case .invalidValue(_, let theirs)? = foundationFailure {
            #expect(ours.codingPath.map(\.stringValue) == theirs.codingPath.map(\.stringValue))
        }
    }
}
