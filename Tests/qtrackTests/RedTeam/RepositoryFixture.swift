import Foundation
import QTrackTestSupport

/// A copy of the project's own repository (Questionnaires/ and Mappings/) in a fresh folder, for tests
/// that break it on purpose: permissions, odd file names, FIFOs.
struct RepositoryFixture {
    let root: URL

    init() throws {
        root = try TestPaths.temporaryFolder()
        try FileManager.default.copyItem(at: TestPaths.questionnaires, to: root.appendingPathComponent("Questionnaires"))
        try FileManager.default.copyItem(at: TestPaths.mappings, to: root.appendingPathComponent("Mappings"))
    }

    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    /// Writes `data` under a name given as raw bytes (which may not be UTF-8), relative to `folder`.
    func write(_ data: Data, named name: [UInt8], in folder: String) throws {
        let path = Array(url(folder).path.utf8) + [UInt8(ascii: "/")] + name + [0]
        let descriptor = path.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_EXCL, 0o644) }
        }
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { close(descriptor) }
        _ = data.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
    }

    /// The sample response's text, a file to copy under other names.
    var sampleResponse: Data {
        get throws { try Data(contentsOf: url("Questionnaires/2020-2021/response-sample.txt")) }
    }

    func remove() {
        // Folders made unreadable by a test are opened again so that they can be removed.
        chmodTree(root.path)
        try? FileManager.default.removeItem(at: root)
    }

    private func chmodTree(_ path: String) {
        chmod(path, 0o755)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        for name in names {
            let child = (path as NSString).appendingPathComponent(name)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: child, isDirectory: &isFolder), isFolder.boolValue { chmodTree(child) }
        }
    }
}
