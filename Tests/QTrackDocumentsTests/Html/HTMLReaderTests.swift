import QTrackDocuments
import Testing

/// A saved web page read as a person sees it: the page's words, not its scripts, styles or navigation.
@Suite struct HTMLReaderTests {
    func paragraphs(_ html: String) throws -> [(text: String, label: String?, heading: Int?)] {
        let document = try HTMLReader().read(bytes: Array(html.utf8), file: "page.html")
        #expect(document.format == .html)
        return document.blocks.compactMap { block in
            if case .paragraph(let paragraph) = block { (paragraph.text, paragraph.listLabel, paragraph.headingLevel) } else { nil }
        }
    }

    @Test func visibleTextOnlyInReadingOrder() throws {
        let found = try paragraphs(
            """
            <!DOCTYPE html><html><head><title>2023 Trafficking in Persons Report: Denmark</title>
            <style>p { color: red }</style><script>var hidden = "not text";</script></head>
            <body><header><nav><a href="/">Home</a></nav></header>
            <main><h2>DENMARK (Tier 1)</h2>
            <p>The Government of Denmark&nbsp;fully meets the   minimum
            standards&#8217; text &amp; more.</p>
            <p>PRIORITIZED RECOMMENDATIONS:<br>- Screen all&nbsp;individuals.<br>- Increase incentives.</p>
            <ul><li>One <b>bold</b> item.</li><li><p>Nested paragraph.</p></li></ul>
            <div hidden>Never shown.</div><noscript>Enable scripts.</noscript></main>
            <footer>Site footer</footer></body></html>
            """)
        #expect(
            found.map(\.text) == [
                "2023 Trafficking in Persons Report: Denmark", "DENMARK (Tier 1)",
                "The Government of Denmark\u{00A0}fully meets the minimum standards’ text & more.",
                "PRIORITIZED RECOMMENDATIONS:\n- Screen all\u{00A0}individuals.\n- Increase incentives.", "One bold item.",
                "Nested paragraph.",
            ])
        #expect(found.map(\.label) == [nil, nil, nil, nil, "•", "•"])
        #expect(found[1].heading == 2)
    }

    @Test func windows1252BytesReadAsAWordExportedPageMeansThem() throws {
        var bytes = Array("<html><head><meta charset=windows-1252></head><body><p>Nepal".utf8)
        bytes += [0x92, 0x73, 0x20, 0x96, 0x20]
        bytes += Array("bureau</p></body></html>".utf8)
        let document = try HTMLReader().read(bytes: bytes, file: "page.htm")
        guard case .paragraph(let paragraph) = document.blocks.first else {
            Issue.record("no paragraph")
            return
        }
        #expect(paragraph.text == "Nepal’s – bureau")
    }

    @Test func badPagesAreOneLineErrors() {
        #expect(throws: DocumentReadError(file: "page.html", reason: "the page has no text")) {
            try HTMLReader().read(bytes: Array("<html><body><script>x()</script></body></html>".utf8), file: "page.html")
        }
        #expect(throws: DocumentReadError(file: "page.html", reason: "not a web page: it contains NUL bytes")) {
            try HTMLReader().read(bytes: [0x3C, 0x68, 0x00, 0x3E], file: "page.html")
        }
    }

    /// libxml2 stops at its own depth guard (256 levels without HUGE): what it read is kept, or a one-line error.
    @Test func deepNestingIsBoundedNotACrash() {
        let html =
            "<html><body><p>before</p>" + String(repeating: "<div>", count: 20_000) + "deep" + String(repeating: "</div>", count: 20_000)
            + "</body></html>"
        do {
            let document = try HTMLReader().read(bytes: Array(html.utf8), file: "page.html")
            #expect(!document.blocks.isEmpty)
        } catch {
            #expect(error.file == "page.html")
        }
    }
}
