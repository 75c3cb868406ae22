public import QTrackModel

/// What checking a whole repository found: each cycle's questionnaire, the diffs of consecutive cycles,
/// coverage of the recommendations, the state of every response, the register, and the findings, all in
/// an order that depends only on the repository.
public struct CheckResult: Sendable {
    public struct Coverages: Sendable {
        public var cycle: String
        public var coverage: Coverage

        public init(cycle: String, coverage: Coverage) {
            self.cycle = cycle
            self.coverage = coverage
        }
    }

    public struct Responses: Sendable {
        public var cycle: String
        public var status: ResponseStatus

        public init(cycle: String, status: ResponseStatus) {
            self.cycle = cycle
            self.status = status
        }
    }

    public var layout: RepositoryLayout
    /// Each cycle's main questionnaire, by folder name.
    public var questionnaires: [String: Questionnaire] = [:]
    public var diffs: [VersionComparison] = []
    /// The .txt against the .docx of cycles that have both.
    public var formatChecks: [VersionComparison] = []
    public var coverages: [Coverages] = []
    public var responses: [Responses] = []
    /// `Mappings/register.yaml`, when the repository has one.
    public var register: QuestionRegister?
    public var findings: [Finding] = []
    /// Every check that ran, in order, whether it found anything or not.
    public var checks: [String] = []

    public init(layout: RepositoryLayout) {
        self.layout = layout
    }

    /// The cycles in order, each with its main questionnaire.
    public var cycles: [LineageBuilder.Cycle] {
        layout.cycles.compactMap { folder in questionnaires[folder.name].map { LineageBuilder.Cycle(label: folder.name, questionnaire: $0) }
        }
    }

    /// Adds what one check found.
    public mutating func add(_ part: CheckFindings) {
        diffs += part.diffs
        coverages += part.coverages
        responses += part.responses
        checks += part.checks
        findings += part.findings
    }
}
