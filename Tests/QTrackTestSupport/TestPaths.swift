public import Foundation

/// Where tests find the project's own data and the shared material beside the checkout.
public enum TestPaths {
    /// The package root, found from this file's path.
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    public static var questionnaires: URL { packageRoot.appendingPathComponent("Questionnaires") }
    public static var mappings: URL { packageRoot.appendingPathComponent("Mappings") }

    /// `../shared` beside the checkout, or nil when it is absent (tests that need it are skipped).
    public static var shared: URL? {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    public static var corpus: URL? {
        shared.map { $0.appendingPathComponent("corpus") }.flatMap { FileManager.default.fileExists(atPath: $0.path) ? $0 : nil }
    }

    public static func questionnaire(_ cycle: String, _ name: String = "questionnaire.txt") -> String {
        questionnaires.appendingPathComponent(cycle).appendingPathComponent(name).path
    }

    /// A fresh empty folder under the system's temporary directory.
    public static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("qtrack-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

extension TestPaths {
    /// The real TIP Report narratives and their reviewer's key (`Tests/Fixtures/Narratives/`).
    public static var narratives: URL { packageRoot.appendingPathComponent("Tests/Fixtures/Narratives") }
}
