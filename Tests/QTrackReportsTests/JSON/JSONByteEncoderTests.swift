import Foundation
import QTrackFixtures
import Testing

@testable import QTrackReports

/// `JSONByteEncoder` must write exactly the bytes of Foundation's `JSONEncoder` with qtrack's formatting: every JSON
/// document qtrack writes (reports, CI files, golden files) goes through it. Each test encodes the same value with
/// both and compares the bytes.
@Suite("JSON byte encoder")
struct JSONByteEncoderTests {
    /// Both encodings of `value`: ours (nil when it hands the document to JSONEncoder) and JSONEncoder's.
    static func encodings<Value: Encodable>(_ value: Value) throws -> (ours: String?, foundation: String) {
        let ours = try JSONByteEncoder.encode(value, as: { String(decoding: $0, as: UTF8.self) })
        return (ours, String(decoding: try JSONOutput.foundationEncoding(value), as: UTF8.self))
    }

    static func expectSameBytes<Value: Encodable>(_ value: Value, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let (ours, foundation) = try encodings(value)
        #expect(ours != nil, "the document was handed to JSONEncoder", sourceLocation: sourceLocation)
        #expect(ours == foundation, sourceLocation: sourceLocation)
        #expect(JSONOutput.render(value) == foundation + "\n", sourceLocation: sourceLocation)
    }

    /// Texts whose escaping differs between encoders that do not agree byte for byte.
    static let trickyTexts = [
        "", "plain", "quote \" and backslash \\ and slash / and </script>", "tab\tnew line\ncarriage return\r\nCRLF",
        "backspace \u{8} form feed \u{C} nul \u{0} unit separator \u{1F} escape \u{1B} delete \u{7F}",
        "line separator \u{2028} paragraph separator \u{2029} byte order mark \u{FEFF} no-break space \u{A0}",
        "accents: café, naïve, Ünïcödé; curly ‘quotes’ and “double” — dashes – …",
        "CJK 人口贩运问题报告, Urdu انسانی اسمگلنگ, emoji 👩🏽‍⚖️🇵🇰, combining e\u{301} and a\u{30A}",
        String((0..<0x20).map { Character(Unicode.Scalar(UInt8($0))) }),
    ]

    struct Numbers: Encodable {
        var doubles: [Double] = [
            0.1, 1e-7, 1e21, 1e16, 100.0, -0.0, 0, 1.0 / 3, -1.5, 123456789.125, 5e-324, 2.2250738585072014e-308,
            .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 0.000001, 1e-5, 12345678901234567890.0, 0.30000000000000004,
        ]
        var floats: [Float] = [0.1, 1e-7, 3.4e38, 100, -0.0, 16_777_217]
        var integers: [Int] = [0, -1, 1, 9, 10, -10, 1_000_000, .max, .min]
        var narrow: [Int8] = [.min, .max, 0]
        var unsigned: [UInt64] = [0, .max]
        var wide: [Int128] = [.min, .max]
        var single: Double = 0.1
        var singleInteger: Int = -42
        var singleFloat: Float = 2.5
        var large: UInt8 = 255
    }

    struct Optionals: Encodable {
        var absent: String?
        var present: String? = "here"
        var nestedAbsent: String?? = .some(nil)
        var nestedPresent: String?? = .some("deep")
        @Nullable var nullable: String?
        @Nullable var nullableValue: String? = "value"
        var optionalArray: [Int?] = [1, nil, 3]
        @Rounded var rounded: Double = 0.123_456
        @Rounded var notANumber: Double = .nan
        @Rounded var infinite: Double = -.infinity
    }

    struct Empty: Encodable {}

    struct Containers: Encodable {
        var emptyArray: [String] = []
        var emptyObject = Empty()
        var emptyDictionary: [String: Int] = [:]
        var arraysOfEmpties: [[Int]] = [[], [1], []]
        var objectsOfEmpties: [[String: [String]]] = [[:], ["a": []]]
        var bools = [true, false]
        var nested: [[[String: Bool]]] = [[["deep": true]]]
    }

    struct Keys: Encodable {
        var dictionary: [String: Int] = [
            "b": 1, "a": 2, "ab": 3, "a\u{0}": 4, "Z": 5, "é": 6, "z": 7, "aa": 8, "~": 9, "$schema": 10, "a\"b": 11,
            "longer than eight bytes 2": 12, "longer than eight bytes 10": 13, "longer than eight bytes": 14, "": 15,
            "tab\tkey": 16, "👩": 17, "ﬁ": 18,
        ]
        var integerKeys: [Int: String] = [10: "ten", 2: "two", 1: "one", -3: "minus three"]
        var many = Dictionary(uniqueKeysWithValues: (0..<300).map { ("key \($0 * 7919 % 300)", $0) })
        // Declared out of key order, as report structs are.
        var zebra = 1
        var apple = 2
        var mango = 3
    }

    @Test("strings are escaped as JSONEncoder escapes them, as values and as keys")
    func strings() throws {
        try Self.expectSameBytes(Self.trickyTexts)
        try Self.expectSameBytes(Dictionary(uniqueKeysWithValues: Self.trickyTexts.map { ($0, $0) }))
        for text in Self.trickyTexts { try Self.expectSameBytes(text) }
    }

    @Test("numbers are written as JSONEncoder writes them, Doubles without a trailing .0")
    func numbers() throws {
        try Self.expectSameBytes(Numbers())
        for value in Numbers().doubles { try Self.expectSameBytes(value) }
    }

    @Test("optionals, nested optionals and the Nullable and Rounded wrappers")
    func optionals() throws {
        try Self.expectSameBytes(Optionals())
        try Self.expectSameBytes([Optionals(), Optionals(absent: "now present", nestedAbsent: nil, nullable: "set")])
    }

    @Test("empty arrays and objects, at every depth")
    func containers() throws {
        try Self.expectSameBytes(Containers())
        try Self.expectSameBytes(Empty())
        try Self.expectSameBytes([String]())
        try Self.expectSameBytes([[String: Int]]())
    }

    @Test("keys in the order of their UTF-8 bytes, whatever order they were encoded in")
    func keys() throws {
        try Self.expectSameBytes(Keys())
    }

    @Test("a number that is not finite throws, as it does in JSONEncoder")
    func notFinite() throws {
        struct Raw: Encodable { var value: Double }
        for value in [Double.nan, .infinity, -.infinity] {
            #expect(throws: EncodingError.self) { try JSONByteEncoder.encode(Raw(value: value), as: Array.init) }
            #expect(throws: EncodingError.self) { try JSONOutput.foundationEncoding(Raw(value: value)) }
            #expect(throws: EncodingError.self) { try JSONByteEncoder.encode([value], as: Array.init) }
        }
    }

    /// A hand-written `encode(to:)` doing what synthesized ones never do.
    struct Unusual: Encodable {
        enum Way { case keyTwice, containerTwice, arrayTwice, nested, superEncoder, date, nothingInside }
        enum Key: String, CodingKey { case b, a, c }
        struct Nothing: Encodable { func encode(to encoder: any Encoder) throws {} }

        var way: Way

        func encode(to encoder: any Encoder) throws {
            switch way {
            case .keyTwice:
                var container = encoder.container(keyedBy: Key.self)
                try container.encode(1, forKey: .b)
                try container.encode("first", forKey: .a)
                try container.encode("second", forKey: .a)
            case .containerTwice:
                var first = encoder.container(keyedBy: Key.self)
                try first.encode(1, forKey: .b)
                var second = encoder.container(keyedBy: Key.self)
                try second.encode(2, forKey: .a)
            case .arrayTwice:
                var first = encoder.unkeyedContainer()
                try first.encode(1)
                var second = encoder.unkeyedContainer()
                try second.encode(2)
            case .nested:
                var container = encoder.container(keyedBy: Key.self)
                var nested = container.nestedContainer(keyedBy: Key.self, forKey: .b)
                try container.encode(1, forKey: .a)
                try nested.encode(2, forKey: .c)
            case .superEncoder:
                var container = encoder.container(keyedBy: Key.self)
                try container.encode(1, forKey: .a)
                try "super".encode(to: container.superEncoder())
            case .date:
                var container = encoder.container(keyedBy: Key.self)
                try container.encode(Date(timeIntervalSince1970: 1_700_000_000), forKey: .a)
                try container.encode(URL(fileURLWithPath: "/tmp/a b"), forKey: .b)
            case .nothingInside:
                var container = encoder.container(keyedBy: Key.self)
                try container.encode(Nothing(), forKey: .a)
            }
        }
    }

    @Test(
        "what synthesized conformances do not use is written as JSONEncoder writes it",
        arguments: [
            Unusual.Way.keyTwice, .containerTwice, .arrayTwice, .nothingInside,
        ])
    func unusualButReproduced(_ way: Unusual.Way) throws {
        try Self.expectSameBytes(Unusual(way: way))
    }

    @Test(
        "what only JSONEncoder reproduces is handed to it, and render writes JSONEncoder's bytes",
        arguments: [
            Unusual.Way.nested, .superEncoder, .date,
        ])
    func handedToFoundation(_ way: Unusual.Way) throws {
        let (ours, foundation) = try Self.encodings(Unusual(way: way))
        #expect(ours == nil)
        #expect(JSONOutput.render(Unusual(way: way)) == foundation + "\n")
    }

    @Test("a top-level value that encodes nothing is handed to JSONEncoder, which refuses it")
    func nothingAtTheTop() throws {
        #expect(try JSONByteEncoder.encode(Unusual.Nothing(), as: Array.init) == nil)
        #expect(throws: EncodingError.self) { try JSONOutput.foundationEncoding(Unusual.Nothing()) }
    }

    /// Random documents of random texts: a case nobody thought of gets its chance.
    @Test("random documents of tricky texts")
    func randomDocuments() throws {
        struct Document: Encodable {
            var title: String
            var score: Double
            var count: Int
            var tags: [String]
            var fields: [String: String]
            var children: [Document]
        }
        var generator = SeededRandom(seed: 34)
        let scalars = Array(Self.trickyTexts.joined().unicodeScalars)
        func text() -> String {
            String(
                String.UnicodeScalarView(
                    (0..<Int.random(in: 0...12, using: &generator)).map { _ in scalars.randomElement(using: &generator)! }))
        }
        func document(depth: Int) -> Document {
            Document(
                title: text(),
                score: Double.random(in: -1e6...1e6, using: &generator) / [1, 10, 1e9][Int.random(in: 0...2, using: &generator)],
                count: Int.random(in: .min ... .max, using: &generator),
                tags: (0..<Int.random(in: 0...3, using: &generator)).map { _ in text() },
                fields: Dictionary((0..<Int.random(in: 0...5, using: &generator)).map { _ in (text(), text()) }, uniquingKeysWith: { $1 }),
                children: depth == 0 ? [] : (0..<Int.random(in: 0...3, using: &generator)).map { _ in document(depth: depth - 1) })
        }
        for _ in 0..<50 { try Self.expectSameBytes(document(depth: 3)) }
    }
}
