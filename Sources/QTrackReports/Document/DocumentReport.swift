/// A report made as one document, and so rendered by every writer alike.
public protocol DocumentReport {
    func document() -> ReportDocument
}

extension DocumentReport {
    /// For a terminal; `details` shows each entry's evidence.
    public func text(style: TextStyle = .plain, width: Int = 100, details: Bool = false) -> String {
        TextWriter(style: style, width: width, details: details).render(document())
    }

    public func markdown(details: Bool = false) -> String {
        MarkdownWriter(details: details).render(document())
    }

    public func html() -> String {
        HTMLWriter().render(document())
    }
}
