import QTrackModel

extension QuestionnaireBuilder {
    /// Consumes a "NOTE: … END NOTE." block, which may run over several paragraphs; returns the next index.
    mutating func addNoteBlock(_ items: [LogicalParagraph.Item], from start: Int) -> Int {
        guard case .paragraph(let first) = items[start] else { return start + 1 }
        var texts = [first.displayText]
        var end = start + 1
        if !first.text.lowercased().contains("end note") {
            var index = start + 1
            while index < items.count, index - start <= 40, case .paragraph(let next) = items[index], !next.isHeading,
                next.label?.kind != .number
            {
                texts.append(next.displayText)
                index += 1
                if next.text.lowercased().contains("end note") {
                    end = index
                    break
                }
            }
            if end == start + 1 { texts = [first.displayText] }
        }
        let note = Note(kind: .note, text: texts.joined(separator: "\n"), location: first.location)
        addNote(note)
        return end
    }
}
