import Foundation
import Yams

/// A key qtrack does not know in a Mappings file: reported with its file and line, never deleted by a save.
public struct MappingProblem: Sendable, Hashable, Encodable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var key: String
    public var message: String

    /// `file:line: message`, as compilers print warnings.
    public var description: String { "\(file):\(line): \(message)" }
}

/// The keys of each kind of Mappings list file, to report the ones a person misspelled (`unrealted:`) or that
/// a later qtrack added (`future_field:`).
public enum MappingsSchema {
    /// Top-level keys, and the keys of the items of each list.
    struct Shape {
        var top: [String]
        var items: [String: [String]]
    }

    static let decisions = Shape(
        top: ["old", "new", "pairs", "unrelated", "alone"],
        items: ["pairs": ["old", "new", "note"], "unrelated": ["old", "new", "note"], "alone": ["old", "new", "note"]])
    static let links = Shape(
        top: ["cycle", "links", "notAsked"],
        items: ["links": ["recommendation", "question", "fingerprint", "note"], "notAsked": ["recommendation", "note"]])
    static let recommendations = Shape(
        top: ["report", "year", "source", "complete", "missing", "recommendations"],
        items: ["recommendations": ["id", "title", "text", "source", "subjects", "themes", "facets", "pillars", "proposed"]])
    static let routes = Shape(top: ["cycle", "routes"], items: ["routes": RouteFile.itemKeys])

    public static func problems(decisionsFile path: String) -> [MappingProblem] { problems(path, decisions) }
    public static func problems(linksFile path: String) -> [MappingProblem] { problems(path, links) }
    public static func problems(recommendationsFile path: String) -> [MappingProblem] { problems(path, recommendations) }
    public static func problems(routesFile path: String) -> [MappingProblem] { problems(path, routes) }

    /// The unknown keys of a file; none when it is missing or unreadable (reading it reports that).
    static func problems(_ path: String, _ shape: Shape) -> [MappingProblem] {
        guard FileManager.default.fileExists(atPath: path), let text = try? MappingsYAML.read(path) else { return [] }
        return problems(text: text, file: path, shape)
    }

    static func problems(text: String, file: String, _ shape: Shape) -> [MappingProblem] {
        guard MappingsYAML.boundsProblem(text) == nil, let root = try? Yams.compose(yaml: text), let mapping = root.mapping else {
            return []
        }
        var found: [MappingProblem] = []
        let every = shape.top + shape.items.values.flatMap { $0 }
        func check(_ key: Node, known: [String], within: String?) {
            guard let name = key.string, !known.contains(name) else { return }
            let place = within.map { " in an item of '\($0)'" } ?? ""
            let guess = (closest(name, among: known) ?? closest(name, among: every)).map { " (did you mean '\($0)'?)" } ?? ""
            found.append(
                MappingProblem(
                    file: file, line: key.mark?.line ?? 0, key: name,
                    message: "unknown key '\(name)'\(place)\(guess): kept as written, not used"))
        }
        for (key, value) in mapping {
            check(key, known: shape.top, within: nil)
            guard let name = key.string, let itemKeys = shape.items[name], let sequence = value.sequence else { continue }
            for item in sequence {
                for (itemKey, _) in item.mapping ?? [:] { check(itemKey, known: itemKeys, within: name) }
            }
        }
        return found
    }

    /// The known key within two edits of `name`, if one is.
    static func closest(_ name: String, among known: [String]) -> String? {
        known.map { ($0, distance(Array(name.lowercased()), Array($0.lowercased()))) }.filter { $0.1 <= 2 }.min { $0.1 < $1.1 }?.0
    }

    /// Optimal string alignment distance: a swap of two letters (`unrealted`) counts as one edit.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1) }
            }
        }
        return table[a.count][b.count]
    }
}
