import Foundation
import QTrackTestSupport
import Testing

/// README's sample outputs are excerpts of golden files, which the golden-file tests hold to what the
/// commands print: a sample that no longer matches fails here, so README cannot go stale again.
@Suite("README")
struct ReadmeTests {
    /// A code block under `<!-- output: SNAPSHOT -->`: its lines, the `$ command` line and `…` lines left out.
    struct Sample: CustomTestStringConvertible {
        var snapshot: String
        var lines: [String]
        var testDescription: String { snapshot }
    }

    static func samples() throws -> [Sample] {
        let readme = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        var samples: [Sample] = []
        var lines = readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[...]
        while let line = lines.popFirst() {
            guard line.hasPrefix("<!-- output: "), line.hasSuffix(" -->"), lines.popFirst() == "```" else { continue }
            let snapshot = String(line.dropFirst("<!-- output: ".count).dropLast(" -->".count))
            let block = Array(lines.prefix { $0 != "```" })
            lines = lines.dropFirst(block.count)
            samples.append(Sample(snapshot: snapshot, lines: block.filter { !$0.hasPrefix("$ ") && $0 != "…" }))
        }
        return samples
    }

    @Test("README shows samples of what the commands print")
    func hasSamples() throws {
        #expect(try Self.samples().count >= 5)
    }

    @Test("each sample's lines are in its golden file, in order", arguments: try samples())
    func sampleIsCurrent(_ sample: Sample) throws {
        let golden = try String(contentsOf: Snapshot.folder.appendingPathComponent(sample.snapshot), encoding: .utf8)
        var remaining = golden.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[...]
        for line in sample.lines {
            guard let found = remaining.firstIndex(of: line) else {
                Issue.record("README's sample of \(sample.snapshot) shows a line the command no longer prints, or out of order: \(line)")
                return
            }
            remaining = remaining[(found + 1)...]
        }
    }
}
