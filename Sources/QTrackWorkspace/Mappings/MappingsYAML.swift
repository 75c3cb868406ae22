import Foundation
import QTrackDocuments
import Yams

/// The one way qtrack reads and writes the YAML under `Mappings/`: through Yams, within bounds that keep a
/// hostile file from exhausting the machine, and written atomically with the header a reviewer reads.
public enum MappingsYAML {
    /// A Mappings file is a few hundred kilobytes at most; this leaves room for many cycles.
    static let maxBytes = 8 << 20
    /// Nesting deeper than this is never a reviewer's file, and Yams composes recursively.
    static let maxDepth = 64
    /// Mappings files need no anchors or merge keys; a few are tolerated, an alias or merge-key bomb (each
    /// level doubling the one before) is not: twenty allow ten doublings, a thousandfold at worst.
    static let maxAliases = 20

    static func decode<Value: Decodable>(_ type: Value.Type, path: String) throws(MappingError) -> Value {
        try decode(type, text: try read(path), file: path)
    }

    /// Text already read, checked against the same bounds; for the fuzzer and for files held in memory.
    public static func decode<Value: Decodable>(_ type: Value.Type, text: String, file: String) throws(MappingError) -> Value {
        guard text.utf8.count <= maxBytes else {
            throw MappingError(
                file: file, reason: "the file is \(text.utf8.count) bytes, more than the \(maxBytes) a mappings file may have")
        }
        if let problem = boundsProblem(text) { throw MappingError(file: file, reason: problem) }
        do {
            return try YAMLDecoder().decode(type, from: text)
        } catch {
            throw MappingError(file: file, reason: MappingError.describe(error))
        }
    }

    /// The file's text, refused when it is too large to be a mappings file or is not UTF-8.
    static func read(_ path: String) throws(MappingError) -> String {
        // A FIFO or a device is refused, not waited on or read without end.
        let data: Data
        do throws(RegularFile.Failure) {
            data = try RegularFile.read(path, maxBytes: maxBytes)
        } catch {
            let size = error.size.map { "the file is \($0) bytes, more than the \(maxBytes) a mappings file may have" }
            throw MappingError(file: path, reason: size ?? error.reason)
        }
        // Decoded as it is, a leading BOM kept: a save writes back the bytes it read.
        guard let text = String(validating: data, as: UTF8.self) else {
            throw MappingError(file: path, reason: "cannot be read as UTF-8 text")
        }
        return text
    }

    /// Counts flow-collection depth, indentation depth, and anchors, aliases and merge keys, outside
    /// quoted scalars and comments. Each counts only where a YAML node can start (at a line's start, or after
    /// `:`, `-`, `[`, `{` or `,` and spaces): in plain text, "Costs & benefits of *raids*", "[Please answer]"
    /// and "the government's" are words.
    static func boundsProblem(_ text: String) -> String? {
        // Every mark looked for is ASCII: the bytes are read, not Characters (a check runs this for every
        // mappings file of every repository). YAML's white space is spaces, tabs and line ends.
        let bytes = Array(text.utf8)
        func byte(_ character: Unicode.Scalar) -> UInt8 { UInt8(ascii: character) }
        let newline = byte("\n")
        let carriageReturn = byte("\r")
        let space = byte(" ")
        let tab = byte("\t")
        let startMarks: [UInt8] = [newline, carriageReturn, byte("["), byte("{"), byte(","), byte(":"), byte("-")]
        var depth = 0
        var aliases = 0
        var quote: UInt8?
        var inComment = false
        // The last byte that was not a space or tab: where a node may start.
        var lastMark = newline
        var indent = 0
        var deepest = 0
        var atLineStart = true
        for (index, character) in bytes.enumerated() {
            defer { if character != space && character != tab { lastMark = character } }
            if character == newline || character == carriageReturn {
                inComment = false
                atLineStart = true
                indent = 0
                continue
            }
            if atLineStart {
                if character == space {
                    indent += 1
                    deepest = max(deepest, indent)
                } else {
                    atLineStart = false
                }
            }
            if inComment { continue }
            if let open = quote {
                if character == open { quote = nil }
                continue
            }
            let next = index + 1 < bytes.count ? bytes[index + 1] : newline
            let nextIsWhite = next == space || next == tab || next == newline || next == carriageReturn
            guard startMarks.contains(lastMark) || character == byte("]") || character == byte("}") else { continue }
            switch character {
            case byte("\""), byte("'"): quote = character
            case byte("#"): inComment = true
            case byte("["), byte("{"):
                depth += 1
                if depth > maxDepth { return "nested more than \(maxDepth) levels deep" }
            case byte("]"), byte("}"): depth = max(0, depth - 1)
            case byte("*") where !nextIsWhite, byte("&") where !nextIsWhite, byte("<") where next == byte("<"):
                aliases += 1
                if aliases > maxAliases { return "more than \(maxAliases) anchors, aliases and merge keys" }
            default: break
            }
        }
        if deepest > maxDepth * 4 { return "indented more than \(maxDepth * 4) spaces" }
        return nil
    }

    /// `value` as YAML after `header` (comment lines without their `# `), keys in the declared order.
    static func encode<Value: Encodable>(_ value: Value, header: [String]) throws -> String {
        let encoder = YAMLEncoder()
        // Texts as written (Urdu, curly quotes, ellipses), never folded: a reviewer reads these files.
        encoder.options = YAMLEncoder.Options(width: -1, allowUnicode: true)
        let body = try encoder.encode(value)
        return header.map { "# " + $0 + "\n" }.joined() + body
    }
}
