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
/// alone:                      # no counterpart: really removed (old) or really new (new)
///   - old: protection/15
/// ```
///
/// Several pairs naming one old question record a split; several naming one new question, a merge.
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

    /// A question a reviewer says has no counterpart: `old` removed, or `new` really new.
    public struct Alone: Sendable, Hashable, Codable {
        public var old: String?
        public var new: String?
        public var note: String?

        public init(old: String? = nil, new: String? = nil, note: String? = nil) {
            self.old = old
            self.new = new
            self.note = note
        }
    }

    public var old: String
    public var new: String
    public var pairs: [Pair]
    public var unrelated: [Pair]
    public var alone: [Alone]

    public init(old: String, new: String, pairs: [Pair] = [], unrelated: [Pair] = [], alone: [Alone] = []) {
        self.old = old
        self.new = new
        self.pairs = pairs
        self.unrelated = unrelated
        self.alone = alone
    }

    enum CodingKeys: String, CodingKey {
        case old, new, pairs, unrelated, alone
    }

    /// Empty lists are left out, so that a file with pairs only reads as it always did.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(old, forKey: .old)
        try container.encode(new, forKey: .new)
        if !pairs.isEmpty { try container.encode(pairs, forKey: .pairs) }
        if !unrelated.isEmpty { try container.encode(unrelated, forKey: .unrelated) }
        if !alone.isEmpty { try container.encode(alone, forKey: .alone) }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        old = try container.decode(String.self, forKey: .old)
        new = try container.decode(String.self, forKey: .new)
        pairs = try container.decodeIfPresent([Pair].self, forKey: .pairs) ?? []
        unrelated = try container.decodeIfPresent([Pair].self, forKey: .unrelated) ?? []
        alone = try container.decodeIfPresent([Alone].self, forKey: .alone) ?? []
    }

    /// The conventional file name for a pair of cycles.
    public static func fileName(old: String, new: String) -> String { "\(old)--\(new).yaml" }
}
