import Foundation
import QTrackTestSupport
import Testing

/// `qtrack route` and `qtrack consolidate` run as a user would: the routing table's formats against golden
/// files, and a round trip through packets filled the way agencies fill them (python-docx; one re-saved by
/// LibreOffice).
@Suite("qtrack route and consolidate", .serialized)
struct RouteCommandTests {
    static let formats = ["txt": "text", "md": "markdown", "json": "json", "csv": "csv", "html": "html"]

    @Test("the routing table of 2025 in every format", arguments: ["txt", "md", "json", "csv", "html"])
    func table(_ fileExtension: String) throws {
        let result = try CommandRunner.run(["route", "--cycle", "2025", "--format", Self.formats[fileExtension]!])
        #expect(result.status == 0, "\(result.stderr)")
        if let mismatch = try Snapshot.mismatch(result.stdout, name: "route/2025.\(fileExtension)") { Issue.record("\(mismatch)") }
    }

    @Test("questions no agency receives are check findings, each with its question, and --fail-on unrouted fails the run")
    func unroutedFindings() throws {
        var unrouted = 0
        for cycle in ["2020-2021", "2025"] {
            let table = try CommandRunner.run(["route", "--cycle", cycle, "--format", "json"])
            #expect(table.status == 0, "\(table.stderr)")
            unrouted += table.stdout.components(separatedBy: "\"origin\" : \"unrouted\"").count - 1
        }
        #expect(unrouted > 0, "the repository's 2025 has questions no route reaches")
        let check = try CommandRunner.run(["check", "--format", "json", "--fail-on", "unrouted"])
        #expect(check.status == 1, "\(check.stderr)")
        #expect(check.stderr.contains("unrouted \(unrouted)"), "\(check.stderr)")
        #expect(check.stdout.components(separatedBy: "\"kind\" : \"unrouted\"").count - 1 == unrouted, "one finding per unrouted question")
        let sarif = try CommandRunner.run(["check", "--format", "sarif"])
        #expect(sarif.stdout.contains("\"ruleId\" : \"unrouted\""), "SARIF names the rule")
        #expect(sarif.stdout.contains("goes to no agency"))
    }

    /// Python with python-docx, which agencies' scripts stand in for here.
    static let pythonDocx: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import docx"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    /// Types over every answer slot but the second, adds a paragraph and a table under the first, and writes a
    /// note on the cover page: what agencies do to a packet.
    static let fillScript = """
        import sys, copy, docx
        from docx.text.paragraph import Paragraph
        src, dst, agency = sys.argv[1], sys.argv[2], sys.argv[3]
        d = docx.Document(src)
        paras = list(d.paragraphs)
        slots, number = [], None
        for p in paras:
            if p.style.name == "Question":
                number = p.text.split(" ", 1)[0].rstrip(".")
            elif p.style.name == "Answer" and number is not None:
                slots.append((number, p)); number = None
        for i, (number, p) in enumerate(slots):
            if i == 1:
                continue
            text = f"{agency} answer to question {number}."
            for r in p.runs[1:]:
                r._element.getparent().remove(r._element)
            if p.runs: p.runs[0].text = text
            else: p.add_run(text)
            if i == 0:
                extra = copy.deepcopy(p._element); p._element.addnext(extra)
                Paragraph(extra, p._parent).runs[0].text = f"{agency} adds a second paragraph."
                t = d.add_table(rows=2, cols=2)
                for (r, c, v) in [(0, 0, "Year"), (0, 1, "Cases"), (1, 0, "2024"), (1, 1, "12")]: t.cell(r, c).text = v
                extra.addnext(t._tbl)
        paras[1].insert_paragraph_before(f"{agency} note written on the cover page.")
        d.save(dst)
        """

    static func python(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "python3 \(arguments)")
    }

    /// LibreOffice's own save of a .docx, as an agency re-saving the packet in LibreOffice does.
    static func resave(_ file: URL, into folder: URL) throws -> URL {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: LibreOffice.executable!)
        process.arguments = [
            "--headless", "-env:UserInstallation=file://\(folder.path)/profile", "--convert-to", "docx", "--outdir",
            folder.appendingPathComponent("lo").path, file.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return folder.appendingPathComponent("lo").appendingPathComponent(file.lastPathComponent)
    }

    struct Report: Decodable {
        struct Given: Decodable {
            var agency: String
            var text: String
        }
        struct Answer: Decodable {
            struct Question: Decodable { var id: String }
            var question: Question
            var conflict: Bool
            var given: [Given]
        }
        struct Agency: Decodable {
            var id: String
            var answered: Int
        }
        struct Unplaced: Decodable {
            var agency: String
            var text: String
        }
        var agencies: [Agency]
        var answers: [Answer]
        var gaps: [Answer.Question]
        var unplaced: [Unplaced]
    }

    @Test(
        "packets filled by script and one re-saved by LibreOffice consolidate with every answer under its question and agency",
        .requiresLibreOffice, .enabled(if: pythonDocx, "python-docx is not installed; .ci/run installs it with pip"))
    func roundTrip() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let packets = folder.appendingPathComponent("packets")
        let made = try CommandRunner.run([
            "route", "--cycle", "2025", "--packets", packets.path, "--due", "2025-04-30", "--response",
            "Questionnaires/2020-2021/response-sample.txt", "--format", "json",
        ])
        #expect(made.status == 0, "\(made.stderr)")
        let script = folder.appendingPathComponent("fill.py")
        try Data(Self.fillScript.utf8).write(to: script)
        // Filled and renamed as agencies return them; MoHR's re-saved by LibreOffice.
        let returned = [("fia", "FIA", "FIA answers.docx"), ("mofa", "MoFA", "mofa-final.docx"), ("mohr", "MoHR", "from MoHR.docx")]
        var files: [URL] = []
        for (id, name, fileName) in returned {
            let target = folder.appendingPathComponent(fileName)
            try Self.python([script.path, packets.appendingPathComponent("2025-\(id).docx").path, target.path, name])
            files.append(id == "mohr" ? try Self.resave(target, into: folder) : target)
        }
        #expect(FileManager.default.fileExists(atPath: files[2].path), "LibreOffice re-saved the MoHR packet")
        let output = folder.appendingPathComponent("response.docx")
        let run = try CommandRunner.run(["consolidate", "--cycle", "2025"] + files.map(\.path) + ["-o", output.path, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let report = try JSONDecoder().decode(Report.self, from: Data(run.stdout.utf8))
        #expect(Set(report.agencies.map(\.id)) == ["fia", "mofa", "mohr"], "the re-saved packet is recognised as MoHR's")
        // Every answer written lands under its question with its agency.
        var landed = 0
        for answer in report.answers {
            for given in answer.given {
                let name = ["fia": "FIA", "mofa": "MoFA", "mohr": "MoHR"][given.agency] ?? "?"
                // LibreOffice drops the marks on carried answers, so last year's answer left in MoHR's re-saved
                // packet reads as its answer: kept, under its question, with its agency.
                #expect(
                    given.text.hasPrefix("\(name) answer to question \(answer.question.id).") || given.agency == "mohr", "\(given.text)")
                landed += 1
            }
        }
        #expect(landed == report.agencies.map(\.answered).reduce(0, +))
        #expect(
            report.answers.contains { $0.given.contains { $0.text.contains("adds a second paragraph") && $0.text.contains("2024 | 12") } })
        #expect(report.answers.contains { $0.conflict }, "two agencies answered one question differently")
        #expect(!report.gaps.isEmpty)
        #expect(Set(report.unplaced.map(\.agency)) == ["fia", "mofa", "mohr"], "each cover-page note is kept")
        // The consolidated file reads back as a response with as many answered questions.
        let status = try CommandRunner.run([
            "status", output.path, "--template", "Questionnaires/2025/questionnaire.txt", "--format", "json",
        ])
        #expect(status.status == 0, "\(status.stderr)")
        let items = try OutputJSON.decode(StatusJSON.self, from: status.stdout).items
        #expect(items.filter { $0.state == "answered" }.count == report.answers.count)
    }

    @Test("bad input: another cycle's packet, a file that is no packet, two packets of one agency saved at once")
    func badInput() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let packets = folder.appendingPathComponent("packets")
        #expect(try CommandRunner.run(["route", "--cycle", "2025", "--packets", packets.path]).status == 0)
        let mofa = packets.appendingPathComponent("2025-mofa.docx")
        let copy = folder.appendingPathComponent("mofa again.docx")
        try FileManager.default.copyItem(at: mofa, to: copy)
        let same = Date(timeIntervalSince1970: 1_743_465_600)
        for file in [mofa, copy] { try FileManager.default.setAttributes([.modificationDate: same], ofItemAtPath: file.path) }
        let output = folder.appendingPathComponent("response.docx")
        let cases: [([String], String, String)] = [
            (["--cycle", "2020-2021", mofa.path], mofa.path, "is a packet of cycle 2025, not 2020-2021"),
            (["--cycle", "2025", "Questionnaires/2025/questionnaire.txt"], "Questionnaires/2025/questionnaire.txt", "is not a packet"),
            (["--cycle", "2025", mofa.path, copy.path], copy.path, "saved at the same time"),
        ]
        for (arguments, file, reason) in cases {
            let result = try CommandRunner.run(["consolidate"] + arguments + ["-o", output.path])
            #expect(result.status == 2)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.hasPrefix("qtrack: error: \(file): ") && result.stderr.contains(reason), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
            #expect(!FileManager.default.fileExists(atPath: output.path), "nothing written")
        }
        // A newer packet of one agency replaces only that agency's answers, and the report says so.
        try FileManager.default.setAttributes([.modificationDate: same.addingTimeInterval(60)], ofItemAtPath: copy.path)
        let newer = try CommandRunner.run(["consolidate", "--cycle", "2025", mofa.path, copy.path, "-o", output.path])
        #expect(newer.status == 0, "\(newer.stderr)")
        #expect(newer.stdout.contains("mofa again.docx is newer and replaces"))
    }
}
