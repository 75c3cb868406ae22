import ArgumentParser
import QTrackWorkspace

/// `--mappings`: where the reviewer's decisions, links, recommendations, vocabulary and register are kept.
struct MappingsOptions: ParsableArguments {
    @Option(
        name: .customLong("mappings"),
        help: "The mappings folder (recommendations/, links/, decisions/, vocabulary.yaml, register.yaml); default: Mappings.")
    var folder: String?

    /// The folder given, or Mappings/; a folder given that does not exist is an error, not an empty set of
    /// mappings (a typo must not pass a CI check).
    func location() throws(MappingError) -> MappingsLocation {
        try MappingsLocation.given(folder)
    }
}
