import ArgumentParser

@main
struct QTrack: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qtrack",
        abstract: "Track the questions of a yearly questionnaire across its versions.",
        discussion: """
            Reads questionnaires as Word .docx or plain text, finds which question of one year is which \
            question of the next, and reports what is new, changed and removed.
            """,
        version: BuildVersion.description,
        subcommands: [
            ParseCommand.self, DiffCommand.self, CoverageCommand.self, StatusCommand.self, PrepareCommand.self, CheckCommand.self,
            QuestionsCommand.self, HistoryCommand.self, ReviewCommand.self, RouteCommand.self, ConsolidateCommand.self,
            RecommendationsCommand.self,
        ]
    )

    /// Parses the command line and runs the command, with Ctrl-C handled first; `--version` alone is answered at once.
    static func main() async {
        if let version = VersionShortcut.output(for: CommandLine.arguments.dropFirst()) {
            print(version)
            return
        }
        Interruption.install()
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
