import QTrackModel

/// The structure lines survey tools write around questions: blocks and pages that group them, logic that
/// says when they show, and layout lines that mean nothing to a reader of the questions.
enum SurveyLayout: Equatable {
    /// `Start of Block: Section A: Symptoms`, `== Risk Profile ==` (a page), `-- Impact --` (a panel).
    case group(String)
    /// `Display This Question: If …`, `Skip To: End of Survey If …`: kept as a note.
    case logic(String)
    /// `End of Block: …`, `Page Break`: dropped, and counted.
    case layout

    init?(_ text: String) {
        // Every paragraph passes here: most are told apart by their first character alone.
        guard let first = text.first(where: { $0 != " " && $0 != "\t" }), "SsEePpDd=-C".contains(first) else { return nil }
        let line = TextNormalizer.display(text)
        let lower = line.lowercased()
        if let title = Self.after("start of block:", in: line) {
            self = .group(title)
        } else if lower.hasPrefix("end of block") || lower == "page break" || lower.hasPrefix("page break ") {
            self = .layout
        } else if let title = Self.enclosed(line, by: "==") ?? Self.enclosed(line, by: "--") {
            self = .group(title)
        } else if ["display this question:", "skip to:", "display logic:", "show this question if", "carry forward"].contains(
            where: lower.hasPrefix)
        {
            self = .logic(line)
        } else {
            return nil
        }
    }

    private static func after(_ prefix: String, in line: String) -> String? {
        guard line.lowercased().hasPrefix(prefix) else { return nil }
        let title = String(line.dropFirst(prefix.count)).trimming(" \t")
        return title.isEmpty ? nil : title
    }

    /// "== Project Details ==" → "Project Details".
    private static func enclosed(_ line: String, by mark: String) -> String? {
        guard line.hasPrefix(mark + " "), line.hasSuffix(" " + mark) else { return nil }
        let title = String(line.dropFirst(mark.count).dropLast(mark.count)).trimming(" \t")
        return title.isEmpty ? nil : title
    }
}
