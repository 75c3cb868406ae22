public import Foundation

/// Runs the built `qtrack` executable as a user would, capturing its exit status and output.
public struct CommandRunner {
    public struct Result {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The `qtrack` binary beside the test bundle (SwiftPM builds it because the tests depend on it).
    public static var executable: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("qtrack")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return TestPaths.packageRoot.appendingPathComponent(".build/debug/qtrack")
    }

    public static func run(_ arguments: [String], environment: [String: String] = [:], in folder: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder ?? TestPaths.packageRoot
        var environmentValues = ProcessInfo.processInfo.environment
        for (key, value) in environment { environmentValues[key] = value }
        process.environment = environmentValues
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Read both pipes before waiting so a large report cannot block the child.
        let stdoutData = output.fileHandleForReading.readDataToEndOfFile()
        let stderrData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: stdoutData, as: UTF8.self),
            stderr: String(decoding: stderrData, as: UTF8.self))
    }
}
