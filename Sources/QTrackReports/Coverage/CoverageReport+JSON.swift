public import QTrackAnalysis
import QTrackModel

extension CoverageReport {
    public func json() -> JSONValue {
        [
            "schemaVersion": .int(ModelJSON.schemaVersion),
            "questionnaire": ["path": .string(coverage.questionnaire.file), "cycle": .optional(coverage.questionnaire.cycle?.description)],
            "summary": .object(
                Dictionary(uniqueKeysWithValues: Coverage.Status.allCases.map { ($0.rawValue, JSONValue.int(coverage.count($0))) })
                    .merging(["suspect": .int(coverage.suspectLinks), "broken": .int(coverage.brokenLinks)]) { first, _ in first }),
            "recommendations": .array(
                coverage.items.map { item in
                    var object: [String: JSONValue] = [
                        "id": .string(item.recommendation.id),
                        "qualifiedId": .string(item.qualifiedID),
                        "set": .int(item.set.year),
                        "title": .string(item.recommendation.title),
                        "text": .string(item.recommendation.text),
                        "status": .string(item.status.rawValue),
                        "questions": .array(
                            item.questions.map { question in
                                [
                                    "id": .string(question.id),
                                    "section": .optional(question.question?.section),
                                    "number": .optional(question.question?.number),
                                    "score": .double(question.score),
                                    "origin": .string(question.origin.rawValue),
                                    "suspect": .bool(question.suspect),
                                    "broken": .bool(question.broken),
                                    "reason": .string(question.reason),
                                    "answer": answers[question.id].map { .string($0.rawValue) } ?? .null,
                                ]
                            }),
                    ]
                    if let change = comparison?.change(for: item.qualifiedID) {
                        object["previous"] = [
                            "status": .string(change.previousStatus.rawValue),
                            "trend": .string(change.trend.rawValue),
                            "lostQuestions": .array(change.lostQuestions.map(JSONValue.string)),
                        ]
                    }
                    return .object(object)
                }),
            "questionsWithoutRecommendation": .array(coverage.questionsWithoutRecommendation.map(ModelJSON.reference)),
            "diagnostics": .array(coverage.diagnostics.map(ModelJSON.diagnostic)),
        ]
    }
}
