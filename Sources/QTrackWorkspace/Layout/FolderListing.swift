import Foundation

/// A folder's entries as the file system holds them: names are bytes on Linux, so they are read with
/// `readdir`, compared and sorted as bytes (two names that differ only in Unicode normalisation, NFC and
/// NFD, are two files), and a folder that cannot be read is an error naming it, never an empty folder.
/// Foundation's `contentsOfDirectory` is not used: it turns a name that is not UTF-8 into U+FFFD, a file
/// that then does not exist, and `try?` over it made an unreadable folder look empty.
public struct FolderListing: Sendable {
    /// The entries whose names are UTF-8, in byte order (not `.` and `..`).
    public var names: [String]
    /// The entries whose names are not UTF-8, each shown with its other bytes as `\xFF`: qtrack cannot
    /// name such a file to the rest of the system, so it reports it instead of reading it.
    public var undecodableNames: [String]

    /// Lists `folder`; throws when it cannot be opened or read.
    public init(of folder: String) throws(MappingError) {
        guard let stream = opendir(folder) else { throw FileProbe.problem(folder, errno: errno) }
        defer { closedir(stream) }
        var names: [String] = []
        var undecodable: [String] = []
        while true {
            errno = 0
            guard let entry = readdir(stream) else {
                if errno != 0 { throw FileProbe.problem(folder, errno: errno) }
                break
            }
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if bytes == [0x2E] || bytes == [0x2E, 0x2E] { continue }
            if let name = String(validating: bytes, as: UTF8.self) {
                names.append(name)
            } else {
                undecodable.append(Self.shown(bytes))
            }
            // A bound on what one folder may hold, as on every number read from a file.
            if names.count + undecodable.count > Self.maxEntries {
                throw MappingError(file: folder, reason: "holds more than \(Self.maxEntries) entries")
            }
        }
        self.names = names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        self.undecodableNames = undecodable.sorted()
    }

    public static let maxEntries = 100_000

    /// The name's ASCII as it is and every other byte as `\xHH`.
    static func shown(_ bytes: [UInt8]) -> String {
        bytes.map { $0 < 0x80 ? String(UnicodeScalar($0)) : "\\x" + String($0, radix: 16, uppercase: true) }.joined()
    }
}
