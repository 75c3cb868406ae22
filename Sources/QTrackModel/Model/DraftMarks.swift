/// How `qtrack prepare` marks what it put in a draft, so that reading the draft back (`status`) can tell
/// it apart. Marks are Word content controls (`w:sdt`) with a tag, which Word keeps while the text is edited.
public enum DraftMarks {
    static let carriedPrefix = "qtrack-carried "

    /// The tag of a carried answer's paragraph: it holds the fingerprint of the text as carried, which no
    /// longer matches once someone edits it.
    public static func carriedTag(for text: String) -> String {
        carriedPrefix + Fingerprint.of(text: text)
    }

    /// True when a paragraph read back still holds the text `prepare` carried into it.
    public static func isUntouchedCarried(tag: String?, text: String) -> Bool {
        guard let tag, tag.hasPrefix(carriedPrefix) else { return false }
        return tag.dropFirst(carriedPrefix.count) == Fingerprint.of(text: text)
    }

    /// The tag of every paragraph in "Questions no longer asked": last year's questions, kept for their
    /// answers, are not questions of the draft.
    public static let noLongerAskedTag = "qtrack-no-longer-asked"
}
