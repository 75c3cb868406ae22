import QTrackModel

/// Which pillar of the TIP Report a section belongs to, from the words of its title: "LAW ENFORCEMENT
/// STATISTICS" is prosecution, "VICTIM ASSISTANCE IN INVESTIGATIONS AND PROSECUTIONS" protection (the
/// pillar named first in the title wins), "OTHER QUESTIONS" none.
struct SectionPillars: Sendable {
    private let pillars: [(id: String, terms: [TermPattern])]
    private let rewriter: VocabularyRewriter
    /// Each title's pillar, worked out once: the questions of a section share it.
    private var known: [String: String?] = [:]

    init(_ vocabulary: Vocabulary, _ rewriter: VocabularyRewriter) {
        self.rewriter = rewriter
        pillars = vocabulary.pillars.map { pillar in (pillar.id, pillar.sections.compactMap { TermPattern($0, rewriter) }) }
    }

    /// The pillar of the section titled `title`, or nil when its title names none.
    mutating func pillar(of title: String?, stems: inout StemMemo) -> String? {
        guard let title, !pillars.isEmpty else { return nil }
        if let pillar = known[title] { return pillar }
        let words = rewriter.rewrite(stems.contentWords(TextFeatures.tokens(TextNormalizer.comparable(title))))
        var best: (position: Int, id: String)?
        for (id, terms) in pillars {
            for term in terms {
                guard let position = Self.firstPosition(of: term, in: words) else { continue }
                if best == nil || position < best!.position { best = (position, id) }
            }
        }
        known[title] = .some(best?.id)
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
