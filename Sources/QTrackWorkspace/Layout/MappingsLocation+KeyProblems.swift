import Foundation
public import QTrackBase

extension MappingsLocation {
    /// Keys qtrack does not know (`unrealted:`, `subjcts:`) in the decisions, links, recommendations and routes files, as
    /// warnings naming the file, line and key: such a key's decisions are not honoured, so a person must hear of it.
    public func keyProblems() throws(MappingError) -> [Diagnostic] {
        let folders: [(String, (String) -> [MappingProblem])] = [
            (path("decisions"), { MappingsSchema.problems(decisionsFile: $0) }),
            (path("links"), { MappingsSchema.problems(linksFile: $0) }),
            (recommendations, { MappingsSchema.problems(recommendationsFile: $0) }),
            (path("routes"), { MappingsSchema.problems(routesFile: $0) }),
        ]
        var problems: [Diagnostic] = []
        for (folder, check) in folders {
            guard try FileProbe.exists(folder) else { continue }
            let names = try FolderListing(of: folder).names
            for name in names.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
            where name.hasSuffix(".yaml") {
                for problem in check((folder as NSString).appendingPathComponent(name)) {
                    problems.append(Diagnostic(.warning, problem.message, at: SourceLocation(file: problem.file, line: problem.line)))
                }
            }
        }
        return problems
    }
}
