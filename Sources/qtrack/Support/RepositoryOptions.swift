import ArgumentParser

/// Where a repository's cycles and mappings are, for the commands that read a whole repository.
struct RepositoryOptions: ParsableArguments {
    @Option(help: "The folder of cycles (Questionnaires/<years>/).")
    var questionnaires: String = "Questionnaires"

    @Option(help: "The mappings folder (recommendations/, links/, decisions/, register.yaml).")
    var mappings: String = "Mappings"
}
