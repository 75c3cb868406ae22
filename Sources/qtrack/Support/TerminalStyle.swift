import Foundation
import QTrackReports

/// Colour only when writing to a terminal, and never when NO_COLOR is set (https://no-color.org).
enum TerminalStyle {
    static func forOutput(_ path: String?) -> TextStyle {
        let wantsColor =
            path == nil && isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            && ProcessInfo.processInfo.environment["TERM"] != "dumb"
        return TextStyle(colors: wantsColor)
    }
}
