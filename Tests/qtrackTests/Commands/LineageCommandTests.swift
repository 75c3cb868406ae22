import Foundation
import QTrackTestSupport
import Testing

@Suite("qtrack questions and history")
struct LineageCommandTests {
    @Test("the register table: one row per lineage, a column per cycle, marks for new, same, changed, absent")
    func questions() throws {
        let result = try CommandRunner.run(["questions"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("lineage  2020-2021") })
        #expect(lines.contains { $0.hasPrefix("L0035    + laws-and-prosecution/12") && $0.contains("~ 5") })
        #expect(lines.contains { $0.hasPrefix("L0001    + human-trafficking-trends/1") && $0.contains("—") })
        let csv = try CommandRunner.run(["questions", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("lineage,title,2020-2021,2020-2021 status,2025,2025 status\r\n"))
    }

    @Test("the committed register agrees with the matcher")
    func registerAgrees() throws {
        #expect(try CommandRunner.run(["check", "--fail-on", "lineageDisagreement"]).status == 0)
    }

    @Test(
        "history of a complicity question and of a shelter question, from 2020-2021 to 2025",
        arguments: [
            ("2020-2021:laws-and-prosecution/12", "5"), ("2020-2021:protection/6", "36"),
        ])
    func history(query: String, later: String) throws {
        let result = try CommandRunner.run(["history", query, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let history = try OutputJSON.decode(HistoryJSON.self, from: result.stdout)
        #expect(history.schemaVersion == 1)
        let entries = history.entries
        #expect(entries.map(\.cycle) == ["2020-2021", "2025"])
        try #require(entries.count == 2)
        #expect(entries[1].id == later)
        #expect(entries[1].kind == "reworded")
        #expect(entries[1].section == nil)
        #expect(!entries[1].diff.isEmpty)
        #expect(entries[0].answered == true)
    }

    @Test("a question found by its words, and a clear error when nothing matches")
    func search() throws {
        // Two questions ask about restitution: both listed, best first; the words of one give its timeline.
        let found = try CommandRunner.run(["history", "restitution"])
        #expect(found.stdout.contains("  L0133  1.00  2025, question 49: Could victims obtain restitution"))
        #expect(found.stdout.contains("  L0170  1.00  2025, question 50: How many convicted traffickers"))
        let one = try CommandRunner.run(["history", "restitution defendants criminal cases"])
        #expect(one.stdout.contains("2025  49"))
        let none = try CommandRunner.run(["history", "2020-2021:protection/99"])
        #expect(none.status == 2, "the words were fine; nothing matched them")
        #expect(none.stderr.contains("no question matches '2020-2021:protection/99'"))
    }
}
