import Foundation
import QTrackTestSupport
import Testing

/// The HTML reports, opened in a real browser (headless Chromium) when one is installed.
@Suite("HTML reports", .serialized)
struct HTMLReportTests {
    static let screenshots: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("qtrack-screenshots")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }()

    private func write(_ arguments: [String], to name: String, in folder: URL) throws -> URL {
        let file = folder.appendingPathComponent(name)
        let result = try CommandRunner.run(arguments + ["--format", "html", "--output", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        return file
    }

    @Test("self-contained: nothing is fetched, and the content is there without JavaScript")
    func selfContained() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (arguments, name) in [
            (["diff", "Questionnaires/2020-2021/questionnaire.txt", "Questionnaires/2025/questionnaire.txt"], "diff.html"),
            (["coverage", "Questionnaires/2020-2021/questionnaire.txt"], "coverage.html"),
            (["status", "Questionnaires/2020-2021/response-sample.txt"], "status.html"),
            (["check"], "check.html"),
        ] {
            let html = try String(contentsOf: try write(arguments, to: name, in: folder), encoding: .utf8)
            #expect(html.hasPrefix("<!DOCTYPE html>"))
            #expect(!html.contains("src=\"http") && !html.contains("href=\"http") && !html.contains("@import"), "\(name) fetches something")
            #expect(html.contains("@media print"))
        }
        let diff = try String(contentsOf: folder.appendingPathComponent("diff.html"), encoding: .utf8)
        #expect(diff.contains("<ins>Could victims</ins>"))
        #expect(diff.contains("<span class=\"from\">from other-questions/4</span>"))
        let status = try String(contentsOf: folder.appendingPathComponent("status.html"), encoding: .utf8)
        #expect(status.contains("a) FIA Academy and IOM.<br>b) IOM.<br>c) Yes, IOM and UNODC."), "an answer's lines stay lines")
    }

    @Test("the diff in a browser: every change rendered, and a filter changes what is shown", .requiresChromium)
    func diffInBrowser() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try write(
            ["diff", "Questionnaires/2020-2021/questionnaire.txt", "Questionnaires/2025/questionnaire.txt"], to: "diff.html", in: folder)
        let all = try #require(try Chromium.dumpDOM(file))
        #expect(all.contains("<output id=\"shown\" aria-live=\"polite\">191 of 191 shown</output>"))
        #expect(all.components(separatedBy: "<tr id=\"d-").count - 1 == 191)
        #expect(!all.contains("hidden=\"\""))

        var components = URLComponents(url: file, resolvingAgainstBaseURL: false)!
        components.query = "kind=added"
        let filtered = try #require(try Chromium.dumpDOM(components.url!))
        #expect(filtered.contains("55 of 191 shown"))
        #expect(filtered.components(separatedBy: "class=\"item added\"").count - 1 == 55)
        #expect(filtered.components(separatedBy: "hidden=\"\"").count - 1 == 136)

        components.query = "kind=reworded&q=restitution"
        #expect(try #require(try Chromium.dumpDOM(components.url!)).contains("1 of 191 shown"))

        let png = Self.screenshots.appendingPathComponent("diff-2020-2021-2025.png")
        #expect(try Chromium.screenshot(file, to: png))
        print("screenshot: \(png.path)")
    }

    @Test("the coverage of the 2009 recommendations in a browser: the matrix marks each one's sections", .requiresChromium)
    func coverageInBrowser() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try write(["coverage", "Questionnaires/2020-2021/questionnaire.txt"], to: "coverage.html", in: folder)
        let dom = try #require(try Chromium.dumpDOM(file))
        for id in ["2009/labor-law-enforcement", "2009/fraudulent-recruiting", "2009/complicity", "2009/victim-services"] {
            #expect(dom.contains("<th scope=\"row\">\(id)<br><small>"))
        }
        #expect(dom.contains("<th scope=\"col\">HUMAN TRAFFICKING-RELATED COMPLICITY AND CORRUPTION</th>"))
        #expect(dom.contains("class=\"strong\""))
        let png = Self.screenshots.appendingPathComponent("coverage-2020-2021.png")
        #expect(try Chromium.screenshot(file, to: png))
        print("screenshot: \(png.path)")
    }
}
