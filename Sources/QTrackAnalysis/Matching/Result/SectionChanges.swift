import QTrackModel

/// What happened to the sections and to the header facts between two versions.
enum SectionChanges {
    /// Renamed, removed, added and reordered sections, given the old → new section map.
    static func between(_ old: Questionnaire, _ new: Questionnaire, map: [Int: Int]) -> [SectionChange] {
        var changes: [SectionChange] = []
        for (oldSection, section) in old.sections.enumerated() where old.hasSections {
            if let target = map[oldSection] {
                let newTitle = new.sections[target].title
                if TextNormalizer.comparable(section.title ?? "") != TextNormalizer.comparable(newTitle ?? "") {
                    changes.append(SectionChange(kind: .renamed, oldTitle: section.title, newTitle: newTitle))
                }
            } else {
                changes.append(SectionChange(kind: .removed, oldTitle: section.title, newTitle: nil))
            }
        }
        let targets = Set(map.values)
        for (newSection, section) in new.sections.enumerated() where new.hasSections && !targets.contains(newSection) {
            changes.append(SectionChange(kind: .added, oldTitle: nil, newTitle: section.title))
        }
        // Reordered: mapped sections outside the longest run that kept its relative order.
        let mapped = map.sorted { $0.key < $1.key }
        let kept = Set(longestIncreasing(mapped.map(\.value)))
        for (oldSection, newSection) in mapped where !kept.contains(newSection) {
            changes.append(
                SectionChange(kind: .reordered, oldTitle: old.sections[oldSection].title, newTitle: new.sections[newSection].title))
        }
        return changes
    }

    /// The values of a longest strictly increasing subsequence.
    static func longestIncreasing(_ values: [Int]) -> [Int] {
        guard !values.isEmpty else { return [] }
        var lengths = Array(repeating: 1, count: values.count)
        var previous = Array(repeating: -1, count: values.count)
        for i in values.indices {
            for j in 0..<i where values[j] < values[i] && lengths[j] + 1 > lengths[i] {
                lengths[i] = lengths[j] + 1
                previous[i] = j
            }
        }
        var index = lengths.indices.max { lengths[$0] < lengths[$1] }!
        var result: [Int] = []
        while index >= 0 {
            result.append(values[index])
            index = previous[index]
        }
        return result.reversed()
    }

    /// Changes to the cycle, the reporting period and the deadline.
    static func header(_ old: Questionnaire, _ new: Questionnaire) -> [HeaderChange] {
        var changes: [HeaderChange] = []
        if old.cycle != new.cycle {
            changes.append(HeaderChange(field: .cycle, old: old.cycle?.description, new: new.cycle?.description))
        }
        let oldPeriod = old.reportingPeriod.map { "\($0.start) to \($0.end)" }
        let newPeriod = new.reportingPeriod.map { "\($0.start) to \($0.end)" }
        if oldPeriod != newPeriod { changes.append(HeaderChange(field: .reportingPeriod, old: oldPeriod, new: newPeriod)) }
        if old.deadline != new.deadline { changes.append(HeaderChange(field: .deadline, old: old.deadline, new: new.deadline)) }
        return changes
    }
}
