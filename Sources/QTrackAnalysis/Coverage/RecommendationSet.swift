import Foundation
import QTrackBase
import Yams

/// One TIP Report's recommendations, as kept in `Mappings/recommendations/<year>.yaml`.
public struct RecommendationSet: Sendable, Hashable, Codable {
    public var report: String
    public var year: Int
    /// Where the texts were found: a document and its paragraphs, or an address.
    public var source: String
    /// False when the list found was cut off; `missing` then says what is not recorded.
    public var complete: Bool
    public var missing: String?
    public var recommendations: [Recommendation]
    /// The file the set was read from (not stored in the YAML).
    public var file: String = ""

    enum CodingKeys: String, CodingKey {
        case report, year, source, complete, missing, recommendations
    }

    public init(
        report: String, year: Int, source: String, complete: Bool, missing: String? = nil, recommendations: [Recommendation],
        file: String = ""
    ) {
        self.report = report
        self.year = year
        self.source = source
        self.complete = complete
        self.missing = missing
        self.recommendations = recommendations
        self.file = file
    }

    /// Reads and checks one set: ids unique, texts present.
    public static func load(path: String) throws(MappingError) -> RecommendationSet {
        var set: RecommendationSet
        do {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            set = try YAMLDecoder().decode(RecommendationSet.self, from: text)
        } catch let error as CocoaError where error.code == .fileReadInapplicableStringEncoding || error.code == .fileReadCorruptFile {
            throw MappingError(file: path, reason: "cannot be read as UTF-8 text")
        } catch let error as CocoaError where error.code == .fileReadNoSuchFile {
            throw MappingError(file: path, reason: "no such file")
        } catch {
            throw MappingError(file: path, reason: MappingError.describe(error))
        }
        set.file = path
        var seen: Set<String> = []
        for recommendation in set.recommendations {
            if recommendation.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw MappingError(file: path, reason: "recommendation '\(recommendation.id)' has no text")
            }
            if !seen.insert(recommendation.id).inserted {
                throw MappingError(file: path, reason: "recommendation id '\(recommendation.id)' appears twice")
            }
        }
        return set
    }

    /// Every `*.yaml` in a folder (or the one file named), ordered by report year.
    public static func loadAll(_ path: String) throws(MappingError) -> [RecommendationSet] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw MappingError(file: path, reason: "no such file or folder")
        }
        guard isDirectory.boolValue else { return [try load(path: path)] }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter {
            $0.hasSuffix(".yaml") || $0.hasSuffix(".yml")
        }.sorted()
        var sets: [RecommendationSet] = []
        for name in names { sets.append(try load(path: (path as NSString).appendingPathComponent(name))) }
        return sets.sorted { ($0.year, $0.file) < ($1.year, $1.file) }
    }
}

/// One recommendation of a TIP Report.
public struct Recommendation: Sendable, Hashable, Codable {
    /// Unique within its set; `<year>/<id>` across sets ("2009/complicity").
    public var id: String
    public var title: String
    public var text: String
    /// Where in the set's source this recommendation stands ("¶16").
    public var source: String?
    /// Extra words a reviewer added to help find the questions that ask about it.
    public var themes: [String]?

    public init(id: String, title: String, text: String, source: String? = nil, themes: [String]? = nil) {
        self.id = id
        self.title = title
        self.text = text
        self.source = source
        self.themes = themes
    }
}
