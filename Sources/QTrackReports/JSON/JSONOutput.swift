public import Foundation

/// The one way qtrack writes JSON: report types encoded as `JSONEncoder` encodes them with `formatting` (sorted
/// keys), numbers rounded once (`Rounded`), and explicit nulls where the contract has them (`Nullable`), so the
/// same result gives the same bytes.
public enum JSONOutput {
    /// The version of every JSON document qtrack writes; raised when a field changes meaning or goes away.
    public static let schemaVersion = 1

    /// How every document is laid out: two-space indents, keys in order, `/` as it is.
    static let formatting: JSONEncoder.OutputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]

    /// The document, ending with a newline. `JSONByteEncoder` writes it (JSONEncoder's bytes, several times
    /// faster); a document using what only JSONEncoder reproduces is encoded by JSONEncoder itself.
    public static func render<Value: Encodable>(_ value: Value) -> String {
        rendered(value) { String(decoding: $0, as: UTF8.self) }
    }

    /// `render`'s bytes, made straight from the writer's: a large diff's report is 6.5 MB, and making it a
    /// `String` and then `Data` again copied it twice.
    public static func renderData<Value: Encodable>(_ value: Value) -> Data {
        rendered(value) { Data($0) }
    }

    /// The document's bytes, ending with a newline, as `result` makes them into its value.
    private static func rendered<Value: Encodable, Result>(_ value: Value, as result: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        do {
            if let made = try JSONByteEncoder.encode(value, ending: "\n", as: result) { return made }
            return (try foundationEncoding(value) + Data("\n".utf8)).withUnsafeBytes { result($0.bindMemory(to: UInt8.self)) }
        } catch {
            // Only a non-finite number fails to encode, and `Rounded` writes those as null.
            preconditionFailure("a report did not encode as JSON: \(error)")
        }
    }

    /// The document as Foundation's `JSONEncoder` writes it, without the final newline.
    static func foundationEncoding<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = formatting
        return try encoder.encode(value)
    }
}

/// An optional written as `null` when absent, where the JSON contract names the field either way.
@propertyWrapper
public struct Nullable<Value: Encodable & Sendable>: Encodable, Sendable {
    public var wrappedValue: Value?

    public init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}

/// A score written with at most three decimals.
@propertyWrapper
public struct Rounded: Encodable, Sendable {
    public var wrappedValue: Double

    public init(wrappedValue: Double) {
        self.wrappedValue = wrappedValue
    }

    /// The number as written: three decimals at most; nil (written null) when it is not finite.
    var written: Double? { wrappedValue.isFinite ? (wrappedValue * 1000).rounded() / 1000 : nil }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let written { try container.encode(written) } else { try container.encodeNil() }
    }
}

// Encoded straight into the object that holds them: the synthesized `encode(to:)` of a report type picks these
// overloads, so a wrapped value no longer costs JSONEncoder a nested encoder of its own (a fifth of writing a
// large diff). The bytes are the same.
extension KeyedEncodingContainer {
    mutating func encode<Value>(_ value: Nullable<Value>, forKey key: Key) throws {
        if let wrapped = value.wrappedValue { try encode(wrapped, forKey: key) } else { try encodeNil(forKey: key) }
    }

    mutating func encode(_ value: Rounded, forKey key: Key) throws {
        if let written = value.written { try encode(written, forKey: key) } else { try encodeNil(forKey: key) }
    }
}
