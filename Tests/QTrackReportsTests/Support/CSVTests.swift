import Testing

@testable import QTrackReports

@Suite("CSV")
struct CSVTests {
    @Test(
        "a cell a spreadsheet would run as a formula gets a quote before it (OWASP); quoting follows RFC 4180",
        arguments: [
            ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""), ("+1", "'+1"), ("-1+2", "'-1+2"),
            ("@SUM(A1)", "'@SUM(A1)"), ("\t=1", "'\t=1"), ("\r=1", "\"'\r=1\""), ("＝1", "'＝1"), ("a=1", "a=1"), ("", ""),
            ("protection/4", "protection/4"), ("a, b", "\"a, b\""),
        ])
    func field(_ value: String, _ written: String) {
        #expect(CSV.field(value) == written)
    }

    @Test("a row is its fields joined by commas, each neutralised")
    func row() {
        #expect(CSV.row(["id", "=1", "x,y"]) == "id,'=1,\"x,y\"")
    }
}
