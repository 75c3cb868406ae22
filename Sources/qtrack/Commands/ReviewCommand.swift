import ArgumentParser
import Foundation
import QTrackAnalysis
import QTrackModel
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

    @Option(help: "The folder of cycles, for --cycle.")
    var questionnaires: String = "Questionnaires"

    @Option(name: .customLong("mappings"), help: "The mappings folder where decisions/ is written (default: Mappings).")
    var mappingsOption: String?

    @OptionGroup var read: ReadOptions

    var mappings: String { mappingsOption ?? "Mappings" }

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port is out of range: \(port) (it takes 0 to 65535)") }
        switch (old, new, cycle) {
        case (.some, .some, nil), (nil, nil, .some): break
        case (.some, .some, .some): throw ValidationError("give two versions or --cycle, not both")
        default: throw ValidationError("give two versions (OLD NEW) or --cycle YEARS")
        }
    }

    #if !ReviewServer
        /// Without the trait, the same checks of the options and the repository, then one line saying how to get the server.
        func run() async throws {
            do {
                _ = try MappingsLocation.given(mappingsOption)
                _ = try versions()
            } catch {
                try rethrowAsExitStatus(error)
            }
            Diagnostics.printError(
                "review: this qtrack was built without the review server (to keep a first build short); "
                    + "run `swift run --traits ReviewServer qtrack review …`, or use the release archive (docs/install.md)")
            throw ExitStatus.unreadableInput
        }
    #else
        func run() async throws {
            let session: ReviewSession
            do {
                _ = try MappingsLocation.given(mappingsOption)
                let (oldPath, newPath) = try versions()
                // Both read at once; a failure of the old one is reported first, as when reading one after the other.
                let loading = read.loading
                async let oldRead = loading.questionnaire(oldPath)
                async let newRead = loading.questionnaire(newPath)
                let oldQuestionnaire = try await oldRead
                let newQuestionnaire = try await newRead
                let location = MappingsLocation(root: mappings)
                let recommendations =
                    try FileProbe.exists(location.recommendations)
                    ? try RecommendationSet.loadAll(location.recommendations) : []
                let agencies = try location.loadAgencies()
                let routing =
                    agencies.agencies.isEmpty
                    ? nil
                    : ReviewRouting(
                        directory: agencies, oldRoutesFile: location.routes(for: oldQuestionnaire.cycleLabel),
                        routesFile: location.routes(for: newQuestionnaire.cycleLabel))
                session = ReviewSession(
                    old: oldQuestionnaire, new: newQuestionnaire,
                    decisionsFile: location.decisions(old: oldQuestionnaire.cycleLabel, new: newQuestionnaire.cycleLabel),
                    linksFile: location.links(for: newQuestionnaire.cycleLabel), vocabulary: try location.loadVocabulary(),
                    recommendations: recommendations, routing: routing)
            } catch {
                try rethrowAsExitStatus(error)
            }
            let openBrowser = open
            let application = ReviewServer.application(session: session, port: port, token: ReviewServer.newToken()) { port in
                let address = "http://127.0.0.1:\(port)/"
                // Unbuffered: the first line reaches a script or a test reading the pipe at once.
                try? StandardOutput.write(Data("Reviewing at \(address)\n".utf8))
                if openBrowser { Self.openInBrowser(address) }
            }
            do {
                try await application.runService()
            } catch {
                try rethrowAsExitStatus(OutputError(file: "127.0.0.1:\(port)", reason: "cannot serve the review (\(error))"))
            }
        }

    #endif

    /// The two files to review: as given, or the cycle's questionnaire and the previous cycle's.
    private func versions() throws -> (String, String) {
        if let old, let new { return (old, new) }
        let layout = try RepositoryLayout.discover(questionnaires: questionnaires, mappings: mappings)
        guard let index = layout.cycles.firstIndex(where: { $0.name == cycle }) else {
            throw MappingError(
                file: questionnaires,
                reason: "has no cycle '\(cycle ?? "")' (there are \(layout.cycles.map(\.name).joined(separator: ", ")))")
        }
        guard index > 0 else { throw MappingError(file: questionnaires, reason: "has no cycle before '\(cycle ?? "")' to review against") }
        // The plain-text version where there is one: it is what a reviewer reads, and the .docx diffs to nothing against it.
        func pick(_ folder: RepositoryLayout.CycleFolder) -> String {
            folder.questionnaires.first { $0.hasSuffix(".txt") } ?? folder.questionnaires[0]
        }
        return (pick(layout.cycles[index - 1]), pick(layout.cycles[index]))
    }

    private static func openInBrowser(_ address: String) {
        let process = Process()
        #if os(macOS)
            process.executableURL = URL(fileURLWithPath: "/usr/bin/open")
        #else
            process.executableURL = URL(fileURLWithPath: "/usr/bin/xdg-open")
        #endif
        process.arguments = [address]
        try? process.run()
    }
}
