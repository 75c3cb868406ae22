/// Each token's stem, worked out once: `nil` for stop words and numbers, which carry no meaning.
struct StemMemo {
    private var stems: [String: String?] = [:]

    mutating func stem(_ token: String) -> String? {
        if let known = stems[token] { return known }
        let stem: String? =
            TextFeatures.stopWords.contains(token) || token.allSatisfy(\.isNumber) ? nil : TextFeatures.stem(token)
        stems[token] = .some(stem)
        return stem
    }

    /// The stems of the tokens that carry meaning, in order; `written` learns the first form of each stem.
    mutating func contentWords(_ tokens: [String], written: inout [String: String]) -> [String] {
        tokens.compactMap { token in
            guard let stem = stem(token) else { return nil }
            if written[stem] == nil { written[stem] = token }
            return stem
        }
    }

    /// The stems of the tokens that carry meaning, in order.
    mutating func contentWords(_ tokens: [String]) -> [String] {
        tokens.compactMap { stem($0) }
    }
}
