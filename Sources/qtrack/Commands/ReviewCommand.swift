import ArgumentParser
import QTrackWorkspace

#if ReviewServer
    import QTrackReview
#endif

struct ReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Confirm pairs in a browser: a local web app that saves a reviewer's decisions to Mappings/decisions/.",
        discussion: """
            Starts a server on 127.0.0.1 only and prints its address on the first line. The page lists what needs \
            a person (probable pairs, questions left without a counterpart, proposed splits and merges, then \
            recommendations weakly covered or with suspect links); each decision is saved at once to \
            MAPPINGS/decisions/<old>--<new>.yaml or MAPPINGS/links/<new>.yaml, which diff, prepare, coverage and \
            check honour. Ctrl-C stops it.
            """
    )

    @Argument(help: "The earlier version (.docx or .txt); or give --cycle.")
    var old: String?

    @Argument(help: "The later version (.docx or .txt).")
    var new: String?

    @Option(help: ArgumentHelp("Review this cycle against the one before it in --questionnaires.", valueName: "years"))
    var cycle: String?

    @Option(parsing: .unconditional, help: "The port on 127.0.0.1 (0: any free port).")
    var port: Int = 0

    @Flag(help: "Open the page in the default browser.")
    var open = false

    @OptionGroup var repository: RepositoryOptions

    @OptionGroup var read: ReadOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port is out of range: \(port) (it takes 0 to 65535)") }
        switch (old, new, cycle) {
        case (.some, .some, nil), (nil, nil, .some): break
        case (.some, .some, .some): throw ValidationError("give two versions or --cycle, not both")
        default: throw ValidationError("give two versions (OLD NEW) or --cycle YEARS")
        }
    }

    #if ReviewServer
        /// No time limit: the server runs until Ctrl-C.
        func run() async throws {
            try await CommandRun.unlimited {
                let session = ReviewSession(try await ReviewSetup.run(try request(), loading: read.loading))
                try await ReviewServer.serve(session, port: port, openBrowser: open)
            }
        }
    #else
        /// Without the trait, the same checks of the options and the repository, then one line saying how to get the server.
        func run() async throws {
            try await CommandRun.unlimited { _ = try request().versions() }
            Diagnostics.printError(
                "review: this qtrack was built without the review server (to keep a first build short); "
                    + "run `swift run --traits ReviewServer qtrack review …`, or use the release archive (docs/install.md)")
            throw ExitStatus.unreadableInput
        }
    #endif

    private func request() throws -> ReviewSetup.Request {
        let mappings = try repository.mappings.location()
        let files = old.flatMap { old in new.map { (old, $0) } }
        return ReviewSetup.Request(files: files, cycle: cycle, questionnaires: repository.questionnaires, mappings: mappings)
    }
}
