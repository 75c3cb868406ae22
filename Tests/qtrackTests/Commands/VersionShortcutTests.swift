import Foundation
import QTrackTestSupport
import Testing

/// `qtrack --version` alone is answered before swift-argument-parser builds the command tree (a start-up cut);
/// a user must see the same text as when the parser answers it.
@Suite("qtrack --version")
struct VersionShortcutTests {
    @Test("--version alone prints what the parser prints for --version after a subcommand: the version and the build")
    func sameAsParser() throws {
        let shortcut = try CommandRunner.run(["--version"])
        // `parse` without its file: the parser finds --version among the arguments left and answers it itself.
        let parsed = try CommandRunner.run(["parse", "--version"])
        #expect(shortcut.status == 0)
        #expect(shortcut.stderr.isEmpty)
        #expect(parsed.status == 0)
        #expect(shortcut.stdout == parsed.stdout)
        #expect(shortcut.stdout.wholeMatch(of: /\d+\.\d+\.\d+ \((dev|commit [0-9a-f]+(-modified)?)\)\n/) != nil, "\(shortcut.stdout)")
    }

    @Test("--version with anything else is the parser's: help asked for first is still help")
    func notSolo() throws {
        let help = try CommandRunner.run(["--help", "--version"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: qtrack"))
        #expect(!help.stdout.contains("(dev)"))
    }
}
