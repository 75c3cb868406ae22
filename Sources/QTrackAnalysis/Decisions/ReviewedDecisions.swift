import Foundation
public import QTrackBase
import Yams

/// A reviewer's decisions about the pairing of two cycles, kept in `Mappings/decisions/<old>--<new>.yaml`
/// and honoured by the matcher before anything else.
///
/// ```yaml
/// old: 2020-2021
/// new: "2025"
/// pairs:                      # confirmed or overridden pairs
///   - old: human-trafficking-related-complicity-and-corruption/1
///     new: "2"
///     note: complicit officials
/// unrelated:                  # never pair these two
///   - old: protection/4
///     new: "36"
/// ```
public struct ReviewedDecisions: Sendable, Hashable, Codable {
    public struct Pair: Sendable, Hashable, Codable {
        public var old: String
        public var new: String
        public var note: String?

        public init(old: String, new: String, note: String? = nil) {
            self.old = old
            self.new = new
            self.note = note
        }
    }

    public var old: String
    public var new: String
    public var pairs: [Pair]
    public var unrelated: [Pair]

    public init(old: String, new: String, pairs: [Pair] = [], unrelated: [Pair] = []) {
        self.old = old
        self.new = new
        self.pairs = pairs
        self.unrelated = unrelated
    }

    enum CodingKeys: String, CodingKey {
        case old, new, pairs, unrelated
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        old = try container.decode(String.self, forKey: .old)
        new = try container.decode(String.self, forKey: .new)
        pairs = try container.decodeIfPresent([Pair].self, forKey: .pairs) ?? []
        unrelated = try container.decodeIfPresent([Pair].self, forKey: .unrelated) ?? []
    }

    /// The conventional file name for a pair of cycles.
    public static func fileName(old: String, new: String) -> String { "\(old)--\(new).yaml" }

    /// Reads a decisions file; a malformed one is an error naming the file and what is wrong.
    public static func load(path: String) throws(MappingError) -> ReviewedDecisions {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw MappingError(file: path, reason: "cannot be read as UTF-8 text")
        }
        do {
            return try YAMLDecoder().decode(ReviewedDecisions.self, from: text)
        } catch {
            throw MappingError(file: path, reason: MappingError.describe(error))
        }
    }

    /// YAML a reviewer reads in a pull request.
    public func yaml() throws -> String {
        try YAMLEncoder().encode(self)
    }
}

/// A file under `Mappings/` that cannot be used; reported like an unreadable input.
public struct MappingError: FileProblem, Sendable, Hashable {
    public var file: String
    public var reason: String

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }

    static func describe(_ error: any Error) -> String {
        if let yaml = error as? YamlError {
            return "not valid YAML: " + "\(yaml)".split(separator: "\n").first.map(String.init)!
        }
        if let decoding = error as? DecodingError {
            switch decoding {
            case .keyNotFound(let key, let context):
                return "missing '\(key.stringValue)'" + path(context.codingPath)
            case .dataCorrupted(let context) where context.underlyingError is YamlError:
                return describe(context.underlyingError!)
            case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
                return "unexpected value" + path(context.codingPath) + ": " + context.debugDescription
            @unknown default:
                return "\(decoding)"
            }
        }
        return "\(error)"
    }

    private static func path(_ codingPath: [any CodingKey]) -> String {
        codingPath.isEmpty ? "" : " at " + codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
}
