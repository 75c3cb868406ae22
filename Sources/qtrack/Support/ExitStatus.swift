import ArgumentParser
import Foundation
import QTrackBase
import QTrackWorkspace
import Synchronization

/// The exit statuses users and CI rely on (see DESIGN.md, "Contracts").
enum ExitStatus {
    /// Findings the user asked to fail on (`--fail-on`).
    static let findings = ExitCode(1)
    /// An input could not be read.
    static let unreadableInput = ExitCode(2)
}

extension ExitStatus {
    /// Exit status 1 with a line on stderr that says which `--fail-on` kinds occurred and how often, so a
    /// failing CI step says why without opening its report. Nil when none occurred.
    static func failing(_ counts: [(kind: String, count: Int)]) -> ExitCode? {
        let found = counts.filter { $0.count > 0 }
        guard !found.isEmpty else { return nil }
        Diagnostics.printWarning("failing: " + found.map { "\($0.kind) \($0.count)" }.joined(separator: " · ") + " (--fail-on)")
        return findings
    }
}

/// An unreadable input, a broken mapping or an unwritable output (any `FileProblem`): one line on stderr, exit status 2.
/// Anything else (usage errors, exit codes) passes through to ArgumentParser.
func rethrowAsExitStatus(_ error: any Error) throws -> Never {
    guard let problem = error as? any FileProblem else { throw error }
    Diagnostics.printError(problem.description)
    throw ExitStatus.unreadableInput
}

enum Diagnostics {
    /// One error line per run: when a limit and a failing read report the same stop, the first one speaks.
    private static let errorTold = Atomic<Bool>(false)

    /// One line, whatever a file name or a library's message holds: line breaks and control characters
    /// are shown as escapes, so no error line can be forged and no terminal sequence reaches the terminal.
    static func printError(_ message: String) {
        guard !errorTold.exchange(true, ordering: .relaxed) else { return }
        let message = String(
            String.UnicodeScalarView(
                message.unicodeScalars.flatMap { scalar -> [Unicode.Scalar] in
                    switch scalar.value {
                    case 0x0A: Array("\\n".unicodeScalars)
                    case 0x00...0x1F, 0x7F...0x9F: Array(String(format: "\\u{%02X}", scalar.value).unicodeScalars)
                    default: [scalar]
                    }
                }))
        StandardOutput.writeError("qtrack: error: \(message)\n")
    }

    static func printWarning(_ message: String) {
        StandardOutput.writeError("qtrack: \(message)\n")
    }
}
