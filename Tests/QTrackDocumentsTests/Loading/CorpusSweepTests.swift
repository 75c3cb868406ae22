import Foundation
import QTrackDocuments
import QTrackTestSupport
import Testing

/// Reads every real .docx in `../shared/corpus`: none may crash or hang, every refusal must say why,
/// and the paragraphs of pandoc's test files must agree with what pandoc's reader produces.
@Suite("Corpus sweep", .serialized)
struct CorpusSweepTests {
    static let corpusFiles: [URL] = {
        guard let corpus = TestPaths.corpus else { return [] }
        let enumerator = FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil)
        return (enumerator?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "docx" }.sorted { $0.path < $1.path }
    }()

    /// Files the corpus marks malformed, by the reason it gives (FEATURES.tsv, column `malformed`).
    static let malformed: [String: String] = {
        guard let corpus = TestPaths.corpus,
            let table = try? String(contentsOf: corpus.appendingPathComponent("FEATURES.tsv"), encoding: .utf8)
        else { return [:] }
        let rows = table.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        guard let header = rows.first, let column = header.firstIndex(of: "malformed"), let fileColumn = header.firstIndex(of: "local_file")
        else {
            return [:]
        }
        var result: [String: String] = [:]
        for row in rows.dropFirst() where row.count > column && !row[column].isEmpty {
            result[row[fileColumn]] = row[column]
        }
        return result
    }()

    @Test("every corpus file is read or refused with a one-line reason, each within seconds", .requiresCorpus)
    func sweep() throws {
        #expect(Self.corpusFiles.count > 350)
        var read = 0
        var refused: [String: String] = [:]
        var slowest = 0.0
        for url in Self.corpusFiles {
            let started = Date()
            do {
                _ = try DocumentLoader().load(path: url.path)
                read += 1
            } catch {
                #expect(!error.reason.isEmpty && !error.reason.contains("\n"))
                refused[Self.localName(url)] = error.reason
            }
            slowest = max(slowest, Date().timeIntervalSince(started))
        }
        // A broken file must be refused, except where the damage lies in a part qtrack never reads
        // (a theme whose CRC is wrong does not change the questions).
        let unreadPartDamage: Set<String> = ["zip-crc-or-read-error"]
        for (file, reason) in Self.malformed where !unreadPartDamage.contains(reason) {
            #expect(refused[file] != nil, "\(file) is malformed (\(reason)) but was read")
        }
        for file in refused.keys {
            #expect(Self.malformed[file] != nil, "\(file) is a sound file but was refused: \(refused[file] ?? "")")
        }
        #expect(slowest < 10)
        print(
            "corpus sweep: \(Self.corpusFiles.count) files, \(read) read, \(refused.count) refused with a reason, slowest \(String(format: "%.2f", slowest)) s"
        )
    }

    @Test("pandoc's test documents: paragraph text agrees with pandoc's reader on at least 95% of paragraphs", .requiresCorpus)
    func pandocParagraphs() throws {
        let corpus = try #require(TestPaths.corpus)
        let folder = corpus.appendingPathComponent("pandoc")
        let expectations = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".paragraphs.txt") }
            .sorted()
        var expectedTotal = 0
        var agreed = 0
        var worst: [(String, Int, Int)] = []
        for name in expectations {
            let parts = name.components(separatedBy: ".")
            let mode = parts[parts.count - 3]
            guard mode == "default" || mode == "accept" || mode == "reject" else { continue }
            let docx = folder.appendingPathComponent(parts.dropLast(3).joined(separator: ".") + ".docx")
            let expected = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                .split(separator: "\n").map { Self.collapse(String($0)) }.filter { !$0.isEmpty }
            let loader = DocumentLoader(trackedChanges: mode == "reject" ? .reject : .accept)
            guard let document = try? loader.load(path: docx.path) else { continue }
            var remaining: [String: Int] = [:]
            for paragraph in Self.paragraphTexts(document.blocks) { remaining[paragraph, default: 0] += 1 }
            var matched = 0
            for line in expected where (remaining[line] ?? 0) > 0 {
                remaining[line]! -= 1
                matched += 1
            }
            expectedTotal += expected.count
            agreed += matched
            if matched < expected.count { worst.append((name, matched, expected.count)) }
        }
        let share = Double(agreed) / Double(max(expectedTotal, 1))
        print("pandoc agreement: \(agreed) of \(expectedTotal) paragraphs (\(String(format: "%.1f", share * 100))%)")
        for (name, matched, total) in worst.sorted(by: { $0.2 - $0.1 > $1.2 - $1.1 }).prefix(8) {
            print("  \(name): \(matched)/\(total)")
        }
        #expect(expectedTotal > 500)
        #expect(share >= 0.95)
    }

    private static func localName(_ url: URL) -> String {
        "\(url.deletingLastPathComponent().lastPathComponent)/\(url.lastPathComponent)"
    }

    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Paragraph texts in reading order, table cells included, as pandoc lists them.
    static func paragraphTexts(_ blocks: [Block]) -> [String] {
        blocks.flatMap { block -> [String] in
            switch block {
            case .paragraph(let paragraph): [collapse(paragraph.text)]
            case .table(let table): table.rows.joined().flatMap { paragraphTexts($0.blocks) }
            }
        }
    }
}
