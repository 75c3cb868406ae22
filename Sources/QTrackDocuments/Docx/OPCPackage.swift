import Foundation
import QTrackBase
import ZIPFoundation

/// A .docx as an Open Packaging Conventions package: a ZIP whose parts are found through relationships.
/// Reads each part by counting the bytes as they inflate (the sizes a ZIP declares can lie) and checks its CRC.
struct OPCPackage {
    struct Relationship: Sendable, Hashable {
        var id: String
        var type: String
        /// The target as a part name without a leading slash ("word/styles.xml"), or nil for an external target.
        var partName: String?
    }

    private let entries: [String: Entry]
    /// The package's bytes, and where each entry's data lies in them.
    private let bytes: [UInt8]
    private let locations: [String: ZipDirectory.Location]
    private let limits: ReadLimits
    let file: String

    /// Opens the package whose bytes are `data`, kept in the file at `url`. ZIPFoundation lists the entries
    /// from the file: its in-memory archive traps on some corrupt central directories instead of throwing.
    init(data: Data, url: URL, file: String, limits: ReadLimits) throws(DocumentReadError) {
        self.file = file
        self.limits = limits
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw DocumentReadError(
                file: file, reason: "not a valid .docx: the ZIP container is damaged or truncated (\(Self.describe(error)))")
        }
        var entries: [String: Entry] = [:]
        for entry in archive {
            let name = Self.normalizedPartName(entry.path)
            if entries[name] != nil {
                throw DocumentReadError(file: file, reason: "not a valid .docx: the ZIP holds two parts named '\(name)'")
            }
            entries[name] = entry
        }
        if entries.isEmpty {
            throw DocumentReadError(file: file, reason: "not a valid .docx: the ZIP container is empty")
        }
        self.entries = entries
        bytes = [UInt8](data)
        locations = ZipDirectory.locations(in: bytes)
    }

    func hasPart(_ name: String) -> Bool { entries[Self.normalizedPartName(name)] != nil }

    /// The bytes of a part, or nil when the package has no such part. ZIPFoundation lists and checks the
    /// entries; the data is read from the entry's own bytes (see `PartInflater` for why), counting the bytes
    /// as they inflate (the sizes a ZIP declares can lie), and its CRC is checked.
    func part(_ name: String) throws(DocumentReadError) -> [UInt8]? {
        guard let entry = entries[Self.normalizedPartName(name)], entry.type == .file else { return nil }
        guard let location = locations[entry.path], let start = ZipDirectory.dataStart(of: location, in: bytes),
            start + location.compressedSize <= bytes.count
        else {
            throw DocumentReadError(file: file, reason: "part '\(name)' is truncated or its ZIP header is damaged")
        }
        let data = bytes[start..<(start + location.compressedSize)]
        let compressed = max(location.compressedSize, 1)
        let limits = self.limits
        let file = self.file
        var contents: [UInt8]
        switch location.method {
        case 0:
            contents = Array(data)
        case 8:
            do {
                contents = try PartInflater.inflate(data) { count in
                    if count > limits.maxPartBytes { throw PartInflater.Failure.tooLarge(count) }
                    if count > limits.ratioFloorBytes, count / compressed > limits.maxCompressionRatio {
                        throw DocumentReadError(
                            file: file,
                            reason:
                                "part '\(name)' inflates more than \(limits.maxCompressionRatio) times its compressed size (a zip bomb?)")
                    }
                }
            } catch let error as DocumentReadError {
                throw error
            } catch PartInflater.Failure.tooLarge {
                throw DocumentReadError(
                    file: file,
                    reason: "part '\(name)' inflates past \(limits.maxPartBytes) bytes (a zip bomb?); --max-part-size raises the limit")
            } catch {
                throw DocumentReadError(file: file, reason: "part '\(name)' is corrupt (its compressed data does not inflate)")
            }
        default:
            throw DocumentReadError(
                file: file, reason: "part '\(name)' uses ZIP compression method \(location.method), which Word never writes")
        }
        if PartInflater.crc32(contents) != location.crc {
            throw DocumentReadError(file: file, reason: "part '\(name)' is corrupt (its CRC does not match)")
        }
        return contents
    }

    /// The XML tree of a part, or nil when the package has no such part.
    func xmlPart(_ name: String) throws(DocumentReadError) -> XMLTree.Element? {
        guard let bytes = try part(name) else { return nil }
        do {
            return try XMLParsing.parse(bytes)
        } catch {
            throw DocumentReadError(
                file: file,
                reason: "part '\(name)' " + (error.passedLimit ? "passes a reading limit: " : "is not well-formed: ") + error.reason)
        }
    }

    /// The relationships of a part (`nil` for the package itself), read from its `_rels/*.rels` part.
    func relationships(of source: String?) throws(DocumentReadError) -> [Relationship] {
        let directory = source.map { ($0 as NSString).deletingLastPathComponent } ?? ""
        let relsName =
            source.map { "\(directory.isEmpty ? "" : directory + "/")_rels/\(($0 as NSString).lastPathComponent).rels" } ?? "_rels/.rels"
        guard let root = try xmlPart(relsName) else { return [] }
        return root.elements.filter { $0.name == "Relationship" }.compactMap { element in
            guard let id = element[attribute: "Id"], let type = element[attribute: "Type"], let target = element[attribute: "Target"] else {
                return nil
            }
            if element[attribute: "TargetMode"] == "External" {
                return Relationship(id: id, type: type, partName: nil)
            }
            return Relationship(id: id, type: type, partName: Self.resolve(target, against: directory))
        }
    }

    /// The content type of a part from `[Content_Types].xml` (overrides first, then defaults by extension).
    func contentType(of partName: String) throws(DocumentReadError) -> String? {
        guard let root = try xmlPart("[Content_Types].xml") else { return nil }
        let name = Self.normalizedPartName(partName)
        for element in root.elements where element.name == "Override" {
            if let override = element[attribute: "PartName"], Self.normalizedPartName(override).lowercased() == name.lowercased() {
                return element[attribute: "ContentType"]
            }
        }
        let fileExtension = (name as NSString).pathExtension.lowercased()
        for element in root.elements where element.name == "Default" {
            if element[attribute: "Extension"]?.lowercased() == fileExtension {
                return element[attribute: "ContentType"]
            }
        }
        return nil
    }

    static func normalizedPartName(_ name: String) -> String {
        var trimmed = Substring(name)
        while trimmed.hasPrefix("/") { trimmed = trimmed.dropFirst() }
        return String(trimmed).replacingOccurrences(of: "\\", with: "/")
    }

    /// Resolves a relationship target against the source part's folder, folding `.` and `..`.
    static func resolve(_ target: String, against directory: String) -> String {
        let decoded = target.removingPercentEncoding ?? target
        let joined = decoded.hasPrefix("/") ? decoded : (directory.isEmpty ? decoded : directory + "/" + decoded)
        var parts: [Substring] = []
        for component in joined.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(component)
            }
        }
        return parts.joined(separator: "/")
    }

    private static func describe(_ error: any Error) -> String {
        if let archiveError = error as? Archive.ArchiveError {
            switch archiveError {
            case .unreadableArchive, .missingEndOfCentralDirectoryRecord: return "no central directory"
            case .invalidCRC32: return "checksum mismatch"
            case .invalidCompressionMethod: return "unsupported compression method"
            default: return "\(archiveError)"
            }
        }
        return "\(error)"
    }
}
