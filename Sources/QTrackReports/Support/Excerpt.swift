/// Shortens text for one-line displays at a word boundary, marking the cut with "…".
public enum Excerpt {
    public static func shorten(_ text: String, to limit: Int) -> String {
        let flat = text.replacingNewlines()
        guard flat.count > limit, limit > 1 else { return flat }
        let cut = flat.prefix(limit - 1)
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > limit / 2 {
            return String(cut[..<space]) + "…"
        }
        return String(cut) + "…"
    }
}

extension String {
    func replacingNewlines() -> String {
        String(map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 })
    }
}
