import Dispatch
import Foundation
import QTrackWorkspace

/// Ctrl-C (or a SIGTERM) ends a run at once, leaving no half-written temporary file behind; a closed pipe
/// is told apart from a failing device.
enum Interruption {
    private nonisolated(unsafe) static var sources: [any DispatchSourceSignal] = []

    static func install() {
        // A closed pipe is an error from write (EPIPE), which ends the run quietly, not a signal that kills it.
        signal(SIGPIPE, SIG_IGN)
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                TemporaryFiles.shared.removeAll()
                exit(128 + number)
            }
            source.resume()
            sources.append(source)
        }
    }
}
