import QTrackModel

/// Which pillar of the TIP Report a section belongs to, from the words of its title: "LAW ENFORCEMENT
/// STATISTICS" is prosecution, "VICTIM ASSISTANCE IN INVESTIGATIONS AND PROSECUTIONS" protection (the
/// pillar named first in the title wins), "OTHER QUESTIONS" none.
struct SectionPillars: Sendable {
    private let pillars: [(id: String, terms: [TermPattern])]
    private let rewriter: VocabularyRewriter

    init(_ vocabulary: Vocabulary, _ rewriter: VocabularyRewriter) {
        self.rewriter = rewriter
        pillars = vocabulary.pillars.map { pillar in (pillar.id, pillar.sections.compactMap { TermPattern($0, rewriter) }) }
    }

    /// The pillar of a section whose title has these content words, or nil when it names none.
    func pillar(ofTitle written: [String]) -> String? {
        guard !pillars.isEmpty, !written.isEmpty else { return nil }
        let words = rewriter.rewrite(written)
        var best: (position: Int, id: String)?
        for (id, terms) in pillars {
            for term in terms {
                guard let position = Self.firstPosition(of: term, in: words) else { continue }
                if best == nil || position < best!.position { best = (position, id) }
            }
        }
        return best?.id
    }

    private static func firstPosition(of term: TermPattern, in words: [String]) -> Int? {
        guard term.words.count <= words.count else { return nil }
        for start in 0...(words.count - term.words.count) where words[start..<(start + term.words.count)].elementsEqual(term.words) {
            return start
        }
        return nil
    }
}
