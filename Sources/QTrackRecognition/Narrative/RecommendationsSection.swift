import Foundation

/// Where a narrative's recommendations stand: after "PRIORITIZED RECOMMENDATIONS:" (one per bullet or line,
/// 2019 on) or "RECOMMENDATIONS FOR PAKISTAN:" (one paragraph of clauses between semicolons, before), up to the
/// PROSECUTION section or the narrative's end. A reprint that dropped the heading keeps the list between the
/// summary ("… does not fully meet the minimum standards …") and the first section.
struct RecommendationsSection: Sendable {
    enum Era: String, Sendable, Hashable, Codable {
        /// "RECOMMENDATIONS FOR <COUNTRY>:", one paragraph, a recommendation per clause between semicolons.
        case paragraph
        /// "PRIORITIZED RECOMMENDATIONS:", a recommendation per bullet or line.
        case prioritized
    }

    var era: Era
    /// The section's lines after its heading (text after the heading on its own line comes first).
    var lines: [NarrativeLine]
    /// True when nothing follows the list in the document: a last item without its full stop was cut off.
    var runsToDocumentEnd: Bool
    /// The country a "RECOMMENDATIONS FOR <COUNTRY>" heading names.
    var namedCountry: String?

    private static let prioritized = try! NSRegularExpression(
        pattern: #"\bprioritized\s+recommendations\b\s*:?\s*"#, options: [.caseInsensitive])
    private static let paragraphHeading = try! NSRegularExpression(
        pattern: #"\b(?i:recommendations\s+for)\s+([A-Z][^:;.\n]{0,60}?)\s*(?::\s*|$)"#)
    /// The narrative's sections after the recommendations, as headings on their own line.
    private static let sectionNames: Set<String> = ["prosecution", "protection", "prevention", "trafficking profile"]
    /// The same headings run into the text of a reprint that lost its line breaks ("… Protocol. PROSECUTION The government …").
    private static let inlineSection = try! NSRegularExpression(
        pattern: #"(?<=[.;:])\s+(?:PROSECUTION|PROTECTION|PREVENTION|TRAFFICKING PROFILE)\s+(?=[A-Z])"#)

    /// True for a line that is a section heading of a narrative ("PROSECUTION", "Prosecution:").
    static func isSectionHeading(_ text: String) -> Bool {
        var name = text.lowercased()
        if name.hasSuffix(":") { name.removeLast() }
        return sectionNames.contains(name.trimmingCharacters(in: .whitespaces))
    }

    /// The sections `lines[range]` may hold, in order: one after each recommendations heading (a page's table of
    /// contents may name the heading before the narrative prints it), else the list after the summary.
    /// `documentEnd` is the index after the document's last line.
    static func candidates(in lines: [NarrativeLine], range: Range<Int>, documentEnd: Int) -> [RecommendationsSection] {
        var found: [RecommendationsSection] = []
        for index in range {
            let text = lines[index].text
            let nsRange = NSRange(text.startIndex..., in: text)
            let prioritizedMatch = prioritized.firstMatch(in: text, range: nsRange)
            let paragraphMatch = paragraphHeading.firstMatch(in: text, range: nsRange)
            let match: NSTextCheckingResult
            let era: Era
            switch (prioritizedMatch, paragraphMatch) {
            case (let first?, let second?):
                (match, era) = first.range.location <= second.range.location ? (first, .prioritized) : (second, .paragraph)
            case (let first?, nil): (match, era) = (first, .prioritized)
            case (nil, let second?): (match, era) = (second, .paragraph)
            case (nil, nil): continue
            }
            var named: String?
            if era == .paragraph, let nameRange = Range(match.range(at: 1), in: text) {
                named = text[nameRange].trimmingCharacters(in: .whitespaces)
            }
            var first: [NarrativeLine] = []
            if let end = Range(match.range, in: text)?.upperBound {
                let rest = String(text[end...]).trimmingCharacters(in: .whitespaces)
                if !rest.isEmpty {
                    var line = lines[index]
                    line.text = rest
                    line.startsParagraph = true
                    first.append(line)
                }
            }
            let (body, toEnd) = collect(lines, from: index + 1, upTo: range.upperBound, documentEnd: documentEnd)
            found.append(RecommendationsSection(era: era, lines: first + body, runsToDocumentEnd: toEnd, namedCountry: named))
        }
        if found.isEmpty, let listed = withoutHeading(in: lines, range: range, documentEnd: documentEnd) { found.append(listed) }
        return found
    }

    /// The lines from `start` to the next section heading (or the narrative's end), and whether they ran to the
    /// document's end. Page numbers and running heads (a line in capitals: "PAKISTAN", "TRAFFICKING IN PERSONS
    /// REPORT") that a PDF's text keeps between lines are left out: a recommendation is never printed in capitals.
    private static func collect(_ lines: [NarrativeLine], from start: Int, upTo end: Int, documentEnd: Int) -> ([NarrativeLine], Bool) {
        var body: [NarrativeLine] = []
        var index = start
        while index < end {
            var line = lines[index]
            if isSectionHeading(line.text) { return (body, false) }
            if line.text.allSatisfy(\.isNumber) || isRunningHead(line.text) {
                index += 1
                continue
            }
            let nsRange = NSRange(line.text.startIndex..., in: line.text)
            if let inline = inlineSection.firstMatch(in: line.text, range: nsRange), let cut = Range(inline.range, in: line.text) {
                line.text = String(line.text[..<cut.lowerBound])
                if !line.text.isEmpty { body.append(line) }
                return (body, false)
            }
            body.append(line)
            index += 1
        }
        return (body, end == documentEnd)
    }

    static func isRunningHead(_ text: String) -> Bool {
        text.count <= 60 && text.filter(\.isLetter).count >= 4 && !text.contains(where: \.isLowercase)
            && text.allSatisfy { $0.isLetter || $0.isNumber || $0 == " " }
    }

    /// Words that start a sentence about the government, never a recommendation.
    private static let proseStarts: Set<String> = [
        "the", "this", "these", "that", "in", "however", "although", "during", "according", "authorities", "officials", "it", "there",
        "some", "many", "since", "as", "government", "while", "despite", "its", "their", "a", "an", "for", "on", "to",
        "moreover", "furthermore", "finally", "additionally", "also", "overall", "consequently", "similarly", "unlike", "nevertheless",
    ]

    /// Verbs a recommendation opens with ("Increase …", "Amend …"); an adverb in "-ly" ("Vigorously increase …")
    /// opens one too. Used only where no blank line parts the summary from the list: a summary's sentence opens
    /// with its subject ("The government …", "Punjab …"), never with one of these.
    private static let recommendationVerbs: Set<String> = [
        "accede", "adopt", "allocate", "allow", "amend", "approve", "assist", "build", "collect", "conduct", "consider", "continue",
        "coordinate", "create", "criminalize", "designate", "develop", "dedicate", "disseminate", "eliminate", "empower", "encourage",
        "end", "enforce", "enhance", "ensure", "establish", "expand", "finalize", "formalize", "fund", "hold", "identify", "implement",
        "improve", "increase", "institutionalize", "instruct", "intensify", "investigate", "issue", "make", "minimize", "monitor",
        "pass", "prioritize", "proactively", "prohibit", "prosecute", "protect", "provide", "publish", "raise", "ratify", "reduce",
        "refer", "regulate", "remove", "require", "respect", "revise", "screen", "seek", "share", "strengthen", "support", "take",
        "train", "undertake", "update", "use", "vigorously", "work",
    ]

    static func opensWithRecommendationVerb(_ text: String) -> Bool {
        guard let first = text.first, first.isUppercase else { return false }
        let word = text.prefix { $0.isLetter }.lowercased()
        return recommendationVerbs.contains(word) || (word.count > 4 && word.hasSuffix("ly") && !proseStarts.contains(word))
    }

    /// A reprint without the heading: the paragraphs after the summary that read as recommendations (each starts
    /// with a verb in capitals: "Increase …", "Amend …"), up to the first section or the first paragraph of prose.
    private static func withoutHeading(in lines: [NarrativeLine], range: Range<Int>, documentEnd: Int) -> RecommendationsSection? {
        guard
            let summary = range.first(where: {
                lines[$0].text.localizedCaseInsensitiveContains("minimum standards for the elimination of trafficking")
            })
        else { return nil }
        // The summary paragraph ends where the next paragraph starts, or where a line after a finished sentence
        // opens with a recommendation's verb (a reprint that kept line breaks but no blank lines).
        var start = summary + 1
        while start < range.upperBound && !lines[start].startsParagraph
            && !(NarrativeText.endsSentence(lines[start - 1].text) && opensWithRecommendationVerb(lines[start].text))
        {
            start += 1
        }
        let (body, toEnd) = collect(lines, from: start, upTo: range.upperBound, documentEnd: documentEnd)
        var list: [NarrativeLine] = []
        for (index, line) in body.enumerated() {
            if line.startsParagraph || index == 0 {
                let firstWord = line.text.prefix { $0.isLetter }.lowercased()
                guard let first = line.text.first, first.isUppercase, !proseStarts.contains(firstWord) else { break }
            }
            list.append(line)
        }
        guard !list.isEmpty else { return nil }
        return RecommendationsSection(
            era: .prioritized, lines: list, runsToDocumentEnd: toEnd && list.count == body.count, namedCountry: nil)
    }
}
