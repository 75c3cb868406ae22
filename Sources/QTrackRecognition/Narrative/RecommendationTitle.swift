/// A short title and a readable id for a recommendation, made from its own words: its leading verb phrase,
/// after an opening "At both the federal and provincial levels," and before the first comma or "including".
/// The same text gives the same title and id every time.
enum RecommendationTitle {
    static let maxTitleWords = 8
    static let maxIDWords = 6

    /// Words an opening phrase starts with ("At both the federal and provincial levels, increase …").
    private static let openingPrepositions: Set<String> = ["at", "in", "with", "through", "using", "on", "within", "across", "by", "for"]
    private static let trailingWords: Set<String> = [
        "and", "or", "the", "a", "an", "of", "to", "in", "for", "by", "with", "on", "at", "as", "from", "that", "who", "which", "all",
    ]
    private static let cutBefore: Set<String> = [
        "on", "for", "to", "at", "by", "with", "from", "through", "against", "among", "under", "into",
    ]
    private static let idStopWords: Set<String> = [
        "a", "an", "the", "of", "to", "and", "or", "in", "for", "on", "by", "with", "at", "all", "its", "their", "as", "from", "into",
        "that",
    ]

    static func title(for text: String) -> String {
        var phrase = Substring(text)
        if let first = phrase.split(separator: " ").first, openingPrepositions.contains(first.lowercased()),
            let comma = phrase.firstIndex(of: ","), phrase.distance(from: phrase.startIndex, to: comma) < 80
        {
            phrase = phrase[phrase.index(after: comma)...]
        }
        let stops: [String] = [",", ";", ":", "—", " – ", " (", " including ", " particularly ", " such as ", " that ", " which ", " who "]
        var end = phrase.endIndex
        for stop in stops {
            if let range = phrase.range(of: stop), range.lowerBound < end,
                phrase.distance(from: phrase.startIndex, to: range.lowerBound) > 8
            {
                end = range.lowerBound
            }
        }
        let allWords = phrase[..<end].split(separator: " ").map(String.init)
        var words = Array(allWords.prefix(maxTitleWords))
        // A phrase cut short ends before its last preposition rather than inside what follows it.
        if allWords.count > maxTitleWords, let cut = words.indices.dropFirst(3).last(where: { cutBefore.contains(words[$0].lowercased()) })
        {
            words = Array(words[..<cut])
        }
        while let last = words.last, words.count > 2, trailingWords.contains(last.lowercased()) { words.removeLast() }
        var title = words.joined(separator: " ")
        while let last = title.last, ".;:,".contains(last) { title.removeLast() }
        guard let first = title.first else { return text }
        return first.uppercased() + title.dropFirst()
    }

    /// Lower-case words of the title joined by hyphens ("increase-prosecutions-convictions-both-sex-trafficking").
    static func id(for title: String) -> String {
        let words = title.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init).filter { !idStopWords.contains($0) }
        let id = words.prefix(maxIDWords).joined(separator: "-")
        return id.isEmpty ? "recommendation" : id
    }

    /// Ids for titles in order, a repeated one numbered ("…-2").
    static func ids(for titles: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return titles.map { title in
            let id = id(for: title)
            seen[id, default: 0] += 1
            return seen[id] == 1 ? id : "\(id)-\(seen[id]!)"
        }
    }
}
