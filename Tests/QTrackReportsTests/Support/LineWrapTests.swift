import Testing

@testable import QTrackReports

/// Long lines on a terminal wrap at spaces under their own indentation; colour codes take no room.
@Suite("Line wrapping")
struct LineWrapTests {
    @Test("a word diff wraps to the width, each line indented as the first")
    func wraps() {
        let line = "      " + Array(repeating: "officials facilitating trafficking", count: 8).joined(separator: " ")
        let wrapped = LineWrap.wrap(line, width: 60)
        #expect(wrapped.count > 1)
        #expect(wrapped.allSatisfy { $0.count <= 60 && $0.hasPrefix("      ") && !$0.hasPrefix("       ") })
        #expect(wrapped.map { $0.trimmingPrefix("      ") }.joined(separator: " ") == line.trimmingPrefix("      "))
    }

    @Test("colour codes are not counted; a short line and a narrow terminal are left alone")
    func colours() {
        let red = "\u{1B}[31m" + String(repeating: "x", count: 50) + "\u{1B}[0m"
        #expect(LineWrap.visibleCount(red) == 50)
        #expect(LineWrap.wrap(red, width: 60) == [red])
        #expect(LineWrap.wrap(String(repeating: "word ", count: 30), width: 10).count == 1, "below 20 columns nothing wraps")
    }
}
