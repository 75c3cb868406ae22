/// Shortens text for one-line displays at a word boundary, marking the cut with "…".
public enum Excerpt {
    public static func shorten(_ text: String, to limit: Int) -> String {
        let flat = text.replacingNewlines()
        // Only the first `limit` characters are walked, not the whole text.
        guard limit > 1, flat.utf8.count > limit,
            let end = flat.index(flat.startIndex, offsetBy: limit, limitedBy: flat.endIndex), end != flat.endIndex
        else { return flat }
        let cut = flat.prefix(limit - 1)
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > limit / 2 {
            return String(cut[..<space]) + "…"
        }
        return String(cut) + "…"
    }
}

extension String {
    func replacingNewlines() -> String {
        // Most texts have none: they are returned without being walked character by character.
        guard utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else { return self }
        return String(map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 })
    }
}
