import Foundation
public import QTrackAnalysis
import QTrackDocuments
public import QTrackModel
import QTrackRecognition

/// `qtrack consolidate`: reads the packets the agencies sent back and puts their answers together under
/// the cycle's questionnaire.
public struct ConsolidateJob: Sendable {
    public var layout: RepositoryLayout
    public var cycle: String
    public var loading: DocumentLoading

    public init(layout: RepositoryLayout, cycle: String, loading: DocumentLoading) {
        self.layout = layout
        self.cycle = cycle
        self.loading = loading
    }

    /// Every file must be a packet of this cycle; the first that is not stops the run, naming it.
    public func run(files: [String]) async throws -> Consolidation {
        guard let folder = layout.cycles.first(where: { $0.name == cycle }), let path = folder.questionnaires.first else {
            let known = layout.cycles.map(\.name).joined(separator: ", ")
            throw MappingError(
                file: layout.questionnairesFolder, reason: "has no cycle \(cycle) (cycles: \(known.isEmpty ? "none" : known))")
        }
        let questionnaire = try await loading.questionnaire(path)
        let directory = try MappingsLocation(root: layout.mappingsFolder).loadAgencies()
        var packets: [ReturnedPacket] = []
        for file in files {
            let document = try await loading.document(file)
            guard let identity = Self.identity(of: document) else {
                throw ConsolidationError(
                    file: file, reason: "is not a packet written by `qtrack route --packets`: it carries no packet marks (agency, cycle)")
            }
            let saved = document.properties.modified.flatMap { $0.isEmpty ? nil : $0 } ?? Self.modificationTime(file)
            var response = QuestionnaireRecognizer().recognizeResponse(document, template: identity.template(questionnaire))
            let title = PacketIdentity.title(agencyName: directory.agency(identity.agency)?.name ?? identity.agency)
            response.preamble.removeAll { TextNormalizer.display($0) == title }
            packets.append(ReturnedPacket(file: file, identity: identity, saved: saved, response: response))
        }
        return try Consolidator().consolidate(questionnaire, packets: packets)
    }

    /// The packet's custom properties, else its cover page's "qtrack: packet …" line.
    static func identity(of document: BlockDocument) -> PacketIdentity? {
        if let identity = PacketIdentity(properties: document.properties.custom) { return identity }
        for case .paragraph(let paragraph) in document.blocks.prefix(200) {
            if let identity = PacketIdentity(line: paragraph.text) { return identity }
        }
        return nil
    }

    /// The file's modification time as W3CDTF, for a packet whose properties do not say when it was saved.
    static func modificationTime(_ file: String) -> String {
        let date = (try? FileManager.default.attributesOfItem(atPath: file)[.modificationDate] as? Date) ?? Date(timeIntervalSince1970: 0)
        return ISO8601DateFormatter().string(from: date)
    }
}
