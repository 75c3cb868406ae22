import QTrackFixtures

/// Large made-up questionnaires and edited successors, for measuring how qtrack scales.
struct SyntheticQuestionnaire {
    struct Item {
        var text: String
    }

    var title: String
    var sections: [(title: String, items: [Item])]

    static let actors = [
        "the federal government", "provincial police", "the FIA", "labour inspectors", "district officers", "the judiciary",
        "social welfare departments", "the bureau of emigration", "border officials", "prosecutors", "local councils",
        "the ministry of human rights", "child protection units", "shelter managers", "embassy staff", "the task force",
    ]
    static let actions = [
        "investigate", "prosecute", "identify", "refer", "train", "fund", "inspect", "register", "monitor", "report on", "shelter",
        "repatriate", "compensate", "screen", "protect", "interview", "regulate", "license", "audit", "publish",
    ]
    static let objects = [
        "bonded labourers", "child domestic workers", "migrant workers", "recruitment agencies", "brick kiln owners",
        "victims of sex trafficking", "foreign victims", "complicit officials", "street children", "agricultural labourers",
        "online recruiters", "fishing crews", "factory workers", "orphanages", "visa brokers", "transport operators",
    ]
    static let places = [
        "in Punjab", "in Sindh", "in Khyber Pakhtunkhwa", "in Balochistan", "in Gilgit-Baltistan", "in Azad Jammu and Kashmir",
        "at airports", "at land borders", "in urban centres", "in rural districts", "overseas", "in coastal areas",
    ]
    static let tails = [
        "during the reporting period?", "and with what results?", "and how many cases followed?", "in 2020?",
        "and what resources were allocated?", "and were the findings published?", "compared with the previous year?",
    ]

    /// `questionCount` questions in sections of forty.
    static func make(questionCount: Int, seed: UInt64) -> SyntheticQuestionnaire {
        var random = SeededRandom(seed: seed)
        var seen: Set<String> = []
        var sections: [(String, [Item])] = []
        var current: [Item] = []
        while seen.count < questionCount {
            let text =
                "How did \(pick(actors, &random)) \(pick(actions, &random)) \(pick(objects, &random)) \(pick(places, &random)) \(pick(tails, &random))"
            let unique = seen.contains(text) ? text.replacingOccurrences(of: "?", with: " (\(seen.count))?") : text
            seen.insert(unique)
            current.append(Item(text: unique.prefix(1).uppercased() + unique.dropFirst()))
            if current.count == 40 {
                sections.append(("SECTION \(sections.count + 1) \(pick(objects, &random).uppercased())", current))
                current = []
            }
        }
        if !current.isEmpty { sections.append(("SECTION \(sections.count + 1) FINAL", current)) }
        return SyntheticQuestionnaire(title: "2020 – 2021 Synthetic Questionnaire", sections: sections)
    }

    /// The next year's version: some questions reworded, removed, added and moved, years moved on.
    func successor(seed: UInt64) -> SyntheticQuestionnaire {
        var random = SeededRandom(seed: seed)
        var next = self
        next.title = "2021 – 2022 Synthetic Questionnaire"
        var moved: [Item] = []
        for index in next.sections.indices {
            var items: [Item] = []
            for item in next.sections[index].items {
                let roll = random.index(1000)
                var text = item.text.replacingOccurrences(of: "2020", with: "2021")
                if roll < 20 { continue }  // removed
                if roll < 50 {  // reworded
                    text = text.replacingOccurrences(of: "How did", with: "In what ways did")
                }
                if roll >= 50 && roll < 60 {
                    moved.append(Item(text: text))
                    continue
                }
                items.append(Item(text: text))
                if roll >= 980 {  // a new question after this one
                    items.append(
                        Item(
                            text:
                                "Which new measures addressed \(Self.pick(Self.objects, &random)) \(Self.pick(Self.places, &random)) for the first time (\(random.index(1_000_000)))?"
                        ))
                }
            }
            next.sections[index].items = items
        }
        for item in moved {
            let target = random.index(next.sections.count)
            next.sections[target].items.append(item)
        }
        return next
    }

    var text: String {
        var lines = [title, "", "Please provide information for the reporting period (01 January 2020 through 31 December 2020).", ""]
        for section in sections {
            lines += [section.title, ""]
            for (index, item) in section.items.enumerated() { lines += ["\(index + 1). \(item.text)", ""] }
        }
        return lines.joined(separator: "\n")
    }

    private static func pick(_ list: [String], _ random: inout SeededRandom) -> String {
        list[random.index(list.count)]
    }
}
