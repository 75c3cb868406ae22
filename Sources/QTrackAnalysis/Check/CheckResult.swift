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

    /// The folder of cycles, as given.
    public var questionnairesFolder: String
    /// The mappings folder, as given.
    public var mappingsFolder: String
    /// Every cycle's folder, ordered by their years.
    public var cycleFolders: [CycleFolder]
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

    public init(questionnairesFolder: String, mappingsFolder: String, cycleFolders: [CycleFolder]) {
        self.questionnairesFolder = questionnairesFolder
        self.mappingsFolder = mappingsFolder
        self.cycleFolders = cycleFolders
    }

    /// The cycles in order, each with its main questionnaire.
    public var cycles: [LineageBuilder.Cycle] {
        cycleFolders.compactMap { folder in
            questionnaires[folder.name].map { LineageBuilder.Cycle(label: folder.name, questionnaire: $0) }
        }
    }

    /// The same check with only the findings about `cycles` and those about no cycle (the register's); all of
    /// them when `cycles` is empty.
    public func onlyAbout(_ cycles: [String]) -> CheckResult {
        guard !cycles.isEmpty else { return self }
        var kept = self
        kept.findings.removeAll { finding in finding.cycle.map { !cycles.contains($0) } ?? false }
        return kept
    }
}
