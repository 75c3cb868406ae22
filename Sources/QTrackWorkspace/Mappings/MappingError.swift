public import QTrackBase
import Yams

/// A file under `Mappings/` that cannot be used; reported like an unreadable input.
public struct MappingError: FileProblem, Sendable, Hashable {
    public var file: String
    public var reason: String

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }

    /// What went wrong, in one line: Yams' messages run over several.
    static func describe(_ error: any Error) -> String {
        if let yaml = error as? YamlError {
            return "not valid YAML: " + ("\(yaml)".split(separator: "\n").first.map(String.init) ?? "")
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
