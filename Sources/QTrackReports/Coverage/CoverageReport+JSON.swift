import QTrackAnalysis
import QTrackModel

extension CoverageReport {
    public func json() -> String {
        JSONOutput.render(CoverageJSON(self))
    }
}

/// `qtrack coverage --format json`.
struct CoverageJSON: Encodable, Sendable {
    struct Questionnaire: Encodable, Sendable {
        var path: String
        @Nullable var cycle: String?
    }

    struct Covering: Encodable, Sendable {
        var id: String
        @Nullable var section: String?
        @Nullable var number: String?
        @Rounded var score: Double
        var origin: String
        var suspect: Bool
        var broken: Bool
        var reason: String
        @Nullable var answer: String?
    }

    struct Previous: Encodable, Sendable {
        var status: String
        var trend: String
        var lostQuestions: [String]
    }

    struct Recommendation: Encodable, Sendable {
        var id: String
        var qualifiedId: String
        var set: Int
        var title: String
        var text: String
        var status: String
        var questions: [Covering]
        var previous: Previous?
    }

    var schemaVersion = JSONOutput.schemaVersion
    var questionnaire: Questionnaire
    var summary: [String: Int]
    var recommendations: [Recommendation]
    var questionsWithoutRecommendation: [ModelJSON.Reference]
    var diagnostics: [ModelJSON.Diagnostic]

    init(_ report: CoverageReport) {
        let coverage = report.coverage
        questionnaire = Questionnaire(path: coverage.questionnaire.file, cycle: coverage.questionnaire.cycle?.description)
        var summary = Dictionary(uniqueKeysWithValues: Coverage.Status.allCases.map { ($0.rawValue, coverage.count($0)) })
        summary["suspect"] = coverage.suspectLinks
        summary["broken"] = coverage.brokenLinks
        self.summary = summary
        recommendations = coverage.items.map { item in
            let change = report.comparison?.change(for: item.qualifiedID)
            return Recommendation(
                id: item.recommendation.id, qualifiedId: item.qualifiedID, set: item.set.year, title: item.recommendation.title,
                text: item.recommendation.text, status: item.status.rawValue,
                questions: item.questions.map { question in
                    Covering(
                        id: question.id, section: question.question?.section, number: question.question?.number, score: question.score,
                        origin: question.origin.rawValue, suspect: question.suspect, broken: question.broken, reason: question.reason,
                        answer: report.answers[question.id]?.rawValue)
                },
                previous: change.map {
                    Previous(status: $0.previousStatus.rawValue, trend: $0.trend.rawValue, lostQuestions: $0.lostQuestions)
                })
        }
        questionsWithoutRecommendation = coverage.questionsWithoutRecommendation.map { ModelJSON.Reference($0) }
        diagnostics = coverage.diagnostics.map(ModelJSON.Diagnostic.init)
    }
}
