import QTrackBase
import QTrackModel

/// Readable ids that stay unique: a section by the slug of its title (`protection`), a question by its
/// section and number (`protection/6`), `u1`, `u2` for unnumbered ones; and the numbering oddities
/// worth telling (skipped, repeated or missing numbers).
enum QuestionIdentifiers {
    /// One slug per section, made unique with `-2`, `-3` where titles repeat.
    static func sectionSlugs(_ titles: [String?], hasSections: Bool) -> [String] {
        var used: Set<String> = []
        return titles.map { title in
            var slug = title.map(Section.slug(for:)) ?? ""
            if hasSections, slug.isEmpty { slug = "section" }
            let base = slug
            var counter = 2
            while used.contains(slug), hasSections {
                slug = "\(base)-\(counter)"
                counter += 1
            }
            used.insert(slug)
            return slug
        }
    }

    /// The ids of one section's questions, given their numbers, and the diagnostics on their numbering.
    static func questionIDs(
        _ questions: [(number: String?, location: SourceLocation)], sectionSlug: String, sectionTitle: String?, hasSections: Bool
    ) -> (ids: [String], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var used: Set<String> = []
        // The last suffix given to each repeated id: `used` only grows, so the next free suffix is never lower.
        // Searching from 2 each time was quadratic where a document's numbers restart without a heading
        // between them (10,000 questions numbered 1–40 over and over: a tenth of such a diff).
        var lastCounter: [String: Int] = [:]
        var ids: [String] = []
        var unnumbered = 0
        var previousNumber: Int?
        let sectionName = sectionTitle.map { "section '\($0)'" } ?? "the document"
        for (number, location) in questions {
            var local: String
            if let number {
                local = number
                // Nine digits at most: a label such as "9223372036854775807." is text, not a number to add to.
                let value = number.count <= 9 ? Int(number) : nil
                if let value, let previous = previousNumber, value != previous + 1 {
                    diagnostics.append(
                        Diagnostic(.warning, "question \(number) follows question \(previous) in \(sectionName)", at: location))
                }
                previousNumber = value ?? previousNumber
            } else {
                unnumbered += 1
                local = "u\(unnumbered)"
                diagnostics.append(Diagnostic(.note, "unnumbered question in \(sectionName)", at: location))
            }
            var id = hasSections ? "\(sectionSlug)/\(local)" : local
            if used.contains(id) {
                diagnostics.append(Diagnostic(.warning, "question number \(local) appears twice in \(sectionName)", at: location))
                var counter = lastCounter[id, default: 2]
                while used.contains("\(id)-\(counter)") { counter += 1 }
                lastCounter[id] = counter
                id = "\(id)-\(counter)"
            }
            used.insert(id)
            ids.append(id)
        }
        return (ids, diagnostics)
    }
}
