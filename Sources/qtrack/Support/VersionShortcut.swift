import ArgumentParser

/// `qtrack --version` answered before the command tree is built. swift-argument-parser reflects over every
/// subcommand's options before it looks for `--version` (about 1.9 ms of a 4.5 ms start); this answers only when
/// `--version` is the sole argument, exactly the case the parser answers, with the same text it prints: the root
/// configuration's version and a newline. Any other command line goes to the parser (`VersionShortcutTests`).
enum VersionShortcut {
    /// What to print for these arguments (without the program name), or nil to parse them as usual.
    static func output(for arguments: some Collection<String>) -> String? {
        guard arguments.count == 1, arguments.first == "--version" else { return nil }
        return QTrack.configuration.version
    }
}
