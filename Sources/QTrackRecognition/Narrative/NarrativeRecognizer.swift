public import QTrackBase
public import QTrackDocuments

/// Finds a country's narrative in a TIP Report (a whole report or a reprint of one narrative) and reads its
/// recommendations exactly as published. Knows narratives and nothing about file formats: any reader's blocks do.
public struct NarrativeRecognizer: Sendable {
    public init() {}

    /// The recommendations of `country`'s narrative; `year` overrides the year the document states.
    public func recognize(_ document: BlockDocument, country: String, year: Int? = nil) throws(NarrativeError) -> NarrativeRecommendations {
        let file = document.file
        let lines = NarrativeLine.lines(of: document)
        guard !lines.isEmpty else { throw NarrativeError(file: file, reason: "the document has no text") }
        let headings = lines.indices.compactMap { CountryHeading.parse(lines[$0].text, line: $0) }
        let range = try narrativeRange(of: country, in: lines, headings: headings, file: file)
        var diagnostics: [Diagnostic] = []

        let printedName = headings.first { $0.line == range.lowerBound }?.name ?? country
        let statedYear = statedYear(lines, narrative: range, firstHeading: headings.first?.line)
        let reportYear: Int
        switch (year, statedYear) {
        case (let given?, let stated?):
            reportYear = given
            if given != stated {
                diagnostics.append(
                    Diagnostic(
                        .warning, "the document says \(stated); reading it as the \(given) report, as --year says",
                        at: SourceLocation(file: file)))
            }
        case (let given?, nil): reportYear = given
        case (nil, let stated?): reportYear = stated
        case (nil, nil):
            throw NarrativeError(file: file, reason: "the document does not say which year's report it is; give it with --year")
        }
        guard ReportYear.range.contains(reportYear) else {
            throw NarrativeError(
                file: file, reason: "\(reportYear) is not a TIP Report year (\(ReportYear.range.lowerBound)–\(ReportYear.range.upperBound))"
            )
        }

        let candidates = RecommendationsSection.candidates(in: lines, range: range, documentEnd: lines.count)
        guard !candidates.isEmpty else {
            throw NarrativeError(
                file: file,
                reason:
                    "the \(country) narrative has no recommendations section (no \"PRIORITIZED RECOMMENDATIONS\" or \"RECOMMENDATIONS FOR \(country.uppercased())\" heading, and no list after its summary)"
            )
        }
        let words = DocumentWords(lines.map(\.text))
        // The first heading whose section holds recommendations: an earlier one may be a table of contents.
        let splits = candidates.lazy.map { ($0, RecommendationItems.split($0, words: words)) }
        guard let (section, split) = splits.first(where: { !$0.1.items.isEmpty || $0.1.cutOff != nil }) else {
            throw NarrativeError(file: file, reason: "the recommendations section of the \(country) narrative is empty")
        }
        if let named = section.namedCountry, CountryHeading.match(named, country) == 0 {
            throw NarrativeError(file: file, reason: "its recommendations are for \(named), not \(country)")
        }
        let titles = split.items.map { RecommendationTitle.title(for: $0.text) }
        let ids = RecommendationTitle.ids(for: titles)
        let items = split.items.indices.map { index in
            NarrativeRecommendations.Item(
                id: ids[index], title: titles[index], text: split.items[index].text, location: split.items[index].location)
        }
        let era: NarrativeRecommendations.Era = section.era == .paragraph ? .paragraph : .prioritized
        return NarrativeRecommendations(
            country: printedName, year: reportYear, era: era, items: items,
            cutOff: split.cutOff.map { NarrativeRecommendations.CutOff(place: $0.place, text: $0.text) }, diagnostics: diagnostics)
    }

    /// The lines of `country`'s narrative: from its heading to the next country's. A document without headings
    /// is one narrative (a reprint often drops it); a document whose headings name other countries only is an error
    /// that lists them.
    private func narrativeRange(of country: String, in lines: [NarrativeLine], headings: [CountryHeading], file: String)
        throws(NarrativeError)
        -> Range<Int>
    {
        guard !headings.isEmpty else { return 0..<lines.count }
        let scored = headings.map { ($0, $0.matches(country)) }.filter { $0.1 > 0 }
        if let best = scored.max(by: { $0.1 < $1.1 })?.0 {
            let next = headings.first { $0.line > best.line }?.line ?? lines.count
            return best.line..<next
        }
        // A page that starts at "RECOMMENDATIONS FOR PAKISTAN:" before another country's heading.
        if let start = lines.firstIndex(where: { line in
            line.text.range(of: "recommendations for", options: .caseInsensitive) != nil && CountryHeading.match(line.text, country) == 1
        }) {
            let next = headings.first { $0.line > start }?.line ?? lines.count
            return start..<next
        }
        var names: [String] = []
        for heading in headings where !names.contains(heading.name) { names.append(heading.name) }
        let listed = names.prefix(20).joined(separator: ", ") + (names.count > 20 ? ", … (\(names.count) in all)" : "")
        throw NarrativeError(file: file, reason: "no narrative for \(country); the countries found are \(listed)")
    }

    /// The year the document states: in the narrative itself, in what precedes the first narrative (a page's
    /// title, a report's cover), or anywhere.
    private func statedYear(_ lines: [NarrativeLine], narrative: Range<Int>, firstHeading: Int?) -> Int? {
        let preamble = lines[..<(firstHeading ?? 0)].map(\.text).joined(separator: "\n")
        let own = lines[narrative].map(\.text).joined(separator: "\n")
        return ReportYear.stated(in: preamble) ?? ReportYear.stated(in: own)
            ?? ReportYear.stated(in: lines.map(\.text).joined(separator: "\n"))
    }
}
