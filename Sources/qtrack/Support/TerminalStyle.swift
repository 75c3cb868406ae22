import Foundation
import QTrackReports

/// Colour only when writing to a terminal, and never when NO_COLOR is set (https://no-color.org).
enum TerminalStyle {
    static func forOutput(_ path: String?) -> TextStyle {
        let wantsColor =
            (path == nil || path == "-") && isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            && ProcessInfo.processInfo.environment["TERM"] != "dumb"
        return TextStyle(colors: wantsColor, wrapWidth: path == nil || path == "-" ? terminalWidth() : nil)
    }

    /// The terminal's columns when standard output is one (COLUMNS first, as shells set it); nil otherwise.
    static func terminalWidth() -> Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), (20...1000).contains(columns) { return columns }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 20 else { return nil }
        return Int(size.ws_col)
    }
}
