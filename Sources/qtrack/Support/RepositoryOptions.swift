import ArgumentParser
import QTrackAnalysis
import QTrackWorkspace

/// Where a repository's cycles and mappings are, for the commands that read a whole repository.
struct RepositoryOptions: ParsableArguments {
    @Option(help: "The folder of cycles (Questionnaires/<years>/).")
    var questionnaires: String = "Questionnaires"

    @Option(name: .customLong("mappings"), help: "The mappings folder (recommendations/, links/, decisions/, register.yaml).")
    var mappingsOption: String?

    /// The folder given, or Mappings/ when it exists; a folder given that does not exist is an error, not
    /// an empty set of mappings (a typo must not pass a CI check).
    var mappings: String { mappingsOption ?? "Mappings" }

    /// The repository's cycles, found once; a `--mappings` folder given must exist.
    func layout() throws -> RepositoryLayout {
        try MappingsFolder.check(mappingsOption)
        return try RepositoryLayout.discover(questionnaires: questionnaires, mappings: mappings)
    }

    /// Every file a command over the whole repository reads: documents and mappings, none of which it may write over.
    static func inputs(of layout: RepositoryLayout) -> [String] {
        layout.cycles.flatMap { $0.questionnaires + $0.responses } + MappingsLocation(root: layout.mappingsFolder).files()
    }
}
