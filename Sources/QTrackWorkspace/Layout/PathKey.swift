/// A file path as a dictionary key, by its bytes: Swift's `String` equality is canonical equivalence, so
/// `response-é.txt` in NFC and in NFD, two files on Linux, would be one key and one of them read twice.
public struct PathKey: Hashable, Sendable {
    public let bytes: [UInt8]

    public init(_ path: String) {
        bytes = Array(path.utf8)
    }
}
