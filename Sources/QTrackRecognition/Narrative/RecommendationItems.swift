public import QTrackBase

/// A recommendation's text as published, and where it starts.
struct PublishedItem: Sendable, Hashable {
    var text: String
    var location: SourceLocation
}

/// The recommendations of a section, split as the Report prints them, and the one a reprint cut off.
struct RecommendationItems: Sendable {
    var items: [PublishedItem]
    /// The recommendation cut off in mid-sentence (its 1-based place and the words that remain), when the list was.
    var cutOff: (place: Int, text: String)?

    /// Splits a section by its era.
    static func split(_ section: RecommendationsSection, words: DocumentWords) -> RecommendationItems {
        switch section.era {
        case .paragraph: paragraphClauses(section, words: words)
        case .prioritized: prioritizedItems(section, words: words)
        }
    }

    // MARK: - "RECOMMENDATIONS FOR <COUNTRY>:" — one clause per recommendation

    /// The paragraph up to its first full stop, cut at its semicolons (outside brackets); the last clause loses
    /// its "and", the paragraph its full stop. Nothing else changes. A paragraph without its full stop that runs
    /// to the document's end was cut off: its last clause is not a recommendation yet.
    private static func paragraphClauses(_ section: RecommendationsSection, words: DocumentWords) -> RecommendationItems {
        let flow = Flow(section.lines, words: words)
        let text = flow.text
        let end = sentenceEnd(in: text)
        let body = end.map { String(text[..<$0]) } ?? text
        var clauses: [(text: String, offset: Int)] = []
        var depth = 0
        var start = body.startIndex
        var current = ""
        for index in body.indices {
            let character = body[index]
            if character == "(" || character == "[" { depth += 1 }
            if character == ")" || character == "]" { depth = max(0, depth - 1) }
            if character == ";" && depth == 0 {
                clauses.append((current, body.distance(from: body.startIndex, to: start)))
                current = ""
                start = body.index(after: index)
            } else {
                current.append(character)
            }
        }
        clauses.append((current, body.distance(from: body.startIndex, to: start)))
        var items: [PublishedItem] = []
        var cutOff: (place: Int, text: String)?
        for (index, clause) in clauses.enumerated() {
            var clauseText = clause.text.trimmingSpaces()
            let isLast = index == clauses.count - 1
            if isLast, end == nil, section.runsToDocumentEnd {
                if !clauseText.isEmpty { cutOff = (items.count + 1, clauseText) }
                break
            }
            if isLast && index > 0 {
                for conjunction in ["and ", "and, "] where clauseText.hasPrefix(conjunction) {
                    clauseText = String(clauseText.dropFirst(conjunction.count)).trimmingSpaces()
                }
            }
            guard !clauseText.isEmpty else { continue }
            items.append(PublishedItem(text: clauseText, location: flow.location(at: clause.offset)))
        }
        return RecommendationItems(items: items, cutOff: cutOff)
    }

    /// Words before a full stop that do not end a sentence.
    private static let abbreviations: Set<String> = [
        "no", "nos", "st", "mr", "mrs", "ms", "dr", "jr", "sr", "vs", "etc", "inc", "ltd", "co", "gen", "col", "sen", "rep", "approx",
        "art", "sec", "para", "fig",
    ]

    /// Where the paragraph's first sentence ends: a full stop (not one of an abbreviation such as "U.S." or
    /// "No."), a question or an exclamation mark, before a space or the end.
    static func sentenceEnd(in text: String) -> String.Index? {
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == "!" || character == "?" { return index }
            if character == ".", next == text.endIndex || text[next] == " " {
                let word = text[..<index].reversed().prefix { $0.isLetter || $0 == "." }
                let written = String(word.reversed())
                let isAbbreviation =
                    written.contains(".") || abbreviations.contains(written.lowercased())
                    || (written.count == 1 && written.first?.isUppercase == true)
                if !isAbbreviation { return index }
            }
            index = next
        }
        return nil
    }

    // MARK: - "PRIORITIZED RECOMMENDATIONS:" — one per bullet or line

    /// One recommendation per bullet, per paragraph or per line that follows a full stop; wrapped lines joined;
    /// bullets run together on one line (" • ") or with no separator at all ("…in practice.Develop…") parted.
    /// A last item without its full stop that runs to the document's end was cut off.
    private static func prioritizedItems(_ section: RecommendationsSection, words: DocumentWords) -> RecommendationItems {
        var units: [PublishedItem] = []
        var bulleted = false
        var endedEarly = false
        for line in section.lines {
            let starts: Bool
            if let last = units.last {
                let lastEnds = NarrativeText.endsSentence(last.text)
                // A bulleted list ends at text without a bullet after a finished item (a page's footer, a caption).
                if bulleted && lastEnds && !line.isBullet {
                    endedEarly = true
                    break
                }
                let opensCapital = line.text.first.map { $0.isUppercase || $0.isNumber || "\"“‘(".contains($0) } ?? false
                if line.isBullet {
                    starts = true
                } else if line.startsParagraph {
                    starts = lastEnds || opensCapital
                } else {
                    starts = lastEnds && opensCapital
                }
            } else {
                starts = true
            }
            bulleted = bulleted || line.isBullet
            if starts {
                units.append(PublishedItem(text: line.text, location: line.location))
            } else {
                units[units.count - 1].text = NarrativeText.join(units[units.count - 1].text, line.text, words: words)
            }
        }
        // A list whose lines carry no bullet and no paragraph break lost its structure in the reprint (the heading
        // runs on into the first item, the items into each other): there each sentence is a recommendation.
        let unstructured = section.lines.count > 1 && section.lines.dropFirst().allSatisfy { !$0.startsParagraph && !$0.isBullet }
        var items: [PublishedItem] = []
        for unit in units {
            for part in parted(unit.text, atSentences: unstructured) {
                items.append(PublishedItem(text: part, location: unit.location))
            }
        }
        var cutOff: (place: Int, text: String)?
        if section.runsToDocumentEnd, !endedEarly, let last = items.last, !NarrativeText.endsSentence(last.text) {
            items.removeLast()
            cutOff = (items.count + 1, last.text)
        }
        return RecommendationItems(items: items, cutOff: cutOff)
    }

    /// A line's recommendations: parted at bullets printed inline (" • ", or " * " in a reprint that typed them),
    /// where one sentence runs into the next with no space ("accountable.Amend") and, with `atSentences`, at
    /// every sentence's end ("… prison terms. Increase …").
    static func parted(_ text: String, atSentences: Bool = false) -> [String] {
        var parts: [String] = []
        for piece in text.replacingOccurrences(of: " * ", with: " • ").split(separator: "•") {
            var current = ""
            let characters = Array(piece)
            for (index, character) in characters.enumerated() {
                current.append(character)
                guard ".!?".contains(character), index >= 1, index + 2 < characters.count else { continue }
                let before = characters[index - 1]
                var after = characters[index + 1]
                var afterNext = characters[index + 2]
                if atSentences, after == " ", index + 3 < characters.count {
                    (after, afterNext) = (characters[index + 2], characters[index + 3])
                }
                if (before.isLowercase || before == ")") && after.isUppercase && afterNext.isLowercase {
                    parts.append(current)
                    current = ""
                }
            }
            parts.append(current)
        }
        return parts.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }
}

/// Lines joined into one text (wrapped lines mended), remembering where each line starts.
struct Flow {
    private(set) var text = ""
    private var starts: [(offset: Int, location: SourceLocation)] = []

    init(_ lines: [NarrativeLine], words: DocumentWords) {
        for line in lines {
            let joined = NarrativeText.join(text, line.text, words: words)
            starts.append((max(0, joined.count - line.text.count), line.location))
            text = joined
        }
    }

    /// The location of the line holding the character at `offset`.
    func location(at offset: Int) -> SourceLocation {
        starts.last { $0.offset <= offset }?.location ?? starts.first?.location ?? SourceLocation(file: "")
    }
}

extension String {
    func trimmingSpaces() -> String {
        var text = Substring(self)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
