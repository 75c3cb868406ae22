import ArgumentParser
import QTrackWorkspace

/// Where a repository's cycles and mappings are, for the commands that read a whole repository.
struct RepositoryOptions: ParsableArguments {
    @Option(help: "The folder of cycles (Questionnaires/<years>/).")
    var questionnaires: String = "Questionnaires"

    @OptionGroup var mappings: MappingsOptions

    /// The repository's cycles, found once; a `--mappings` folder given must exist.
    func layout() throws -> RepositoryLayout {
        try RepositoryLayout.discover(questionnaires: questionnaires, mappings: try mappings.location().root)
    }
}
