/// Rows and columns: a coverage matrix, a register.
public struct ReportTable: Sendable {
    public struct Cell: Sendable {
        public var text: String
        /// Small print under the text.
        public var note: String?
        /// How strong the content is, for shading in HTML: "strong", "weak".
        public var strength: String?
        /// Shown on hover in HTML.
        public var tooltip: String?

        public init(_ text: String, note: String? = nil, strength: String? = nil, tooltip: String? = nil) {
            self.text = text
            self.note = note
            self.strength = strength
            self.tooltip = tooltip
        }
    }

    public var caption: String?
    public var header: [String]
    public var rows: [[Cell]]
    /// True for a wide matrix that only makes sense with room (HTML); a terminal leaves it out.
    public var isWide: Bool

    public init(caption: String? = nil, header: [String], rows: [[Cell]], isWide: Bool = false) {
        self.caption = caption
        self.header = header
        self.rows = rows
        self.isWide = isWide
    }
}
