import Foundation
import QTrackAnalysis
import QTrackDocuments
import QTrackModel
import QTrackRecognition
import QTrackReports

/// Packets and consolidation of a synthetic questionnaire over 20 agencies (each question to a lead and one
/// contributor, so the packets hold every question twice), beside `prepare` of the same questionnaire as a user
/// runs it (read, match, Word draft): the same order of work.
enum RoutingBenchmark {
    static func run(size: Int, runs: Int, folder: URL) throws -> String {
        let old = SyntheticQuestionnaire.make(questionCount: size, seed: 7)
        let new = old.successor(seed: 8)
        let oldFile = folder.appendingPathComponent("route-old-\(size).txt")
        let newFile = folder.appendingPathComponent("route-new-\(size).txt")
        try old.text.write(to: oldFile, atomically: true, encoding: .utf8)
        try new.text.write(to: newFile, atomically: true, encoding: .utf8)
        let previous = QuestionnaireRecognizer().recognize(try DocumentLoader().load(path: oldFile.path))
        let next = QuestionnaireRecognizer().recognize(try DocumentLoader().load(path: newFile.path))
        let directory = AgencyDirectory(agencies: (1...20).map { Agency(id: "a\($0)", name: "Agency \($0)") })
        var routes: [String: Route] = [:]
        for (index, question) in next.questions.enumerated() {
            routes[question.id] = Route(
                question: question.id, lead: "a\(index % 20 + 1)", contributing: ["a\((index + 7) % 20 + 1)"], origin: .proposed,
                basis: "benchmark")
        }
        let table = RoutingTable(cycle: next.cycleLabel, questions: next.questions, routes: routes)
        let plan = DraftPlan(VersionMatcher().compare(previous, next))
        // `prepare` as a user runs it: both versions read and recognised, matched, the Word draft written; the
        // consolidation below also reads and recognises (20 packets), so both rows count the same kinds of work.
        let prepare = try Measurement.median(runs: runs) { () throws -> Data in
            let old = QuestionnaireRecognizer().recognize(try DocumentLoader().load(path: oldFile.path))
            let new = QuestionnaireRecognizer().recognize(try DocumentLoader().load(path: newFile.path))
            return try DraftReport(DraftPlan(VersionMatcher().compare(old, new))).docx()
        }
        let packets = try Measurement.median(runs: runs) {
            try directory.agencies.map { agency in
                try PacketReport(agency: agency, table: table, directory: directory, questionnaire: next, draft: plan, due: nil).docx()
            }
        }
        let consolidation = try Measurement.median(runs: runs) {
            let returned = try packets.result.enumerated().compactMap { index, data -> ReturnedPacket? in
                let document = try DocxReader().read(data: data, file: "packet-\(index).docx")
                guard let identity = PacketIdentity(properties: document.properties.custom) else { return nil }
                return ReturnedPacket(
                    file: document.file, identity: identity, saved: "\(index)",
                    response: QuestionnaireRecognizer().recognizeResponse(document, template: identity.template(next)))
            }
            return try Consolidator().consolidate(next, packets: returned)
        }
        return String(
            format:
                "routing, %d questions over 20 agencies: prepare (read, match, Word draft) %.0f ms · 20 packets %.0f ms · consolidating them %.0f ms (%d answered)",
            next.questionCount, prepare.seconds * 1000, packets.seconds * 1000, consolidation.seconds * 1000,
            consolidation.result.entries.count - consolidation.result.gaps.count)
    }
}
