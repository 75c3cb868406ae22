import ArgumentParser

/// `qtrack recommendations`: the TIP Report's recommendations kept in `Mappings/recommendations/`.
struct RecommendationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recommendations",
        abstract: "Work with the TIP Report recommendations kept in Mappings/recommendations/.",
        subcommands: [RecommendationsImportCommand.self]
    )
}
