import Foundation
import QTrackTestSupport
import Testing

/// Never lose a file: no command writes over anything it reads, devices stay devices, a write error is a
/// message and exit status 2, and a reader that goes away ends the run quietly.
@Suite("Output safety")
struct OutputSafetyTests {
    static let old = "Questionnaires/2020-2021/questionnaire.txt"
    static let new = "Questionnaires/2025/questionnaire.txt"
    static let response = "Questionnaires/2020-2021/response-sample.txt"

    static let attempts: [[String]] = [
        ["check", "-o", "Mappings/register.yaml"],
        ["questions", "-o", "Mappings/register.yaml"],
        ["history", "L0001", "-o", response],
        ["diff", old, new, "-o", "Mappings/decisions/2020-2021--2025.yaml"],
        ["coverage", new, "-o", "Mappings/recommendations/2009.yaml"],
        ["coverage", old, "-o", "Mappings/links/2020-2021.yaml"],
        ["prepare", "--previous", response, "--questionnaire", new, "-o", "Mappings/README.md"],
    ]

    @Test("every file a command reads, Mappings included, is refused as its output and left as it was", arguments: attempts)
    func inputsAreNotOutputs(_ arguments: [String]) throws {
        let target = arguments[arguments.count - 1]
        let before = try Data(contentsOf: TestPaths.packageRoot.appendingPathComponent(target))
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 2)
        #expect(
            result.stderr == "qtrack: error: \(target): is also an input; choose another --output file so the input is not overwritten\n")
        #expect(try Data(contentsOf: TestPaths.packageRoot.appendingPathComponent(target)) == before)
    }

    @Test("-o /dev/null writes to the device and leaves it a device")
    func device() throws {
        let result = try CommandRunner.run(["parse", Self.new, "-o", "/dev/null"])
        #expect(result.status == 0)
        let attributes = try FileManager.default.attributesOfItem(atPath: "/dev/null")
        #expect(attributes[.type] as? FileAttributeType == .typeCharacterSpecial)
    }

    @Test(
        "a full device: one line naming standard output, exit status 2", .enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func fullDevice() throws {
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["parse", Self.new]
        process.currentDirectoryURL = TestPaths.packageRoot
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(message == "qtrack: error: standard output: cannot be written (No space left on device)\n")
    }

    @Test("a reader that stops reading (| head) ends the run quietly")
    func closedPipe() throws {
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["diff", Self.old, Self.new, "--explain"]
        process.currentDirectoryURL = TestPaths.packageRoot
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try output.fileHandleForReading.close()
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(message.isEmpty)
    }

    @Test("a replaced output keeps its permissions; a missing folder is named")
    func modeAndFolder() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("outline.txt")
        try Data("old".utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)
        #expect(try CommandRunner.run(["parse", Self.new, "-o", file.path]).status == 0)
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int == 0o640)
        let missing = folder.appendingPathComponent("no/such/x.txt").path
        let result = try CommandRunner.run(["parse", Self.new, "-o", missing])
        #expect(result.status == 2)
        #expect(result.stderr == "qtrack: error: \(missing): cannot be written: the folder \(folder.path)/no/such does not exist\n")
    }
}
