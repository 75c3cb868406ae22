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

    /// Writes the table's routes into the file at `path` (see `merge`): a person's reviewed routes, comments and
    /// unknown keys in the file stay as they are.
    public func save(to path: String) throws {
        try Self.merge(routes, cycle: cycle, into: path)
    }

    /// Applies one person's decision to the file at `path`: reads what is there now, changes that one
    /// question's route and writes the file back; every other route stays exactly as the file had it.
    /// For the review page.
    public static func apply(
        _ decision: RouteDecision, table: RoutingTable, directory: AgencyDirectory, path: String
    ) throws -> RoutingTable {
        let decided = try table.applying(decision, directory: directory)
        guard let route = decided.routes[decision.question] else { return decided }
        try merge([route], cycle: table.cycle, into: path)
        return decided
    }

    /// Puts one question's route back as it was before a person's decision (`route`), or takes it out of the file
    /// when the file had none (nil): the review's undo. Every other line stays byte for byte.
    public static func restore(question: String, to route: Route?, cycle: String, path: String) throws {
        if let route {
            try merge([route], cycle: cycle, into: path, replacingReviewed: true)
            return
        }
        try MappingsLock.withLock(for: path) {
            guard FileManager.default.fileExists(atPath: path) else { return }
            let text = try MappingsYAML.read(path)
            let current = try MappingsYAML.decode(RouteFile.self, text: text, file: path)
            let positions = current.routes.indices.filter { current.routes[$0].question == question }
            guard !positions.isEmpty else { return }
            let document = try MappingsDocument(text: text, file: path)
            let edited = try document.editing(
                removing: Set(positions.map { MappingsDocument.ItemPosition(key: "routes", index: $0) }), appending: [:],
                order: ["cycle", "routes"])
            try write(edited, to: path)
        }
    }

    /// Writes an edited routes file, only if it reads back: a Mappings file is never left unreadable by qtrack.
    private static func write(_ edited: String, to path: String) throws {
        _ = try MappingsYAML.decode(RouteFile.self, text: edited, file: path)
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        try AtomicFile.write(Data(edited.utf8), to: path)
    }

    /// The keys of a route item qtrack knows; any other is reported by `check` and kept on every write.
    static let itemKeys = ["question", "lead", "contributing", "origin", "basis"]

    /// Read–merge–write of `routes` into the file at `path`, under the Mappings lock: the file is read as it is
    /// now; each route replaces its question's item in place (the item's comments and unknown keys kept), a
    /// question the file lacks is appended in the order given; every other line stays byte for byte. A reviewed
    /// route in the file is never replaced by one that is not: a person's decision outlives a recomputation.
    static func merge(_ routes: [Route], cycle: String, into path: String, replacingReviewed: Bool = false) throws {
        try MappingsLock.withLock(for: path) {
            let exists = FileManager.default.fileExists(atPath: path)
            let text = exists ? try MappingsYAML.read(path) : try MappingsYAML.encode(RouteFile(cycle: cycle, routes: []), header: header)
            let current = try MappingsYAML.decode(RouteFile.self, text: text, file: path)
            let document = try MappingsDocument(text: text, file: path)
            let items = document.items(of: "routes")
            // The first item of each question; `load` refuses a file with two.
            var position: [String: Int] = [:]
            for (index, route) in current.routes.enumerated() where position[route.question] == nil { position[route.question] = index }
            var replacing: [Int: [String]] = [:]
            var appending: [[String]] = []
            for route in routes {
                guard let index = position[route.question] else {
                    appending.append(try MappingsFileEdit.lines(of: route, note: nil))
                    continue
                }
                let old = current.routes[index]
                guard old != route, replacingReviewed || old.origin != .reviewed || route.origin == .reviewed else { continue }
                let kept = index < items.count ? unknownLines(document.itemText(items[index], of: "routes")) : []
                replacing[index] = try MappingsFileEdit.lines(of: route, note: nil) + kept
            }
            guard !replacing.isEmpty || !appending.isEmpty || !exists else { return }
            var edited: String
            if items.count == current.routes.count {
                // A block list: each changed item's lines replaced where they stand.
                var lines = document.lines
                let indent = document.blocks.first { $0.key == "routes" }?.indent ?? "  "
                for (index, replacement) in replacing.sorted(by: { $0.key > $1.key }) {
                    lines.replaceSubrange(items[index].lines, with: replacement.map { indent + $0 })
                }
                edited = lines.map { $0 + document.newline }.joined()
                if !appending.isEmpty {
                    edited = try MappingsDocument(text: edited, file: path).editing(
                        removing: [], appending: ["routes": appending], order: ["cycle", "routes"])
                }
            } else {
                // A list in flow style (`routes: []`): rewritten in block style, the changed items at its end.
                let removing = Set(replacing.keys.map { MappingsDocument.ItemPosition(key: "routes", index: $0) })
                edited = try document.editing(
                    removing: removing, appending: ["routes": replacing.sorted { $0.key < $1.key }.map(\.value) + appending],
                    order: ["cycle", "routes"])
            }
            try write(edited, to: path)
        }
    }

    /// The lines of an item (as `itemText` gives them) that hold a key qtrack does not know, or a comment: kept
    /// when the item is written again. A key's continuation lines (more indented, or a list under it) go with it.
    static func unknownLines(_ item: [String]) -> [String] {
        var kept: [String] = []
        var keeping = false
        for (index, line) in item.enumerated() {
            let body = index == 0 ? String(line.dropFirst(2)) : line
            let indent = body.prefix { $0 == " " }.count
            let content = body.dropFirst(indent)
            if content.hasPrefix("#") {
                kept.append("  " + content)
                continue
            }
            let startsKey = indent == (index == 0 ? 0 : 2) && !content.hasPrefix("- ") && content.contains(":")
            if startsKey {
                let key = String(content.prefix { $0 != ":" }).trimmingCharacters(in: .whitespaces)
                keeping = !itemKeys.contains(key)
            }
            if keeping { kept.append(index == 0 ? "  " + body : body) }
        }
        return kept
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
