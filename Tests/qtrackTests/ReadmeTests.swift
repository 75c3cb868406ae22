import Foundation
import QTrackTestSupport
import Testing

/// The sample outputs in README and in `docs/` are excerpts of golden files, which the golden-file tests hold to
/// what qtrack prints: a sample that no longer matches fails here, so the documentation cannot go stale again.
@Suite("README")
struct ReadmeTests {
    /// A code block under `<!-- output: SNAPSHOT -->`: its lines, the `$ command` line and `…` lines left out.
    struct Sample: CustomTestStringConvertible {
        var page: String
        var snapshot: String
        var lines: [String]
        var testDescription: String { "\(page): \(snapshot)" }
    }

    /// README.md and every page under docs/.
    static let pages: [String] = {
        let docs = (try? FileManager.default.contentsOfDirectory(atPath: TestPaths.packageRoot.appendingPathComponent("docs").path)) ?? []
        return ["README.md"] + docs.filter { $0.hasSuffix(".md") }.sorted().map { "docs/\($0)" }
    }()

    static func samples() throws -> [Sample] {
        try pages.flatMap { try samples(in: $0) }
    }

    static func samples(in page: String) throws -> [Sample] {
        let readme = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent(page), encoding: .utf8)
        var samples: [Sample] = []
        var lines = readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[...]
        while let line = lines.popFirst() {
            guard line.hasPrefix("<!-- output: "), line.hasSuffix(" -->"), lines.popFirst() == "```" else { continue }
            let snapshot = String(line.dropFirst("<!-- output: ".count).dropLast(" -->".count))
            let block = Array(lines.prefix { $0 != "```" })
            lines = lines.dropFirst(block.count)
            samples.append(Sample(page: page, snapshot: snapshot, lines: block.filter { !$0.hasPrefix("$ ") && $0 != "…" }))
        }
        return samples
    }

    @Test("README shows samples of what the commands print, and the tour more")
    func hasSamples() throws {
        #expect(try Self.samples(in: "README.md").count >= 2)
        #expect(try Self.samples().count >= 5)
    }

    @Test("each sample's lines are in its golden file, in order", arguments: try samples())
    func sampleIsCurrent(_ sample: Sample) throws {
        let golden = try String(contentsOf: Snapshot.folder.appendingPathComponent(sample.snapshot), encoding: .utf8)
        var remaining = golden.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[...]
        for line in sample.lines {
            guard let found = remaining.firstIndex(of: line) else {
                Issue.record(
                    "\(sample.page)'s sample of \(sample.snapshot) shows a line the command no longer prints, or out of order: \(line)")
                return
            }
            remaining = remaining[(found + 1)...]
        }
    }
}
