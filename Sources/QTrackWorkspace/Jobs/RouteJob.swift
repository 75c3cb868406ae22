import Foundation
public import QTrackAnalysis
public import QTrackModel

/// `qtrack route`: a cycle's routing table, worked out from the repository, and what the packets need —
/// last cycle's answers carried along the pairs when a response is given.
public struct RouteJob: Sendable {
    public struct Result: Sendable {
        public var table: RoutingTable
        public var directory: AgencyDirectory
        public var questionnaire: Questionnaire
        /// Last cycle's answers for each question, when a response was given.
        public var draft: DraftPlan?
    }

    public var layout: RepositoryLayout
    public var cycle: String
    public var loading: DocumentLoading

    public init(layout: RepositoryLayout, cycle: String, loading: DocumentLoading) {
        self.layout = layout
        self.cycle = cycle
        self.loading = loading
    }

    /// `response` is last cycle's filled-in response, whose answers the packets carry.
    public func run(response: String? = nil, save: Bool = false) async throws -> Result {
        guard let index = layout.cycles.firstIndex(where: { $0.name == cycle }) else {
            let known = layout.cycles.map(\.name).joined(separator: ", ")
            throw MappingError(
                file: layout.questionnairesFolder, reason: "has no cycle \(cycle) (cycles: \(known.isEmpty ? "none" : known))")
        }
        let location = MappingsLocation(root: layout.mappingsFolder)
        let directory = try location.loadAgencies()
        guard !directory.agencies.isEmpty else {
            throw MappingError(file: location.agencies, reason: "no agencies to route to: write agencies.yaml (see Mappings/README.md)")
        }
        let upTo = RepositoryLayout(
            questionnairesFolder: layout.questionnairesFolder, mappingsFolder: layout.mappingsFolder, cycles: Array(layout.cycles[...index])
        )
        let check = try await RepositoryCheck.run(upTo, loading: loading, parts: [.diffs])
        guard let table = try RouteChain.tables(check, directory: directory, through: cycle)[cycle],
            let questionnaire = check.questionnaires[cycle]
        else {
            throw MappingError(file: layout.questionnairesFolder, reason: "cycle \(cycle) has no questionnaire that can be read")
        }
        if save { try RouteFile(table).save(to: location.routes(for: cycle)) }
        var draft: DraftPlan?
        if let response {
            let template = index > 0 ? check.questionnaires[layout.cycles[index - 1].name] : nil
            let previous = try await loading.response(response, template: template)
            draft = DraftPlan(try location.matcher(old: previous, new: questionnaire).compare(previous, questionnaire))
        }
        return Result(table: table, directory: directory, questionnaire: questionnaire, draft: draft)
    }
}
