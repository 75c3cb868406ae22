import Algorithms
import Foundation
public import QTrackAnalysis
import QTrackDocuments
public import QTrackModel
import QTrackRecognition
import QTrackReports

/// Checks a repository: reads its documents in parallel, diffs each pair of consecutive cycles, covers
/// every recommendation set against the questionnaires that follow it, judges every response and compares
/// the register with the matcher. Each command asks only for the parts it shows.
public enum RepositoryCheck {
    /// The parts of a check; documents that no part needs are not read.
    public struct Parts: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// The .txt against the .docx of cycles that have both.
        public static let formats = Parts(rawValue: 1 << 0)
        public static let diffs = Parts(rawValue: 1 << 1)
        public static let coverage = Parts(rawValue: 1 << 2)
        public static let responses = Parts(rawValue: 1 << 3)
        /// The register as kept in Mappings/, and where the matcher now disagrees with it.
        public static let register = Parts(rawValue: 1 << 4)
        /// Each cycle's routes to the agencies of agencies.yaml (when it names any): the questions no agency receives.
        public static let routes = Parts(rawValue: 1 << 5)

        public static let all: Parts = [.formats, .diffs, .coverage, .responses, .register, .routes]
    }

    /// Reads and analyses what `parts` need. `progress` is told how many documents are read, for a progress line.
    public static func run(
        _ layout: RepositoryLayout, loading: DocumentLoading, parts: Parts = .all, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) async throws -> CheckResult {
        var result = CheckResult(layout: layout)
        if !layout.skipped.isEmpty { result.add(CheckFindings.skipped(layout.skipped.map { ($0.file, $0.reason) })) }
        let paths = layout.cycles.flatMap { folder in
            (parts.contains(.formats) ? folder.questionnaires : Array(folder.questionnaires.prefix(1)))
                + (parts.contains(.responses) ? folder.responses : [])
        }
        let documents = try await readAll(paths, loading: loading, progress: progress)

        for folder in layout.cycles {
            let versions = folder.questionnaires.compactMap { documents[PathKey($0)] }.map { QuestionnaireRecognizer().recognize($0) }
            guard let main = versions.first else { continue }
            result.questionnaires[folder.name] = main
            if versions.count == 2 {
                let comparison = VersionMatcher().compare(versions[0], versions[1])
                result.formatChecks.append(comparison)
                result.add(CheckFindings.format(comparison, cycle: folder.name))
            }
        }
        for part in try await analyse(layout: layout, parts: parts, questionnaires: result.questionnaires, documents: documents) {
            result.add(part)
        }
        if parts.contains(.register) {
            let file = layout.mapping("register.yaml")
            if try FileProbe.exists(file) {
                let register = try QuestionRegister.load(path: file)
                result.register = register
                let disagreements = LineageBuilder().disagreements(register, cycles: result.cycles) { compare($0, $1, in: result) }
                result.add(CheckFindings.register(disagreements, file: file))
            }
        }
        if parts.contains(.routes) { try addRoutes(to: &result) }
        return result
    }

    /// The questions of each cycle that no agency receives, once agencies.yaml names agencies to route to.
    private static func addRoutes(to result: inout CheckResult) throws {
        let location = MappingsLocation(root: result.mappingsFolder)
        let directory = try location.loadAgencies()
        guard !directory.agencies.isEmpty else { return }
        let tables = try RouteChain.tables(result, directory: directory)
        for folder in result.cycleFolders {
            guard let table = tables[folder.name] else { continue }
            result.add(CheckFindings.routes(table, file: location.routes(for: folder.name)))
        }
    }

    /// Aligns two cycles as `diff` would, honouring the reviewed decisions; reuses the check's own diff.
    public static func compare(_ old: Questionnaire, _ new: Questionnaire, in result: CheckResult) -> VersionComparison {
        if let done = result.diffs.first(where: { $0.old.file == old.file && $0.new.file == new.file }) { return done }
        // The check itself reports a malformed decisions or vocabulary file; here the matcher goes on without it.
        let matcher = (try? MappingsLocation(root: result.mappingsFolder).matcher(old: old, new: new)) ?? VersionMatcher()
        return matcher.compare(old, new)
    }

    /// The register as kept, extended with the cycles it does not have yet.
    public static func extendedRegister(_ result: CheckResult) -> QuestionRegister {
        LineageBuilder().extend(result.register ?? QuestionRegister(), with: result.cycles) { compare($0, $1, in: result) }
    }

    /// Reads every document, as many at once as there are cores; a document that cannot be read stops the
    /// check with its error. Keyed by the path's bytes: twin names (NFC and NFD) are two documents.
    static func readAll(_ paths: [String], loading: DocumentLoading, progress: (@Sendable (Int, Int) -> Void)?) async throws -> [PathKey:
        BlockDocument]
    {
        let width = max(1, ProcessInfo.processInfo.activeProcessorCount)
        return try await withThrowingTaskGroup(of: (String, BlockDocument).self) { group in
            var pending = paths[...]
            func startNext() {
                guard let path = pending.popFirst() else { return }
                group.addTask { (path, try await loading.document(path)) }
            }
            for _ in 0..<width { startNext() }
            var documents: [PathKey: BlockDocument] = [:]
            for try await (path, document) in group {
                documents[PathKey(path)] = document
                progress?(documents.count, paths.count)
                startNext()
            }
            return documents
        }
    }

    /// The analyses, each an independent task; results are put back in the repository's order.
    private static func analyse(
        layout: RepositoryLayout, parts: Parts, questionnaires: [String: Questionnaire], documents: [PathKey: BlockDocument]
    ) async throws -> [CheckFindings] {
        let location = MappingsLocation(root: layout.mappingsFolder)
        let sets = parts.contains(.coverage) ? try location.loadRecommendations() : []
        let cycles = layout.cycles.filter { questionnaires[$0.name] != nil }
        // Read once for all the jobs; a malformed file is still each job's error, as when each read it.
        let vocabulary = Result { () throws(MappingError) in try location.loadVocabulary() }
        let coverageAnalyzer = vocabulary.map { CoverageAnalyzer(vocabulary: $0, vocabularyFile: location.vocabulary) }
        var jobs: [@Sendable () throws -> CheckFindings] = []
        // The vocabulary's own warnings, once for the repository.
        if case .success(let analyzer) = coverageAnalyzer, !analyzer.vocabularyDiagnostics.isEmpty {
            jobs.append { CheckFindings.mappings(analyzer.vocabularyDiagnostics, check: "vocabulary") }
        }
        let keyProblems = try location.keyProblems()
        if !keyProblems.isEmpty { jobs.append { CheckFindings.mappings(keyProblems, check: "mappings keys") } }

        if parts.contains(.diffs) { jobs += diffJobs(cycles, questionnaires: questionnaires, location: location, vocabulary: vocabulary) }
        for folder in cycles {
            let questionnaire = questionnaires[folder.name]!
            let following = sets.filter { $0.applies(to: folder.cycle) }
            if !following.isEmpty {
                let linksFile = location.links(for: folder.name)
                jobs.append {
                    let links = try location.loadLinks(for: folder.name)
                    let coverage = try coverageAnalyzer.get().analyze(
                        questionnaire, sets: following, links: links, linksFile: linksFile)
                    return CheckFindings.coverage(coverage, cycle: folder.name, linksFile: linksFile)
                }
            }
            guard parts.contains(.responses) else { continue }
            for response in folder.responses {
                guard let document = documents[PathKey(response)] else { continue }
                jobs.append {
                    let read = QuestionnaireRecognizer().recognizeResponse(document, template: questionnaire)
                    return CheckFindings.status(ResponseStatus(response: read, template: questionnaire), cycle: folder.name)
                }
            }
        }
        return try await runAll(jobs)
    }

    /// Each pair of consecutive cycles diffed as `diff` would, honouring the reviewed decisions.
    private static func diffJobs(
        _ cycles: [RepositoryLayout.CycleFolder], questionnaires: [String: Questionnaire], location: MappingsLocation,
        vocabulary: Result<Vocabulary, MappingError>
    ) -> [@Sendable () throws -> CheckFindings] {
        cycles.adjacentPairs().map { earlier, later in
            let old = questionnaires[earlier.name]!
            let new = questionnaires[later.name]!
            let decisionsFile = location.decisions(old: earlier.name, new: later.name)
            return { @Sendable () throws -> CheckFindings in
                let reviewed = try FileProbe.exists(decisionsFile) ? decisionsFile : nil
                let matcher = try location.matcher(old: old, new: new, decisionsFile: reviewed, vocabulary: try vocabulary.get())
                let comparison = matcher.compare(old, new)
                return CheckFindings.diff(comparison, name: "diff \(earlier.name) → \(later.name)", decisionsFile: decisionsFile)
                    .about(later.name)
            }
        }
    }

    /// Runs the jobs at once; their results in the jobs' order.
    private static func runAll(_ jobs: [@Sendable () throws -> CheckFindings]) async throws -> [CheckFindings] {
        let results = try await withThrowingTaskGroup(of: (Int, CheckFindings).self) { group in
            for (index, job) in jobs.enumerated() {
                group.addTask { (index, try job()) }
            }
            var results: [Int: CheckFindings] = [:]
            for try await (index, result) in group { results[index] = result }
            return results
        }
        return jobs.indices.compactMap { results[$0] }
    }
}
