/// Wraps a terminal line at spaces to a width, counting only visible characters (colour codes take no
/// room), continuing under the line's own indentation.
enum LineWrap {
    static func wrap(_ line: String, width: Int) -> [String] {
        guard width >= 20, visibleCount(line) > width else { return [line] }
        let indent = String(line.prefix { $0 == " " })
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for word in line.dropFirst(indent.count).split(separator: " ", omittingEmptySubsequences: false) {
            let wordWidth = visibleCount(Substring(word))
            if currentWidth > 0, indent.count + currentWidth + 1 + wordWidth > width {
                lines.append(indent + current)
                current = ""
                currentWidth = 0
            }
            current += (currentWidth > 0 ? " " : "") + word
            currentWidth += (currentWidth > 0 ? 1 : 0) + wordWidth
        }
        lines.append(indent + current)
        return lines
    }

    /// Characters a terminal shows: ANSI escape sequences (ESC [ … letter) take no room.
    static func visibleCount<Text: StringProtocol>(_ text: Text) -> Int {
        var count = 0
        var inEscape = false
        for character in text {
            if inEscape {
                if character.isLetter { inEscape = false }
            } else if character == "\u{1B}" {
                inEscape = true
            } else {
                count += 1
            }
        }
        return count
    }
}
