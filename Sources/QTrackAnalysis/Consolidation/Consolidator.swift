public import QTrackModel

/// Puts returned packets together into one response of the full questionnaire. Pure: the packets are read
/// by the caller. An answer goes under its question with its agency; nothing is chosen between agencies, and
/// nothing an agency wrote is dropped.
public struct Consolidator: Sendable {
    public init() {}

    /// `packets` in the order given; two of one agency keep the newer (by `saved`), and two saved at the same
    /// time are refused, as is a packet of another cycle than `questionnaire`'s.
    public func consolidate(_ questionnaire: Questionnaire, packets: [ReturnedPacket]) throws(ConsolidationError) -> Consolidation {
        let cycle = questionnaire.cycleLabel
        var kept: [ReturnedPacket] = []
        var replacements: [Consolidation.Replacement] = []
        for packet in packets {
            guard packet.identity.cycle == cycle else {
                throw ConsolidationError(
                    file: packet.file,
                    reason: "is a packet of cycle \(packet.identity.cycle), not \(cycle): consolidate each cycle's packets on their own")
            }
            guard let index = kept.firstIndex(where: { $0.identity.agency == packet.identity.agency }) else {
                kept.append(packet)
                continue
            }
            let other = kept[index]
            guard other.saved != packet.saved else {
                throw ConsolidationError(
                    file: packet.file,
                    reason:
                        "is a second packet of \(packet.identity.agency) saved at the same time (\(packet.saved)) as \(other.file): give only the one to use"
                )
            }
            let (newer, older) = packet.saved > other.saved ? (packet, other) : (other, packet)
            kept[index] = newer
            replacements.append(Consolidation.Replacement(agency: packet.identity.agency, older: older.file, newer: newer.file))
        }

        var answers: [String: [Consolidation.Given]] = [:]
        var tallies: [Consolidation.Tally] = []
        var unplaced: [Consolidation.Unplaced] = []
        let known = Set(questionnaire.questions.map(\.id))
        for packet in kept {
            let agency = packet.identity.agency
            let sent = Set(packet.identity.questions)
            var tally = Consolidation.Tally(agency: agency, file: packet.file, asked: sent.count, answered: 0, untouched: 0)
            for text in packet.response.preamble where !text.allSatisfy(\.isWhitespace) {
                unplaced.append(.init(agency: agency, file: packet.file, text: text, reason: "written outside any answer slot"))
            }
            for section in packet.response.sections {
                for note in section.notes {
                    unplaced.append(.init(agency: agency, file: packet.file, text: note.text, reason: "written outside any answer slot"))
                }
            }
            for question in packet.response.questions {
                guard let answer = question.answer, !answer.isEmpty else { continue }
                guard sent.contains(question.id), known.contains(question.id) else {
                    let whose =
                        known.contains(question.id)
                        ? "question \(question.number ?? question.id), which was not sent to this agency"
                        : "“\(question.text)”, which is not a question of the questionnaire"
                    unplaced.append(.init(agency: agency, file: packet.file, text: answer.text, reason: "written under \(whose)"))
                    continue
                }
                if answer.isUntouchedCarry {
                    tally.untouched += 1
                    continue
                }
                tally.answered += 1
                answers[question.id, default: []].append(.init(agency: agency, file: packet.file, answer: answer))
            }
            tallies.append(tally)
        }
        let entries = questionnaire.questions.map { Consolidation.Entry(question: $0, answers: answers[$0.id] ?? []) }
        return Consolidation(
            questionnaire: questionnaire, entries: entries, tallies: tallies, unplaced: unplaced, replacements: replacements)
    }
}
