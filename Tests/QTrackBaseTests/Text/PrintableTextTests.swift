import QTrackBase
import Testing

@Suite("Printable text")
struct PrintableTextTests {
    @Test(
        "line breaks, control characters and bidirectional overrides are shown as escapes; other text is kept",
        arguments: [
            ("a\nb", "a\\nb"), ("a\rb", "a\\rb"), ("\u{1B}[31mred", "\\u{1B}[31mred"), ("bell\u{07}", "bell\\u{07}"),
            ("c1\u{9B}", "c1\\u{9B}"), ("del\u{7F}", "del\\u{7F}"), ("trojan\u{202E}txt", "trojan\\u{202E}txt"),
            ("line\u{2028}sep", "line\\u{2028}sep"), ("tab\tkept", "tab\tkept"),
            ("é, ü, “quotes” — Urdu اردو", "é, ü, “quotes” — Urdu اردو"),
        ])
    func escaped(_ text: String, _ shown: String) {
        #expect(PrintableText.escaped(text) == shown)
        #expect(PrintableText.escaped(shown) == shown, "escaping twice changes nothing more")
    }

    @Test(
        "no line can start a GitHub Actions workflow command",
        arguments: [
            ("::error file=x::forged", "\\u{3A}:error file=x::forged"), ("   ::warning::x", "   \\u{3A}:warning::x"),
            ("\t::set-output name=a::b", "\t\\u{3A}:set-output name=a::b"), ("text ##[error]old", "text #\\u{23}[error]old"),
            ("##[a] and ##[b]", "#\\u{23}[a] and #\\u{23}[b]"), ("a :: b", "a :: b"), ("plain", "plain"),
        ])
    func inertLine(_ line: String, _ shown: String) {
        #expect(PrintableText.inertLine(line) == shown)
    }
}
