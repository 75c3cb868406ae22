import Foundation
import QTrackTestSupport
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `qtrack review` as a user starts it: the address on the first line at once, the page served there,
/// decisions saved under the mappings folder given, and usage errors before any server starts.
@Suite("qtrack review")
struct ReviewCommandTests {
    #if !ReviewServer
        @Test("built without the ReviewServer trait: one line says how to get the server, exit 2, nothing written")
        func withoutTheServer() throws {
            let mappings = try TestPaths.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: mappings) }
            let run = try CommandRunner.run(["review", "--cycle", "2025", "--mappings", mappings.path])
            #expect(run.status == 2)
            #expect(run.stdout.isEmpty)
            #expect(run.stderr.hasPrefix("qtrack: error: review: this qtrack was built without the review server"))
            #expect(run.stderr.contains("swift run --traits ReviewServer qtrack review"))
            #expect(run.stderr.split(separator: "\n").count == 1)
            #expect(try FileManager.default.contentsOfDirectory(atPath: mappings.path).isEmpty)
        }
    #else
        @Test("--cycle 2025: the first line names the address; the page is there; Ctrl-C stops it")
        func startsAndStops() async throws {
            let mappings = try TestPaths.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: mappings) }
            let process = Process()
            process.executableURL = CommandRunner.executable
            process.arguments = ["review", "--cycle", "2025", "--port", "0", "--mappings", mappings.path]
            process.currentDirectoryURL = TestPaths.packageRoot
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            defer { if process.isRunning { process.terminate() } }
            var line = Data()
            while !line.contains(UInt8(ascii: "\n")) {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                line.append(chunk)
            }
            let first = String(decoding: line, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
            #expect(first.hasPrefix("Reviewing at http://127.0.0.1:"))
            let address = try #require(URL(string: String(first.dropFirst("Reviewing at ".count))))
            let (data, response) = try await HTTP.send(URLRequest(url: address))
            #expect(response.statusCode == 200)
            #expect(String(decoding: data, as: UTF8.self).contains("Which 2020-2021 question is which 2025 question?"))
            kill(process.processIdentifier, SIGINT)
            process.waitUntilExit()
            #expect(!process.isRunning)
            #expect(try FileManager.default.contentsOfDirectory(atPath: mappings.path).isEmpty, "nothing written without a decision")
        }

    #endif

    @Test("usage: two versions or --cycle, a port in range; an unknown cycle is one error line, exit 2")
    func usage() throws {
        #expect(try CommandRunner.run(["review"]).status == 64)
        #expect(try CommandRunner.run(["review", "--cycle", "2025", "--port", "70000"]).status == 64)
        let unknown = try CommandRunner.run(["review", "--cycle", "2031"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("qtrack: error: Questionnaires: has no cycle '2031'"))
        let first = try CommandRunner.run(["review", "--cycle", "2020-2021"])
        #expect(first.stderr.contains("has no cycle before '2020-2021'"))
    }
}
