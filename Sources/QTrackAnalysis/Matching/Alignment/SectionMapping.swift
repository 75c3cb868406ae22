import QTrackModel

/// Old section → new section, by where the pairs went (most pairs first), then by equal titles.
enum SectionMapping {
    /// While pairing, several old sections may map to one new section (merged sections); for the result
    /// each new section is used once (`oneToOne`), so that what is left is added or removed.
    static func map(_ features: VersionFeatures, links: [Alignment.Link], oneToOne: Bool) -> [Int: Int] {
        guard features.old.hasSections, features.new.hasSections else { return [:] }
        var counts: [IndexPair: Int] = [:]
        for link in links { counts[IndexPair(features.oldSectionOf[link.pair.old], features.newSectionOf[link.pair.new]), default: 0] += 1 }
        let votes = counts.sorted { ($0.value, $1.key.old, $1.key.new) > ($1.value, $0.key.old, $0.key.new) }
        var map: [Int: Int] = [:]
        var usedNew: Set<Int> = []
        for (sections, _) in votes where map[sections.old] == nil && !(oneToOne && usedNew.contains(sections.new)) {
            map[sections.old] = sections.new
            usedNew.insert(sections.new)
        }
        let newTitles = features.new.sections.map { TextNormalizer.comparable($0.title ?? "") }
        for (oldSection, section) in features.old.sections.enumerated() where map[oldSection] == nil {
            let title = TextNormalizer.comparable(section.title ?? "")
            if let match = newTitles.indices.first(where: { newTitles[$0] == title && !(oneToOne && usedNew.contains($0)) }) {
                map[oldSection] = match
                usedNew.insert(match)
            }
        }
        return map
    }
}
