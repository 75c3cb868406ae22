import Foundation
public import QTrackAnalysis

/// `Mappings/routes/<cycle>.yaml`: a cycle's routes as a person reads them in a pull request. Every route is
/// written with its origin; only the reviewed ones are decisions read back, the others are worked out again
/// each time from the questionnaire, the pairs and the proposals.
public struct RouteFile: Sendable, Hashable, Codable {
    public var cycle: String
    public var routes: [Route]

    public init(cycle: String, routes: [Route]) {
        self.cycle = cycle
        self.routes = routes
    }

    static let header = [
        "Routes of one cycle's questions to the agencies of agencies.yaml, written by `qtrack route --save`.",
        "origin: questionnaire (its routing line), carried (from last cycle along a pair), proposed (to confirm), reviewed",
        "(a person's decision: kept as it is by every command). To decide a route by hand, set its origin to reviewed.",
    ]

    public static func load(path: String) throws(MappingError) -> RouteFile {
        let file = try MappingsYAML.decode(RouteFile.self, path: path)
        var seen: Set<String> = []
        for route in file.routes where !seen.insert(route.question).inserted {
            throw MappingError(file: path, reason: "question \(route.question) has two routes")
        }
        return file
    }

    /// The reviewed routes of the file at `path`, none when it does not exist.
    public static func reviewed(path: String) throws(MappingError) -> [Route] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        return try load(path: path).routes.filter { $0.origin == .reviewed }
    }

    /// The table's routes, in questionnaire order.
    public init(_ table: RoutingTable) {
        self.init(cycle: table.cycle, routes: table.questions.compactMap { table.routes[$0.id] })
    }

    /// Writes the file whole or not at all, creating `routes/` if needed.
    public func save(to path: String) throws(OutputError) {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw OutputError(file: path, reason: "cannot be written: the folder \(folder) cannot be made")
            }
        }
        let text: String
        do {
            text = try MappingsYAML.encode(self, header: Self.header)
        } catch {
            throw OutputError(file: path, reason: "cannot be written as YAML (\(error))")
        }
        try AtomicFile.write(Data(text.utf8), to: path)
    }

    /// Applies one person's decision to the file at `path`: reads what is there now, changes that one
    /// question's route and writes the file back; every other route stays exactly as the file had it.
    /// For the review page.
    public static func apply(
        _ decision: RouteDecision, table: RoutingTable, directory: AgencyDirectory, path: String
    ) throws -> RoutingTable {
        let decided = try table.applying(decision, directory: directory)
        guard let route = decided.routes[decision.question] else { return decided }
        var file = FileManager.default.fileExists(atPath: path) ? try load(path: path) : RouteFile(decided)
        if let index = file.routes.firstIndex(where: { $0.question == decision.question }) {
            file.routes[index] = route
        } else {
            let order = Dictionary(uniqueKeysWithValues: table.questions.enumerated().map { ($1.id, $0) })
            file.routes.append(route)
            file.routes.sort { (order[$0.question] ?? Int.max) < (order[$1.question] ?? Int.max) }
        }
        try file.save(to: path)
        return decided
    }
}

extension MappingsLocation {
    public var agencies: String { (root as NSString).appendingPathComponent("agencies.yaml") }

    public func routes(for cycle: String) -> String { (root as NSString).appendingPathComponent("routes/\(cycle).yaml") }

    /// The agencies, or none when the file does not exist.
    public func loadAgencies() throws(MappingError) -> AgencyDirectory {
        guard FileManager.default.fileExists(atPath: agencies) else { return .empty }
        return try AgencyDirectory.load(path: agencies)
    }
}
