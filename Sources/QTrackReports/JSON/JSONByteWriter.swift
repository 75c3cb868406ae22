import Foundation
import QTrackBase

/// The bytes of one JSON document as `JSONByteEncoder` writes it, and the containers still open.
///
/// The layout is Foundation's for `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`, byte for byte:
/// two spaces a level, `"key" : value`, `[\n\n]` and `{\n\n}` (indented) when empty, keys in the order of their
/// UTF-8 bytes, strings escaped as `JSONWriter` escapes them, numbers as their `description` (a Double without
/// its trailing `.0`).
///
/// Values are written in the order they are encoded. An object's members are written one after the other, each
/// as `,\n<indent>"key" : value`; when the object closes, its members are put in key order in place (the same
/// bytes, moved) and the first member's comma becomes the `{`. Nothing else is ever moved.
final class JSONByteWriter {
    /// An object or array whose `encode(to:)` has not returned yet.
    private struct OpenContainer {
        var isObject: Bool
        /// Its nesting level: its members are indented one level more.
        var depth: Int
        /// Where it begins in `bytes`: the `[` of an array, the first member's comma of an object.
        var start: Int
        /// The index in `members` of its first member.
        var firstMember: Int
        var count = 0
    }

    /// One member of an open object: where its `,\n<indent>"key" : value` begins (ends: `end`, set when the
    /// object closes), and its key (`memberKeys[key]`), whose first eight bytes `prefix` holds, big-endian, so
    /// that most keys are ordered by comparing two integers.
    private struct Member {
        var prefix: UInt64
        var key: Int
        var start: Int
        var end = 0
    }

    /// Foundation's `JSONWriter` refuses deeper documents; past it, `JSONOutput` lets Foundation say so.
    static let maximumDepth = 512

    // `@exclusivity(unchecked)`: a writer serves one encoding on one thread, and the run-time checks of each
    // access to a class's stored property were a fifth of the time of writing a large document.
    @exclusivity(unchecked) private(set) var bytes: JSONByteBuffer
    /// The coding path of the value being encoded; its first `depth` keys are an encoder's path.
    @exclusivity(unchecked) var keys: [any CodingKey] = []
    /// True once the document used something this writer does not reproduce (see `JSONByteEncoder`).
    @exclusivity(unchecked) private(set) var unsupported = false
    @exclusivity(unchecked) private var open: [OpenContainer] = []
    @exclusivity(unchecked) private var members: [Member] = []
    @exclusivity(unchecked) private var memberKeys: [String] = []
    @exclusivity(unchecked) private var scratch: [UInt8] = []

    init(capacity: Int = 0) {
        bytes = JSONByteBuffer(capacity: capacity)
    }

    func markUnsupported() {
        unsupported = true
    }

    // MARK: - Values

    /// Encodes any value in the slot that begins at the end of `bytes`, at nesting level `depth`.
    func encode<Value: Encodable>(_ value: Value, depth: Int) throws {
        // The types JSONEncoder writes in its own way rather than through their `encode(to:)`.
        if Value.self == Date.self || Value.self == Data.self || Value.self == URL.self || Value.self == Decimal.self
            || depth >= Self.maximumDepth
        {
            unsupported = true
            return
        }
        // A string (most elements of qtrack's arrays) written at once, without its `encode(to:)` and its container:
        // the same bytes, as `String.encode(to:)` only asks a single-value container to encode the string.
        if Value.self == String.self {
            write(unsafeBitCast(value, to: String.self))
            return
        }
        let openCount = open.count
        let start = bytes.count
        try value.encode(to: JSONByteEncoder(writer: self, depth: depth, start: start))
        if open.count == openCount + 1 {
            close()
        } else if open.count == openCount {
            // A value that encoded nothing is an empty object to JSONEncoder, or an error at the top.
            if bytes.count == start {
                if open.isEmpty { unsupported = true } else { appendEmpty(open: "{", close: "}", depth: depth) }
            }
        } else {
            unsupported = true
        }
    }

    func writeNull() {
        append("null")
    }

    func write(_ value: Bool) {
        append(value ? "true" : "false")
    }

    func write(_ value: some FixedWidthInteger) {
        if value.bitWidth <= 64 {
            if value < 0 { bytes.append(UInt8(ascii: "-")) }
            appendDigits(UInt64(truncatingIfNeeded: value.magnitude))
        } else {
            append(value.description)
        }
    }

    /// The decimal digits of `value`, as its `description` writes them.
    private func appendDigits(_ value: UInt64) {
        // 20 digits hold UInt64.max.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
            var index = buffer.count
            var rest = value
            repeat {
                index -= 1
                buffer[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            } while rest > 0
            bytes.append(UnsafeBufferPointer(rebasing: buffer[index...]))
        }
    }

    /// A number as JSONEncoder writes it: its `description`, `100.0` as `100`; not finite, the error JSONEncoder
    /// throws under its default `.throw` strategy.
    func write<Number: BinaryFloatingPoint & CustomStringConvertible>(_ value: Number, key: (any CodingKey)?, depth: Int) throws {
        guard value.isFinite else {
            let path = Array(keys.prefix(depth)) + (key.map { [$0] } ?? [])
            throw EncodingError.invalidValue(
                value,
                EncodingError.Context(codingPath: path, debugDescription: "Unable to encode \(Number.self).\(value) directly in JSON."))
        }
        let start = bytes.count
        append(value.description)
        if bytes.count - start >= 2, bytes[bytes.count - 2] == UInt8(ascii: "."), bytes[bytes.count - 1] == UInt8(ascii: "0") {
            bytes.removeLast(2)
        }
    }

    /// A string in quotes, escaped as Foundation's `JSONWriter` escapes with `.withoutEscapingSlashes`: `"`, `\`
    /// and the control characters below U+0020 (`\b \f \n \r \t`, the others `\u00xx` in lower case); everything
    /// else, `/`, DEL, U+2028 and all non-ASCII included, as it is.
    func write(_ string: String) {
        bytes.append(UInt8(ascii: "\""))
        withUTF8(of: string) { appendEscaped($0) }
        bytes.append(UInt8(ascii: "\""))
    }

    private func withUTF8<Result>(of string: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = string.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(string.utf8).withUnsafeBufferPointer(body)
    }

    private func appendEscaped(_ text: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        for index in text.indices {
            let byte = text[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            bytes.append(UnsafeBufferPointer(rebasing: text[runStart..<index]))
            runStart = index + 1
            switch byte {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case 0x08: append("\\b")
            case 0x0C: append("\\f")
            case 0x0A: append("\\n")
            case 0x0D: append("\\r")
            case 0x09: append("\\t")
            default:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                append("\\u00")
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0x0F)])
            }
        }
        bytes.append(UnsafeBufferPointer(rebasing: text[runStart...]))
    }

    /// The elements of an array, written in parts on every core: each part's elements into a writer of its own,
    /// at the array's depth, then the parts' bytes copied in order; the same bytes as one element after the other
    /// (an element's bytes depend only on its depth). The elements of a large diff's report were most of writing it.
    /// An array too short to part, or one with an element that throws, is encoded one element after the other
    /// here (the latter to throw as JSONEncoder would).
    func encodeElements<Element: Encodable>(_ elements: [Element], depth: Int, start: Int) throws {
        guard openArray(depth: depth, start: start) else { return }
        let ranges = Parallel.ranges(elements.count, parts: 16)
        let written = Parallel.map(ranges.count) { part -> JSONByteWriter? in
            guard ranges.count > 1 else { return nil }
            let writer = JSONByteWriter(capacity: 1 << 16)
            for index in ranges[part] {
                writer.appendLineStart(comma: true, depth: depth + 1)
                guard (try? writer.encode(elements[index], depth: depth + 1)) != nil else { return nil }
            }
            return writer
        }
        let parts = written.compactMap { $0 }
        guard parts.count == written.count else {
            let container = JSONByteArrayContainer(writer: self, depth: depth, start: start)
            for element in elements { try container.encode(element) }
            return
        }
        for (index, part) in parts.enumerated() {
            if part.unsupported { unsupported = true }
            // The first element has no comma before it.
            part.bytes.withBytes { bytes.append(index == 0 ? UnsafeBufferPointer(rebasing: $0.dropFirst()) : $0) }
        }
        open[open.count - 1].count += elements.count
    }

    // MARK: - Containers

    /// Opens an object for the encoder at `depth` whose slot begins at `start`; false (and the document marked
    /// unsupported) when that encoder already wrote something else.
    func openObject(depth: Int, start: Int) -> Bool {
        openContainer(isObject: true, depth: depth, start: start)
    }

    func openArray(depth: Int, start: Int) -> Bool {
        guard openContainer(isObject: false, depth: depth, start: start) else { return false }
        if open[open.count - 1].count == 0 && bytes.count == start { bytes.append(UInt8(ascii: "[")) }
        return true
    }

    private func openContainer(isObject: Bool, depth: Int, start: Int) -> Bool {
        if let last = open.last, last.depth == depth, last.start == start {
            // The same encoder asking again: JSONEncoder hands back the same container.
            if last.isObject == isObject { return true }
            unsupported = true
            return false
        }
        guard bytes.count == start else {
            unsupported = true
            return false
        }
        open.append(OpenContainer(isObject: isObject, depth: depth, start: start, firstMember: members.count))
        return true
    }

    /// Whether the container of `depth` that began at `start` is the innermost open one; a container used after
    /// its value was encoded (or beside a nested one) is something only JSONEncoder reproduces.
    private func isInnermost(depth: Int, start: Int) -> Bool {
        guard let last = open.last, last.depth == depth, last.start == start else {
            unsupported = true
            return false
        }
        return true
    }

    /// Writes `,\n<indent>"key" : ` for a member of the object of `depth` that began at `start`.
    func beginMember(_ key: String, depth: Int, start: Int) {
        guard isInnermost(depth: depth, start: start) else { return }
        let memberStart = bytes.count
        open[open.count - 1].count += 1
        appendLineStart(comma: true, depth: depth + 1)
        bytes.append(UInt8(ascii: "\""))
        let prefix = withUTF8(of: key) { utf8 in
            appendEscaped(utf8)
            var prefix: UInt64 = 0
            for index in 0..<min(8, utf8.count) { prefix |= UInt64(utf8[index]) << (56 - 8 * index) }
            return prefix
        }
        append("\" : ")
        members.append(Member(prefix: prefix, key: memberKeys.count, start: memberStart))
        memberKeys.append(key)
    }

    /// Writes the separator and indent before an element of the array of `depth` that began at `start`.
    func beginElement(depth: Int, start: Int) {
        guard isInnermost(depth: depth, start: start) else { return }
        appendLineStart(comma: open[open.count - 1].count > 0, depth: depth + 1)
        open[open.count - 1].count += 1
    }

    /// Whether the encoder of `depth` whose slot begins at `start` may write its one value: it has written
    /// nothing and opened no container.
    func beginSingleValue(depth: Int, start: Int) -> Bool {
        if bytes.count == start, open.last.map({ $0.depth < depth }) ?? true { return true }
        unsupported = true
        return false
    }

    func elementCount(depth: Int, start: Int) -> Int {
        guard let last = open.last, last.depth == depth, last.start == start else { return 0 }
        return last.count
    }

    private func close() {
        let container = open.removeLast()
        guard container.count > 0 else {
            if container.isObject {
                appendEmpty(open: "{", close: "}", depth: container.depth)
            } else {
                // The `[` is written; JSONWriter's empty array is `[\n\n<indent>]`.
                append("\n\n")
                appendIndent(container.depth)
                append("]")
            }
            return
        }
        if container.isObject {
            putInKeyOrder(container)
            bytes[container.start] = UInt8(ascii: "{")
            members.removeLast(container.count)
            memberKeys.removeLast(container.count)
        }
        append("\n")
        appendIndent(container.depth)
        append(container.isObject ? "}" : "]")
    }

    /// Moves the members of `container` into the order of their keys' UTF-8 bytes, as JSONEncoder's
    /// `.sortedKeys` orders them; of a key given twice, the last value stays, as in JSONEncoder's dictionary.
    private func putInKeyOrder(_ container: OpenContainer) {
        let range = container.firstMember..<members.count
        for index in range { members[index].end = index + 1 < members.count ? members[index + 1].start : bytes.count }
        // Keys in strictly increasing order (the usual case for a dictionary, never for a struct): nothing to move.
        if range.dropFirst().allSatisfy({ keyOrder(members[$0 - 1], members[$0]) < 0 }) { return }
        sortMembers(range)
        var written = 0
        bytes.withMutableBytes(from: container.start) { region in
            scratch.removeAll(keepingCapacity: true)
            scratch.append(contentsOf: region)
            scratch.withUnsafeBufferPointer { source in
                for index in range where index + 1 == members.count || keyOrder(members[index], members[index + 1]) != 0 {
                    let member = members[index]
                    let length = member.end - member.start
                    (region.baseAddress! + written).update(from: source.baseAddress! + (member.start - container.start), count: length)
                    written += length
                }
            }
            return
        }
        bytes.removeLast(bytes.count - container.start - written)
    }

    /// Sorts by key, then by the order written (so that of equal keys the last written is last): by insertion
    /// for the few members of a struct, by the standard library's sort for a large dictionary.
    private func sortMembers(_ range: Range<Int>) {
        let precedes = { (first: Member, second: Member) -> Bool in
            let order = self.keyOrder(first, second)
            return order != 0 ? order < 0 : first.start < second.start
        }
        guard range.count <= 16 else {
            members[range].sort(by: precedes)
            return
        }
        for index in range.dropFirst() {
            let member = members[index]
            var hole = index
            while hole > range.lowerBound, precedes(member, members[hole - 1]) {
                members[hole] = members[hole - 1]
                hole -= 1
            }
            members[hole] = member
        }
    }

    /// Negative, zero or positive as the key of `first` comes before, is, or comes after the key of `second` in
    /// the order of their UTF-8 bytes (`utf8.lexicographicallyPrecedes`).
    private func keyOrder(_ first: Member, _ second: Member) -> Int {
        if first.prefix != second.prefix { return first.prefix < second.prefix ? -1 : 1 }
        return withUTF8(of: memberKeys[first.key]) { a in
            withUTF8(of: memberKeys[second.key]) { b in
                let common = memcmp(a.baseAddress!, b.baseAddress!, min(a.count, b.count))
                return common != 0 ? Int(common) : a.count - b.count
            }
        }
    }

    // MARK: - Bytes

    private func appendEmpty(open: StaticString, close: StaticString, depth: Int) {
        append(open)
        append("\n\n")
        appendIndent(depth)
        append(close)
    }

    private static let lineStart: StaticString = ",\n                                                                "

    /// `,\n` (or `\n`) and the indent of `depth`, two spaces a level, in one append when not deeper than 32.
    private func appendLineStart(comma: Bool, depth: Int) {
        let from = comma ? 0 : 1
        let count = min(2 + 2 * depth, Self.lineStart.utf8CodeUnitCount) - from
        bytes.append(UnsafeBufferPointer(start: Self.lineStart.utf8Start + from, count: count))
        appendIndent(depth - 32)
    }

    /// Two spaces a level.
    private func appendIndent(_ depth: Int) {
        for _ in 0..<max(depth, 0) {
            bytes.append(UInt8(ascii: " "))
            bytes.append(UInt8(ascii: " "))
        }
    }

    /// Appends `text` as it is.
    func appendVerbatim(_ text: StaticString) {
        append(text)
    }

    private func append(_ text: StaticString) {
        bytes.append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private func append(_ text: String) {
        withUTF8(of: text) { bytes.append($0) }
    }
}
