import ArgumentParser
import QTrackWorkspace

/// The ritual every command runs its job in: the time and memory limits start, the job runs (an input it
/// cannot read, a broken mapping or an unwritable output becomes one line on stderr and exit status 2),
/// and the kinds `--fail-on` names decide exit status 1.
enum CommandRun {
    /// Runs `job` with the output destination, within the limits of `read`; `subject` is what a limit's error names.
    static func run<Value>(
        _ read: ReadOptions, subject: String, output: String?, _ job: (OutputDestination) async throws -> Value
    ) async throws -> Value {
        read.startWatchdog(subject: subject)
        do {
            return try await job(OutputDestination(path: output))
        } catch {
            try rethrowAsExitStatus(error)
        }
    }

    /// Exit status 1, with a line saying why, when a kind `--fail-on` names occurred; `count` says how often.
    static func failOn<Kind: FailOnKind>(_ list: KindList<Kind>?, count: (Kind) -> Int) throws {
        let chosen = list?.kinds ?? []
        if let exit = ExitStatus.failing(Kind.reportOrder.filter(chosen.contains).map { ($0.rawValue, count($0)) }) { throw exit }
    }
}

extension CommandRun {
    /// Runs `job` without the time and memory limits, for a command that runs until it is stopped (a server);
    /// an input it cannot read still becomes one line on stderr and exit status 2.
    static func unlimited<Value>(_ job: () async throws -> Value) async throws -> Value {
        do {
            return try await job()
        } catch {
            try rethrowAsExitStatus(error)
        }
    }
}
