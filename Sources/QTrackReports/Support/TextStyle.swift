/// How a terminal report marks things: ANSI colour when the output is a terminal that wants it,
/// and always a mark that does not rely on colour.
public struct TextStyle: Sendable {
    public var colors: Bool
    /// A terminal's width to wrap long lines to; nil when writing to a file or a pipe.
    public var wrapWidth: Int?

    public init(colors: Bool, wrapWidth: Int? = nil) {
        self.colors = colors
        self.wrapWidth = wrapWidth
    }

    public static let plain = TextStyle(colors: false)

    private func wrap(_ text: String, _ code: String) -> String {
        colors ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    public func inserted(_ text: String) -> String { wrap("{+\(text)+}", "32") }
    public func deleted(_ text: String) -> String { wrap("[-\(text)-]", "31") }
    public func heading(_ text: String) -> String { wrap(text, "1") }
    public func dim(_ text: String) -> String { wrap(text, "2") }
    public func warning(_ text: String) -> String { wrap(text, "33") }
}
