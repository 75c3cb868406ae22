public import Foundation

/// Runs the built `qtrack` executable as a user would, capturing its exit status and output.
public struct CommandRunner {
    public struct Result {
        public var status: Int32
        public var stdout: String
        public var stderr: String

        public init(status: Int32, stdout: String, stderr: String) {
            self.status = status
            self.stdout = stdout
            self.stderr = stderr
        }
    }

    /// The `qtrack` binary beside the test bundle (SwiftPM builds it because the tests depend on it).
    public static var executable: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("qtrack")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return TestPaths.packageRoot.appendingPathComponent(".build/debug/qtrack")
    }

    /// Where `runAsOtherUser` can take a user who does not own the files: `setpriv` when the tests run as
    /// root (root reads a mode-000 folder anyway), nothing when they do not; nil when neither works.
    public static var otherUserPrefix: [String]? {
        guard geteuid() == 0 else { return [] }
        let setpriv = "/usr/bin/setpriv"
        guard FileManager.default.isExecutableFile(atPath: setpriv) else { return nil }
        return [setpriv, "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
    }

    /// Runs `qtrack` as a user other than root (`nobody`), for what only permissions show.
    public static func runAsOtherUser(_ arguments: [String], in folder: URL) throws -> Result {
        let prefix = otherUserPrefix ?? []
        guard let tool = prefix.first else { return try run(arguments, in: folder) }
        return try run(
            arguments, in: folder, tool: URL(fileURLWithPath: tool), toolArguments: Array(prefix.dropFirst()) + [executable.path])
    }

    public static func run(
        _ arguments: [String], environment: [String: String] = [:], in folder: URL? = nil, tool: URL? = nil, toolArguments: [String] = []
    ) throws -> Result {
        let process = Process()
        process.executableURL = tool ?? executable
        process.arguments = toolArguments + arguments
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
