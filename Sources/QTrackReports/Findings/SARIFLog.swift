import QTrackAnalysis

/// A SARIF 2.1.0 log of one run of qtrack: the parts of the format qtrack fills in.
struct SARIFLog: Encodable, Sendable {
    struct Run: Encodable, Sendable {
        var tool: Tool
        var results: [Result]
    }

    struct Tool: Encodable, Sendable {
        var driver: Driver
    }

    struct Driver: Encodable, Sendable {
        var name = "qtrack"
        var informationUri = "https://github.com/qtrack/qtrack"
        var version = "0.1.0"
        var rules: [Rule]
    }

    struct Rule: Encodable, Sendable {
        var id: String
        var name: String
        var shortDescription: Message
    }

    struct Message: Encodable, Sendable {
        var text: String
    }

    struct Result: Encodable, Sendable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Message
        var locations: [Location]
        var properties: [String: String]
    }

    struct Location: Encodable, Sendable {
        var physicalLocation: PhysicalLocation
    }

    struct PhysicalLocation: Encodable, Sendable {
        var artifactLocation: ArtifactLocation
        var region: Region?
        var properties: [String: Int]?
    }

    struct ArtifactLocation: Encodable, Sendable {
        var uri: String
    }

    struct Region: Encodable, Sendable {
        var startLine: Int
    }

    enum CodingKeys: String, CodingKey {
        case schema = "$schema"
        case version, runs
    }

    var schema = "https://json.schemastore.org/sarif-2.1.0.json"
    var version = "2.1.0"
    var runs: [Run]

    init(_ report: FindingsReport) {
        let usedKinds = Finding.Kind.allCases.filter { kind in report.findings.contains { $0.kind == kind } }
        let rules = usedKinds.map { Rule(id: $0.rawValue, name: $0.rawValue, shortDescription: Message(text: $0.summary)) }
        let results = report.findings.map { finding in
            Result(
                ruleId: finding.kind.rawValue, ruleIndex: usedKinds.firstIndex(of: finding.kind) ?? 0, level: report.level(finding.kind),
                message: Message(text: finding.message),
                locations: [
                    Location(
                        physicalLocation: PhysicalLocation(
                            artifactLocation: ArtifactLocation(uri: finding.location.file),
                            region: finding.location.line.map(Region.init),
                            properties: finding.location.paragraph.map { ["paragraph": $0] }))
                ],
                properties: ["check": finding.check])
        }
        runs = [Run(tool: Tool(driver: Driver(rules: rules)), results: results)]
    }
}
