import Foundation
public import QTrackModel

/// Makes an edited successor of a questionnaire with every kind of change applied, and the answer key:
/// renumbering, moves across sections, light and heavy rewording, splits, merges, added and removed
/// questions and sections, a renamed section, year bumps and cosmetic edits. Deterministic for a seed.
public struct VariantGenerator {
    /// What the matcher should report for one question.
    public struct Expected: Hashable, Sendable, CustomStringConvertible {
        public var old: String?
        public var new: String?
        public var kinds: Set<String>

        public var description: String { "\(old ?? "∅") → \(new ?? "∅") \(kinds.sorted())" }
    }

    public struct Variant {
        /// The successor as plain text in the seed's layout.
        public var text: String
        public var expected: [Expected]
    }

    private struct Item {
        var origin: [String]  // old ids this question comes from (empty for an added one)
        var text: String
        var subItems: [String]
        var reworded = false
        var yearShifted = false
        var cosmetic = false
        var moved = false
        var split = false
        var merged = false
        var originalNumber: String?
        var originalSection: String?
    }

    private struct Part {
        var title: String
        var originalTitle: String?
        var items: [Item]
    }

    private var random: SeededRandom

    public init(seed: UInt64) {
        random = SeededRandom(seed: seed)
    }

    static let novelQuestions = [
        "Did the government regulate cryptocurrency exchanges used to launder proceeds of forced labor?",
        "How many fishing vessels were inspected for indicators of forced labor at sea?",
        "Were any orphanage volunteering programmes audited for child exploitation risks?",
        "Did immigration officers receive biometric screening equipment at land crossings?",
        "What share of brick kiln owners registered their workers with social security schemes?",
        "Were seasonal cotton pickers given written contracts in their own language?",
        "Did the provincial ombudsman publish findings on debt bondage complaints?",
        "How were gig-economy delivery riders protected from confiscation of their motorcycles?",
        "Did the judiciary establish mobile courts in remote mining districts?",
        "Were madrassa inspection teams trained to recognise forced begging?",
        "Did the central bank flag suspicious remittance corridors linked to organ trafficking?",
        "How many livestreamed abuse cases did the cybercrime wing refer to Interpol?",
    ]

    static let synonyms: [(String, String)] = [
        ("Did the government", "Has the government"), ("provide", "offer"), ("describe", "explain"), ("efforts", "measures"),
        ("victims", "survivors"), ("Were there", "Have there been"), ("How many", "What number of"), ("training", "instruction"),
        ("Please", "Kindly"), ("during the reporting period", "in the reporting period"),
    ]

    public mutating func variant(of questionnaire: Questionnaire) -> Variant {
        var parts = questionnaire.sections.map { section in
            Part(
                title: section.title ?? "", originalTitle: section.title,
                items: section.questions.map { question in
                    Item(
                        origin: [question.id], text: question.text, subItems: question.subItems.map(\.text),
                        originalNumber: question.number, originalSection: section.title)
                })
        }
        var removed: [String] = []
        var novel = Self.novelQuestions.makeIterator()
        Self.replaceSections(&parts, removed: &removed, novel: &novel)
        removeAndAddQuestions(&parts, removed: &removed, novel: &novel)
        editTexts(&parts)
        Self.bumpAllYears(&parts)
        Self.splitQuestions(&parts)
        Self.mergeNeighbours(&parts)
        moveQuestions(&parts)
        return Variant(
            text: render(parts, title: Self.bumpYears(questionnaire.title ?? "Questionnaire")),
            expected: expectations(parts, removed: removed))
    }

    /// A whole section goes, another is added, one is renamed.
    private static func replaceSections(_ parts: inout [Part], removed: inout [String], novel: inout IndexingIterator<[String]>) {
        let goneIndex = parts.count - 1
        removed += parts[goneIndex].items.flatMap(\.origin)
        parts.remove(at: goneIndex)
        parts.append(
            Part(
                title: "ONLINE EXPLOITATION", originalTitle: nil,
                items: (0..<2).map { _ in Item(origin: [], text: novel.next()!, subItems: []) }))
        if let prevention = parts.firstIndex(where: { $0.title == "PREVENTION" }) { parts[prevention].title = "PREVENTION AND AWARENESS" }
    }

    /// One question removed and one added in most sections, which renumbers the rest.
    private mutating func removeAndAddQuestions(_ parts: inout [Part], removed: inout [String], novel: inout IndexingIterator<[String]>) {
        for index in parts.indices where parts[index].originalTitle != nil && parts[index].items.count >= 4 {
            // One question removed and one added in most sections, which renumbers the rest.
            if random.chance(0.6) {
                let victim = random.index(parts[index].items.count)
                if parts[index].items[victim].origin.count == 1 {
                    removed += parts[index].items[victim].origin
                    parts[index].items.remove(at: victim)
                }
            }
            if random.chance(0.4), let text = novel.next() {
                parts[index].items.insert(Item(origin: [], text: text, subItems: []), at: random.index(parts[index].items.count + 1))
            }
        }
    }

    /// Text edits on questions still in place: synonyms, a rewritten opening, cosmetic changes.
    private mutating func editTexts(_ parts: inout [Part]) {
        var candidates: [(Int, Int)] = []
        for (p, part) in parts.enumerated() where part.originalTitle != nil {
            for i in part.items.indices where part.items[i].origin.count == 1 { candidates.append((p, i)) }
        }
        random.shuffle(&candidates)
        var cursor = candidates.makeIterator()
        for _ in 0..<8 {
            guard let (p, i) = cursor.next() else { break }
            if let (from, to) = Self.synonyms.first(where: { parts[p].items[i].text.contains($0.0) }) {
                parts[p].items[i].text = parts[p].items[i].text.replacingOccurrences(of: from, with: to)
                parts[p].items[i].reworded = true
            }
        }
        for _ in 0..<3 {
            guard let (p, i) = cursor.next() else { break }
            let text = parts[p].items[i].text
            let core = text.hasSuffix("?") || text.hasSuffix(".") ? String(text.dropLast()) : text
            parts[p].items[i].text =
                "In light of the last report, \(core.prefix(1).lowercased() + core.dropFirst()), and what has changed since then?"
            parts[p].items[i].reworded = true
        }
        for _ in 0..<3 {
            guard let (p, i) = cursor.next() else { break }
            let text = parts[p].items[i].text
            if text.contains("’") {
                parts[p].items[i].text = text.replacingOccurrences(of: "’", with: "'")
            } else if text.hasSuffix("?") {
                parts[p].items[i].text = String(text.dropLast()) + " ?"
            } else {
                parts[p].items[i].text = text.uppercased()
            }
            parts[p].items[i].cosmetic = true
        }
    }

    /// Year bumps everywhere they occur.
    private static func bumpAllYears(_ parts: inout [Part]) {
        for p in parts.indices {
            for i in parts[p].items.indices {
                let bumped = Self.bumpYears(parts[p].items[i].text)
                if bumped != parts[p].items[i].text {
                    parts[p].items[i].text = bumped
                    parts[p].items[i].yearShifted = true
                }
                let bumpedSubItems = parts[p].items[i].subItems.map(Self.bumpYears)
                if bumpedSubItems != parts[p].items[i].subItems {
                    parts[p].items[i].subItems = bumpedSubItems
                    parts[p].items[i].yearShifted = true
                }
            }
        }
    }

    /// Splits: a question of two sentences becomes two questions.
    private static func splitQuestions(_ parts: inout [Part]) {
        var splits = 0
        for p in parts.indices where splits < 2 && parts[p].originalTitle != nil {
            guard
                let i = parts[p].items.firstIndex(where: { item in
                    item.origin.count == 1 && !item.reworded && !item.cosmetic && item.subItems.isEmpty
                        && Self.sentences(item.text).count == 2
                        && Self.sentences(item.text).allSatisfy { $0.split(separator: " ").count >= 8 }
                })
            else { continue }
            let sentences = Self.sentences(parts[p].items[i].text)
            var first = parts[p].items[i]
            first.text = sentences[0]
            first.split = true
            var second = first
            second.text = sentences[1]
            parts[p].items.replaceSubrange(i...i, with: [first, second])
            splits += 1
        }
    }

    /// Merges: two neighbouring short questions become one.
    private static func mergeNeighbours(_ parts: inout [Part]) {
        var merges = 0
        for p in parts.indices.reversed() where merges < 2 && parts[p].originalTitle != nil {
            guard
                let i = parts[p].items.indices.dropLast().first(where: { i in
                    let a = parts[p].items[i]
                    let b = parts[p].items[i + 1]
                    return a.origin.count == 1 && b.origin.count == 1 && !a.split && !b.split && !a.reworded && !b.reworded && !a.cosmetic
                        && !b.cosmetic
                        && a.subItems.isEmpty && b.subItems.isEmpty && a.text.split(separator: " ").count < 18
                        && b.text.split(separator: " ").count < 18
                        && a.text.split(separator: " ").count >= 5 && b.text.split(separator: " ").count >= 5
                })
            else { continue }
            var merged = parts[p].items[i]
            merged.origin += parts[p].items[i + 1].origin
            merged.text += " " + parts[p].items[i + 1].text
            merged.merged = true
            parts[p].items.replaceSubrange(i...(i + 1), with: [merged])
            merges += 1
        }
    }

    /// Moves: a question goes to the end of another section.
    private mutating func moveQuestions(_ parts: inout [Part]) {
        for _ in 0..<3 {
            let movable = parts.indices.filter { parts[$0].originalTitle != nil && parts[$0].items.count > 3 }
            guard movable.count >= 2 else { break }
            let from = movable[random.index(movable.count)]
            let to = movable.filter { $0 != from }[random.index(movable.count - 1)]
            guard
                let i = parts[from].items.indices.first(where: { i in
                    let item = parts[from].items[i]
                    return item.origin.count == 1 && !item.split && !item.merged && !item.moved
                        && item.originalSection == parts[from].originalTitle
                })
            else { continue }
            var item = parts[from].items.remove(at: i)
            item.moved = true
            parts[to].items.append(item)
        }
    }

    private func expectations(_ parts: [Part], removed: [String]) -> [Expected] {
        var expected: [Expected] = removed.map { Expected(old: $0, new: nil, kinds: ["removed"]) }
        for part in parts {
            let slug = Section.slug(for: part.title)
            for (index, item) in part.items.enumerated() {
                let id = "\(slug)/\(index + 1)"
                if item.origin.isEmpty {
                    expected.append(Expected(old: nil, new: id, kinds: ["added"]))
                    continue
                }
                for origin in item.origin {
                    var kinds: Set<String> = []
                    if item.split { kinds.insert("split") }
                    if item.merged { kinds.insert("merged") }
                    if item.split || item.merged {
                        expected.append(Expected(old: origin, new: id, kinds: kinds))
                        continue
                    }
                    if item.reworded {
                        kinds.insert("reworded")
                    } else if item.yearShifted {
                        kinds.insert("dateShift")
                    } else if item.cosmetic {
                        kinds.insert("cosmetic")
                    }
                    if item.moved {
                        kinds.insert("moved")
                    } else if item.originalNumber != String(index + 1) {
                        kinds.insert("renumbered")
                    }
                    if kinds.isEmpty { kinds.insert("unchanged") }
                    expected.append(Expected(old: origin, new: id, kinds: kinds))
                }
            }
        }
        return expected
    }

    private func render(_ parts: [Part], title: String) -> String {
        var lines = [
            title, "", "Please provide information for the reporting period (01 January 2021 through 31 December 2021) by January 5, 2022.",
            "",
        ]
        for part in parts {
            lines.append(part.title)
            lines.append("")
            for (index, item) in part.items.enumerated() {
                lines.append("\(index + 1). \(item.text)")
                for (letter, subItem) in zip("abcdefghijklmnopqrstuvwxyz", item.subItems) { lines.append("\(letter). \(subItem)") }
                lines.append("")
            }
        }
        return lines.joined(separator: "\n")
    }

    static func bumpYears(_ text: String) -> String {
        var output = text
        for year in stride(from: 2030, through: 2000, by: -1) {
            output = output.replacingOccurrences(of: String(year), with: "#\(year + 1)#")
        }
        return output.replacingOccurrences(of: "#", with: "")
    }

    static func sentences(_ text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if character == "?" {
                sentences.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            }
        }
        let rest = current.trimmingCharacters(in: .whitespaces)
        if !rest.isEmpty { sentences.append(rest) }
        return sentences
    }
}

/// A small deterministic generator (SplitMix64), so a seed always gives the same variant; tests that try random
/// inputs use it too, so that a failure replays.
public struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    public mutating func index(_ count: Int) -> Int { count <= 0 ? 0 : Int(next() % UInt64(count)) }

    public mutating func chance(_ probability: Double) -> Bool { Double(next() % 10_000) / 10_000 < probability }

    public mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) { items.swapAt(i, index(i + 1)) }
    }
}
