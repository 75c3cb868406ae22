public import QTrackModel

extension DocumentLoading {
    /// A filled-in response and, when given, the blank questionnaire that tells its answers apart.
    public func response(_ path: String, templatePath: String?) async throws -> (response: Questionnaire, template: Questionnaire?) {
        var template: Questionnaire?
        if let templatePath { template = try await questionnaire(templatePath) }
        return (try await response(path, template: template), template)
    }
}
