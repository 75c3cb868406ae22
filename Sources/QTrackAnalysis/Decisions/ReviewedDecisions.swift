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
}
