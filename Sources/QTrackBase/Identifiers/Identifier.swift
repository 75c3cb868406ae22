/// A string id that knows what it names, so that a question id cannot be passed where a cycle is meant.
/// Encoded as its plain string.
public struct Identifier<Kind: IdentifierKind>: RawRepresentable, Sendable, Hashable, Comparable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        rawValue = value
    }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// What an `Identifier` names; a caseless enum per kind.
public protocol IdentifierKind: Sendable {}

public enum QuestionKind: IdentifierKind {}
public enum CycleKind: IdentifierKind {}
public enum RecommendationKind: IdentifierKind {}
public enum LineageKind: IdentifierKind {}

/// A question's readable id within its questionnaire: `protection/15`, or `49` where there are no sections.
public typealias QuestionID = Identifier<QuestionKind>
/// A questionnaire's cycle, named by its years: `2020-2021`, `2025`.
public typealias CycleID = Identifier<CycleKind>
/// A recommendation of one TIP Report: `2009/labor-law-enforcement`.
public typealias RecommendationID = Identifier<RecommendationKind>
/// A question's lineage across cycles in the register: `L0063`.
public typealias LineageID = Identifier<LineageKind>
