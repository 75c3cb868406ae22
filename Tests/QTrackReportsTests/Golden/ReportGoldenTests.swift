import Foundation
import QTrackAnalysis
import QTrackReports
import QTrackTestSupport
import QTrackWorkspace
import Testing

/// The golden files name the repository's files as a user in its root types them (`Questionnaires/2025/…`), and the
/// jobs read them by those names: the tests run where `swift test` runs them, in the package root.
enum WorkingFolder {
    static let isPackageRoot =
        URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        == TestPaths.packageRoot.standardizedFileURL.path
    static let whyNot: Comment = "the golden files name paths relative to the package root: run the tests from there"
}

/// Every report on the repository's own questionnaires made in-process — the library's job, then the report's
/// writer for each format — and compared whole with its golden file in `Tests/Snapshots/`: the same files
/// `qtrack`'s own golden tests (qtrackTests) hold the command to, so the library and the command say the same bytes.
@Suite("Report golden files, in-process", .enabled(if: WorkingFolder.isPackageRoot, WorkingFolder.whyNot))
struct ReportGoldenTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var snapshot: String
        var render: @Sendable () async throws -> String
        var testDescription: String { snapshot }

        init(_ snapshot: String, _ render: @escaping @Sendable () async throws -> String) {
            self.snapshot = snapshot
            self.render = render
        }
    }

    @Test("the repository's reports", arguments: parseCases + diffCases + coverageCases + statusCases + prepareCases + importCases)
    func report(_ example: Case) async throws {
        if let mismatch = try Snapshot.mismatch(try await example.render(), name: example.snapshot) {
            Issue.record(Comment(rawValue: mismatch))
        }
    }

    @Test("the repository's register, history and check", arguments: registerCases + historyCases + checkCases)
    func repository(_ example: Case) async throws {
        if let mismatch = try Snapshot.mismatch(try await example.render(), name: example.snapshot) {
            Issue.record(Comment(rawValue: mismatch))
        }
    }
}

// MARK: The repository's files, and each job run once for all its formats

extension ReportGoldenTests {
    static let old = "Questionnaires/2020-2021/questionnaire.txt"
    static let word = "Questionnaires/2020-2021/questionnaire.docx"
    static let new = "Questionnaires/2025/questionnaire.txt"
    static let response = "Questionnaires/2020-2021/response-sample.txt"
    static let mappings = MappingsLocation(root: "Mappings")

    static func layout() throws -> RepositoryLayout {
        try RepositoryLayout.discover(questionnaires: "Questionnaires", mappings: mappings.root)
    }

    static let diff = Task { try await DiffJob.run(DiffJob.Request(old: old, new: new, mappings: mappings), loading: DocumentLoading()) }
    static let wordDiff = Task {
        try await DiffJob.run(DiffJob.Request(old: word, new: new, mappings: mappings), loading: DocumentLoading())
    }
    static let coverage = Task {
        try await CoverageJob.run(
            CoverageJob.Request(questionnaire: new, previous: word, mappings: mappings), loading: DocumentLoading())
    }
    static let responseCoverage = Task {
        try await CoverageJob.run(
            CoverageJob.Request(questionnaire: word, response: response, mappings: mappings), loading: DocumentLoading())
    }
    static let status = Task {
        try await StatusJob.run(StatusJob.Request(response: response, template: word), loading: DocumentLoading())
    }
    static let draft = Task {
        DraftReport(
            try await PrepareJob.run(
                PrepareJob.Request(previous: response, template: word, questionnaire: new, mappings: mappings), loading: DocumentLoading()))
    }
    static let register = Task { try await RegisterJob.run(RegisterJob.Request(layout: try layout()), loading: DocumentLoading()) }
    static let history = Task {
        try await HistoryJob.run(HistoryJob.Request(question: "2020-2021:protection/6", layout: try layout()), loading: DocumentLoading())
            .histories.map(HistoryReport.init)
    }
    static let check = Task { try await RepositoryCheck.run(try layout(), loading: DocumentLoading()) }
}

// MARK: The cases: each golden file with the writer that makes it

extension ReportGoldenTests {
    static let parseCases = [("2020-2021-txt", old), ("2020-2021-docx", word), ("2025", new)].flatMap { name, file in
        [
            Case("parse/\(name).outline.txt") { ParseReport(try await DocumentLoading().questionnaire(file)).outline() },
            Case("parse/\(name).json") { ParseReport(try await DocumentLoading().questionnaire(file)).json() },
        ]
    }

    static let diffCases = [
        Case("diff/2020-2021--2025.txt") { DiffReport(try await diff.value.comparison).text(style: .plain, details: false) },
        Case("diff/2020-2021--2025.explain.txt") { DiffReport(try await diff.value.comparison).text(style: .plain, details: true) },
        Case("diff/2020-2021--2025.md") { DiffReport(try await diff.value.comparison).markdown(details: true) },
        Case("diff/2020-2021--2025.json") { DiffReport(try await diff.value.comparison).json() },
        Case("diff/2020-2021--2025.html") { DiffReport(try await wordDiff.value.comparison).html() },
        Case("diff/2020-2021--2025.docx.txt") {
            try Snapshot.describeWordPackage(try Redline(try await wordDiff.value.comparison, author: "qtrack", date: nil).docx())
        },
        Case("diff/txt--docx.txt") {
            let result = try await DiffJob.run(DiffJob.Request(old: old, new: word, mappings: mappings), loading: DocumentLoading())
            return DiffReport(result.comparison).text(style: .plain, details: false)
        },
        Case("diff/2020-2021--2025.junit.xml") { try await diffFindings(failOn: [.removed]).rendered(.junit) },
        Case("diff/2020-2021--2025.sarif.json") { try await diffFindings(failOn: []).rendered(.sarif) },
    ]

    /// The diff as findings, as `qtrack diff --format junit|sarif|github` names them.
    static func diffFindings(failOn: Set<Finding.Kind>) async throws -> FindingsReport {
        let result = try await diff.value
        let name = "diff \(result.old.cycleLabel) → \(result.new.cycleLabel)"
        return FindingsReport(
            CheckFindings.diff(result.comparison, name: name, decisionsFile: result.decisionsFile ?? ""), failOn: failOn,
            name: "qtrack diff")
    }

    static let coverageCases =
        [
            Case("coverage/2025.txt") { try await coverageReport().text(style: .plain) },
            Case("coverage/2025.md") { try await coverageReport().markdown() },
            Case("coverage/2025.json") { try await coverageReport().json() },
            Case("coverage/2025.csv") { try await coverageReport().csv() },
            Case("coverage/2025.html") { try await coverageReport().html() },
            Case("coverage/2025.github.txt") {
                let result = try await coverage.value
                return FindingsReport(
                    CheckFindings.coverage(result.coverage, cycle: result.cycle, linksFile: result.linksFile), failOn: [.uncovered],
                    name: "qtrack coverage"
                ).rendered(.github)
            },
        ] + [
            Case("coverage/2020-2021-response.txt") { try await coverageReport(responseCoverage).text(style: .plain) },
            Case("coverage/2020-2021-response.json") { try await coverageReport(responseCoverage).json() },
        ]

    static func coverageReport(_ job: Task<CoverageJob.Result, any Error> = coverage) async throws -> CoverageReport {
        let result = try await job.value
        return CoverageReport(result.coverage, comparison: result.comparison, response: result.response)
    }

    static let statusCases = [
        Case("status/sample.txt") { StatusReport(try await status.value.status).text(style: .plain) },
        Case("status/sample.md") { StatusReport(try await status.value.status).markdown() },
        Case("status/sample.json") { StatusReport(try await status.value.status).json() },
        Case("status/sample.html") { StatusReport(try await status.value.status).html() },
        Case("status/sample.junit.xml") {
            let result = try await status.value
            return FindingsReport(CheckFindings.status(result.status, cycle: result.cycle), failOn: [], name: "qtrack status").rendered(
                .junit)
        },
    ]

    static let prepareCases = [
        Case("prepare/2025.md") { try await draft.value.markdown() },
        Case("prepare/2025.docx.txt") { try Snapshot.describeWordPackage(try await draft.value.docx()) },
    ]

    static let importCases = [
        Case("recommendations/ecoi-2019-pakistan.yaml") {
            try imported(
                ImportJob.Request(report: "Tests/Fixtures/Narratives/ecoi-2019-pakistan.txt", country: "Pakistan", mappings: mappings))
        },
        Case("recommendations/aassone-2015-pakistan.json") {
            try imported(
                ImportJob.Request(
                    report: "Tests/Fixtures/Narratives/aassone-2015-pakistan.txt", country: "Pakistan", year: 2015, format: .json,
                    mappings: mappings))
        },
    ]

    static func imported(_ request: ImportJob.Request) throws -> String {
        String(decoding: try ImportJob.run(request).bytes, as: UTF8.self)
    }

    static let registerCases = [
        Case("questions/register.txt") { try await registerReport().text() },
        Case("questions/register.md") { try await registerReport().markdown() },
        Case("questions/register.csv") { try await registerReport().csv() },
        Case("questions/register.json") { try await registerReport().json() },
    ]

    static func registerReport() async throws -> RegisterReport {
        let result = try await register.value
        return RegisterReport(result.register, check: result.check)
    }

    static let historyCases = [
        Case("history/protection-6.txt") { try await history.value.map { $0.text(style: .plain) }.joined(separator: "\n") },
        Case("history/protection-6.md") { try await history.value.map { $0.markdown() }.joined(separator: "\n") },
        Case("history/protection-6.json") { HistoryReport.json(try await history.value) },
    ]

    static let checkCases = [
        Case("check/repository.txt") { CheckReport(try await check.value).text(style: .plain) },
        Case("check/repository.md") { CheckReport(try await check.value).markdown() },
        Case("check/repository.json") { CheckReport(try await check.value).json() },
        Case("check/repository.junit.xml") { CheckReport(try await check.value).findings.junit() },
        Case("check/repository.sarif.json") { CheckReport(try await check.value).findings.sarif() },
        Case("check/repository.github.txt") { CheckReport(try await check.value).findings.github() },
        Case("check/repository.html") { CheckReport(try await check.value).html() },
        Case("check/summary.md") { CheckSummary(try await check.value).markdown() },
    ]
}
