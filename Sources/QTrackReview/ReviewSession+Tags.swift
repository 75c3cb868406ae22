import Foundation
import QTrackAnalysis
import QTrackWorkspace

/// Imported recommendations' tags: a person confirms a proposed list, removes a tag or adds one from the
/// vocabulary. Each decision edits that one list of that one recommendation in its file, as text.
extension ReviewSession {
    /// `GET /api/vocabulary`.
    public func tagVocabulary() -> TagVocabulary {
        var subjects: [String] = []
        for term in vocabulary.subjects + vocabulary.forms where !subjects.contains(term) { subjects.append(term) }
        return TagVocabulary(
            schemaVersion: 1, subjects: subjects, facets: vocabulary.facets.map(\.id), pillars: vocabulary.pillars.map(\.id))
    }

    /// `POST /api/tags`.
    public func decideTags(_ request: TagRequest) throws -> Reply {
        _ = try currentQueue()
        if request.verdict == .undo {
            guard let last = tagsUndoStack.popLast() else { throw ReviewError("no tag decision to undo") }
            try RecommendationSet.restoreTags(last.before, path: last.file)
            try reloadRecommendations(last.file)
            return try tagReply(request, card: "r:" + "\(year(of: last.file))/\(last.before.recommendation)")
        }
        guard let ref = request.recommendation else { throw ReviewError("\(request.verdict.rawValue) takes a recommendation") }
        guard let field = request.field, Recommendation.tagFields.contains(field) else {
            throw ReviewError("\(request.verdict.rawValue) takes a field: subjects, facets or pillars")
        }
        guard let set = recommendations.first(where: { set in set.recommendations.contains { "\(set.year)/\($0.id)" == ref } }),
            !set.file.isEmpty
        else {
            throw ReviewError("no recommendation '\(ref)' applies to \(new.cycleLabel)")
        }
        let id = String(ref.dropFirst("\(set.year)/".count))
        let tag = request.tag?.trimmingCharacters(in: .whitespaces)
        let verdict = request.verdict
        if verdict == .add {
            guard let tag, !tag.isEmpty else { throw ReviewError("add takes a tag") }
            let allowed = tagVocabulary()
            let known = field == "subjects" ? allowed.subjects : field == "facets" ? allowed.facets : allowed.pillars
            guard known.contains(tag) else { throw ReviewError("'\(tag)' is not one of the \(field) of Mappings/vocabulary.yaml") }
        }
        let before = try RecommendationSet.editTags(path: set.file, recommendation: id, field: field) { tags throws(ReviewError) in
            switch verdict {
            case .confirm, .undo: return tags
            case .remove:
                guard let tag, tags.contains(tag) else { throw ReviewError("'\(tag ?? "")' is not among the \(field) of \(ref)") }
                return tags.filter { $0 != tag }
            case .add:
                guard let tag, !tags.contains(tag) else { throw ReviewError("'\(tag ?? "")' is already among the \(field) of \(ref)") }
                return tags + [tag]
            }
        }
        tagsUndoStack.append((set.file, before))
        try reloadRecommendations(set.file)
        return try tagReply(request, card: "r:" + ref)
    }

    private func year(of file: String) -> Int {
        recommendations.first { $0.file == file }?.year ?? 0
    }

    /// Reads the set of `file` again, so that coverage and the cards show its tags as the file has them now.
    private func reloadRecommendations(_ file: String) throws {
        guard let index = recommendations.firstIndex(where: { $0.file == file }) else { return }
        recommendations[index] = try RecommendationSet.load(path: file)
    }

    private func tagReply(_ request: TagRequest, card: String) throws -> Reply {
        guard request.reply == "queue" else { return .coverage(try coverageJSON()) }
        return .queue(QueueReply(schemaVersion: 1, done: .init(card: card, verdict: request.verdict.rawValue), queue: try queue()))
    }
}
