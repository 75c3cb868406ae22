import QTrackReports
import Testing

@Suite("Tracked-change dates")
struct RevisionDateTests {
    @Test(
        "an xsd:dateTime is checked whole: real dates, real times, year 1 to 9999, nothing after it",
        arguments: [
            ("2025-02-01T00:00:00Z", true), ("2025-02-01T00:00:00", true), ("2024-02-29T23:59:59+05:00", true),
            ("2000-02-29T00:00:00Z", true), ("0001-01-01T00:00:00.123Z", true), ("2025-02-01T00:00:00-14:00", true),
            ("2025-02-01T00:00:00Zjunk", false), ("2025-02-30T00:00:00Z", false), ("1900-02-29T00:00:00Z", false),
            ("0000-01-01T00:00:00Z", false), ("2025-00-10T00:00:00Z", false), ("2025-04-31T00:00:00Z", false),
            ("2025-02-01T24:00:00Z", false), ("2025-02-01T10:60:00Z", false), ("2025-02-01T10:00:60Z", false),
            ("2025-02-01 10:00:00Z", false), ("2025-02-01T10:00:00.Z", false), ("2025-02-01T10:00:00+14:30", false),
            ("2025-02-01T10:00:00+0500", false), ("+2025-02-01T10:00:00Z", false), ("２０２５-02-01T00:00:00Z", false), ("", false),
        ])
    func valid(_ text: String, _ isValid: Bool) {
        #expect(RevisionDate.isValid(text) == isValid)
    }
}
