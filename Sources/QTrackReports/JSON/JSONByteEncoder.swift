import Foundation

/// An `Encoder` that writes qtrack's JSON straight into bytes: the same bytes as Foundation's `JSONEncoder` with
/// `JSONOutput.formatting`, three times faster.
///
/// Why our own encoder: `JSONEncoder` first builds a tree of boxed values (an enum per value, a dictionary per
/// object, a String per number and key), then walks it to sort and write; for the 6.5 MB JSON of a diff of 10,000
/// questions that was 11% of the run (208 ms of CPU; 72 ms with this encoder, of which two thirds are the `Codable`
/// calls themselves: docs/profile.md, "JSON writer"). This one writes each value as it is encoded
/// (`JSONByteWriter`), and keeps the `Encodable` report types as the one description of every document: a
/// hand-written writer per document would skip the `Codable` calls, for 3% of that run, but be a second copy of
/// every schema to keep in step.
///
/// It reproduces what qtrack's documents use: keyed, unkeyed and single-value containers, the standard library's
/// numbers, strings, booleans, optionals, arrays and dictionaries. What JSONEncoder treats in its own way (Date,
/// Data, URL, Decimal, nested containers, super encoders, a value that encodes nothing at the top, nesting past
/// 512 levels) marks the document unsupported, and `JSONOutput.render` then asks JSONEncoder itself.
struct JSONByteEncoder: Encoder {
    let writer: JSONByteWriter
    /// The nesting level of the value this encoder writes: the number of containers around it.
    let depth: Int
    /// Where the value begins in the writer's bytes.
    let start: Int

    /// The document's bytes followed by `ending`, as `result` makes them into its value (with no copy made before);
    /// nil when the document uses something only JSONEncoder reproduces.
    static func encode<Value: Encodable, Result>(
        _ value: Value, ending: StaticString = "", as result: (UnsafeBufferPointer<UInt8>) throws -> Result
    ) throws -> Result? {
        let writer = JSONByteWriter(capacity: 1 << 16)
        try writer.encode(value, depth: 0)
        if writer.unsupported { return nil }
        writer.appendVerbatim(ending)
        return try writer.bytes.withBytes(result)
    }

    var codingPath: [any CodingKey] { Array(writer.keys.prefix(depth)) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        guard writer.openObject(depth: depth, start: start) else { return Self.discarded.container(keyedBy: type) }
        return KeyedEncodingContainer(JSONByteObjectContainer<Key>(writer: writer, depth: depth, start: start))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        guard writer.openArray(depth: depth, start: start) else { return Self.discarded.unkeyedContainer() }
        return JSONByteArrayContainer(writer: writer, depth: depth, start: start)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        self
    }

    /// Where a container goes that the document cannot use (the writer is already marked unsupported): it
    /// writes into a writer of its own, and nothing of it is kept.
    static var discarded: JSONByteEncoder {
        JSONByteEncoder(writer: JSONByteWriter(), depth: 0, start: 0)
    }
}

extension JSONByteEncoder: SingleValueEncodingContainer {
    func encodeNil() throws {
        if writer.beginSingleValue(depth: depth, start: start) { writer.writeNull() }
    }

    func encode(_ value: Bool) throws {
        if writer.beginSingleValue(depth: depth, start: start) { writer.write(value) }
    }

    func encode(_ value: String) throws {
        if writer.beginSingleValue(depth: depth, start: start) { writer.write(value) }
    }

    func encode(_ value: Double) throws {
        if writer.beginSingleValue(depth: depth, start: start) { try writer.write(value, key: nil, depth: depth) }
    }

    func encode(_ value: Float) throws {
        if writer.beginSingleValue(depth: depth, start: start) { try writer.write(value, key: nil, depth: depth) }
    }

    func encode(_ value: Int) throws { try encodeInteger(value) }
    func encode(_ value: Int8) throws { try encodeInteger(value) }
    func encode(_ value: Int16) throws { try encodeInteger(value) }
    func encode(_ value: Int32) throws { try encodeInteger(value) }
    func encode(_ value: Int64) throws { try encodeInteger(value) }
    func encode(_ value: UInt) throws { try encodeInteger(value) }
    func encode(_ value: UInt8) throws { try encodeInteger(value) }
    func encode(_ value: UInt16) throws { try encodeInteger(value) }
    func encode(_ value: UInt32) throws { try encodeInteger(value) }
    func encode(_ value: UInt64) throws { try encodeInteger(value) }
    func encode(_ value: Int128) throws { try encodeInteger(value) }
    func encode(_ value: UInt128) throws { try encodeInteger(value) }

    func encode<Value: Encodable>(_ value: Value) throws {
        if writer.beginSingleValue(depth: depth, start: start) { try writer.encode(value, depth: depth) }
    }

    private func encodeInteger(_ value: some FixedWidthInteger) throws {
        if writer.beginSingleValue(depth: depth, start: start) { writer.write(value) }
    }
}

/// The members of one JSON object, written through `JSONByteWriter`.
struct JSONByteObjectContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: JSONByteWriter
    let depth: Int
    let start: Int

    var codingPath: [any CodingKey] { Array(writer.keys.prefix(depth)) }

    func encodeNil(forKey key: Key) throws {
        writer.beginMember(key.stringValue, depth: depth, start: start)
        writer.writeNull()
    }

    func encode(_ value: Bool, forKey key: Key) throws {
        writer.beginMember(key.stringValue, depth: depth, start: start)
        writer.write(value)
    }

    func encode(_ value: String, forKey key: Key) throws {
        writer.beginMember(key.stringValue, depth: depth, start: start)
        writer.write(value)
    }

    func encode(_ value: Double, forKey key: Key) throws {
        writer.beginMember(key.stringValue, depth: depth, start: start)
        try writer.write(value, key: key, depth: depth)
    }

    func encode(_ value: Float, forKey key: Key) throws {
        writer.beginMember(key.stringValue, depth: depth, start: start)
        try writer.write(value, key: key, depth: depth)
    }

    func encode(_ value: Int, forKey key: Key) throws { encodeInteger(value, forKey: key) }
    func encode(_ value: Int8, forKey key: Key) throws { encodeInteger(value, forKey: key) }
    func encode(_ value: Int16, forKey key: Key) throws { encodeInteger(value, forKey: key) }
    func encode(_ value: Int32, forKey key: Key) throws { encodeInteger(value, forKey: key) }
    func encode(_ value: Int64, forKey key: Key) throws { encodeInteger(value, forKey: key) }
    func encode(_ value: UInt, forKey key: Key) throws { encodeInteger(value, forKey: key) }
    func encode(_ value: UInt8, forKey key: Key) throws { encodeInteger(value, forKey: key) }
    func encode(_ value: UInt16, forKey key: Key) throws { encodeInteger(value, forKey: key) }
    func encode(_ value: UInt32, forKey key: Key) throws { encodeInteger(value, forKey: key) }
    func encode(_ value: UInt64, forKey key: Key) throws { encodeInteger(value, forKey: key) }
    func encode(_ value: Int128, forKey key: Key) throws { encodeInteger(value, forKey: key) }
    func encode(_ value: UInt128, forKey key: Key) throws { encodeInteger(value, forKey: key) }

    func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws {
        writer.beginMember(key.stringValue, depth: depth, start: start)
        writer.keys.append(key)
        try writer.encode(value, depth: depth + 1)
        writer.keys.removeLast()
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        writer.markUnsupported()
        return JSONByteEncoder.discarded.container(keyedBy: keyType)
    }

    func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        writer.markUnsupported()
        return JSONByteEncoder.discarded.unkeyedContainer()
    }

    func superEncoder() -> any Encoder {
        writer.markUnsupported()
        return JSONByteEncoder.discarded
    }

    func superEncoder(forKey key: Key) -> any Encoder {
        writer.markUnsupported()
        return JSONByteEncoder.discarded
    }

    private func encodeInteger(_ value: some FixedWidthInteger, forKey key: Key) {
        writer.beginMember(key.stringValue, depth: depth, start: start)
        writer.write(value)
    }
}

/// The elements of one JSON array, written through `JSONByteWriter`.
struct JSONByteArrayContainer: UnkeyedEncodingContainer {
    /// The coding key of an element: its index, as JSONEncoder names it.
    struct IndexKey: CodingKey {
        var intValue: Int?
        var stringValue: String { "Index \(intValue ?? 0)" }
        init(intValue: Int) { self.intValue = intValue }
        init?(stringValue: String) { nil }
    }

    let writer: JSONByteWriter
    let depth: Int
    let start: Int

    var codingPath: [any CodingKey] { Array(writer.keys.prefix(depth)) }
    var count: Int { writer.elementCount(depth: depth, start: start) }

    func encodeNil() throws {
        writer.beginElement(depth: depth, start: start)
        writer.writeNull()
    }

    func encode(_ value: Bool) throws {
        writer.beginElement(depth: depth, start: start)
        writer.write(value)
    }

    func encode(_ value: String) throws {
        writer.beginElement(depth: depth, start: start)
        writer.write(value)
    }

    func encode(_ value: Double) throws {
        let key = IndexKey(intValue: count)
        writer.beginElement(depth: depth, start: start)
        try writer.write(value, key: key, depth: depth)
    }

    func encode(_ value: Float) throws {
        let key = IndexKey(intValue: count)
        writer.beginElement(depth: depth, start: start)
        try writer.write(value, key: key, depth: depth)
    }

    func encode(_ value: Int) throws { encodeInteger(value) }
    func encode(_ value: Int8) throws { encodeInteger(value) }
    func encode(_ value: Int16) throws { encodeInteger(value) }
    func encode(_ value: Int32) throws { encodeInteger(value) }
    func encode(_ value: Int64) throws { encodeInteger(value) }
    func encode(_ value: UInt) throws { encodeInteger(value) }
    func encode(_ value: UInt8) throws { encodeInteger(value) }
    func encode(_ value: UInt16) throws { encodeInteger(value) }
    func encode(_ value: UInt32) throws { encodeInteger(value) }
    func encode(_ value: UInt64) throws { encodeInteger(value) }
    func encode(_ value: Int128) throws { encodeInteger(value) }
    func encode(_ value: UInt128) throws { encodeInteger(value) }

    func encode<Value: Encodable>(_ value: Value) throws {
        writer.keys.append(IndexKey(intValue: count))
        writer.beginElement(depth: depth, start: start)
        try writer.encode(value, depth: depth + 1)
        writer.keys.removeLast()
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        writer.markUnsupported()
        return JSONByteEncoder.discarded.container(keyedBy: keyType)
    }

    func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        writer.markUnsupported()
        return JSONByteEncoder.discarded.unkeyedContainer()
    }

    func superEncoder() -> any Encoder {
        writer.markUnsupported()
        return JSONByteEncoder.discarded
    }

    private func encodeInteger(_ value: some FixedWidthInteger) {
        writer.beginElement(depth: depth, start: start)
        writer.write(value)
    }
}
