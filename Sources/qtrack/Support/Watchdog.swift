import Dispatch
import Foundation
import QTrackWorkspace

/// The limits a whole command runs within: time from its start, and memory. A timer beside the work checks
/// them, so that no stage (reading, recognising, matching, rendering, writing) can run past them; past
/// either, the run ends with one error line, exit status 2, and no half-written output.
enum Watchdog {
    private nonisolated(unsafe) static var timer: (any DispatchSourceTimer)?

    static func start(seconds: Double, memoryMiB: Int, subject: String) {
        let started = DispatchTime.now().uptimeNanoseconds
        let source = DispatchSource.makeTimerSource(queue: .global())
        source.schedule(deadline: .now() + .milliseconds(100), repeating: .milliseconds(100))
        source.setEventHandler {
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            if elapsed > seconds {
                // Past the limit while an output blocks, the output is what held the run, and its reader has
                // only part of it.
                if let writing = OutputProgress.current {
                    stop(
                        "\(writing.target): could not be written within \(DocumentLoading.seconds(seconds)) seconds (its reader stopped reading); "
                            + "only \(writing.written) of \(writing.total) bytes were written, so what was read of it is incomplete")
                }
                stop("\(subject): took longer than \(DocumentLoading.seconds(seconds)) seconds; --max-seconds raises the limit")
            }
            if let resident = residentMiB(), resident > memoryMiB {
                stop("\(subject): needed more than \(memoryMiB) MiB of memory; --max-memory raises the limit")
            }
        }
        source.resume()
        timer = source
    }

    private static func stop(_ message: String) -> Never {
        TemporaryFiles.shared.removeAll()
        Diagnostics.printError(message)
        exit(2)
    }

    /// The resident set from /proc (Linux); nil where there is none.
    static func residentMiB() -> Int? {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
            let pages = statm.split(separator: " ").dropFirst().first.flatMap({ Int($0) })
        else { return nil }
        return (pages * Int(sysconf(Int32(_SC_PAGESIZE)))) >> 20
    }
}
