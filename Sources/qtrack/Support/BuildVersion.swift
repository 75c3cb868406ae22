internal import CQTrackBuildInfo

/// What `qtrack --version` prints: the version, and the commit a release was built from ("dev" otherwise).
enum BuildVersion {
    /// Raised by hand for each release; `scripts/release` names its archive after it.
    static let number = "0.1.0"

    static var commit: String { String(cString: qtrack_build_commit()) }

    static var description: String { "\(number) (\(commit == "dev" ? "dev" : "commit \(commit)"))" }
}
