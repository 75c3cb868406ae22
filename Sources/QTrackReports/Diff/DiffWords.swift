public import QTrackAnalysis

/// How checks and reports refer to a change in words.
public enum DiffWords {
    public static func reference(_ change: QuestionChange) -> String {
        switch (change.old, change.new) {
        case (let old?, let new?): old.id == new.id ? new.id : "\(old.id) → \(new.id)"
        case (let old?, nil): old.id
        case (nil, let new?): new.id
        case (nil, nil): "?"
        }
    }

    /// For an added or removed question, its likeliest counterpart in words: "likely now 4 (0.52): “Were law
    /// enforcement, military…”" or "likely from protection/11 (0.35): …".
    public static func suggestion(_ change: QuestionChange) -> String? {
        guard let best = change.candidates.first else { return nil }
        let direction = change.old == nil ? "likely from" : "likely now"
        // Split only as far as the eighth word: the rest of the text is not needed.
        let words = best.question.text.split(separator: " ", maxSplits: 8).prefix(8).joined(separator: " ")
        return "\(direction) \(best.question.id) (\(Figures.twoDecimals(best.score))): “\(words)…”"
    }

    /// Every suggested counterpart with the words it shares, for `--explain`.
    public static func suggestions(_ change: QuestionChange) -> [String] {
        change.candidates.map { candidate in
            "candidate \(candidate.question.id) (\(Figures.twoDecimals(candidate.score))): shares "
                + candidate.sharedWords.joined(separator: ", ")
        }
    }
}
