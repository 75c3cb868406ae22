public import QTrackModel

extension DocumentLoading {
    /// A filled-in response and, when given, the blank questionnaire that tells its answers apart; refused
    /// when the two name different cycles: its answers would be judged against questions they do not
    /// answer ("0 questions, answered 0"), and a CI run would pass on the mistake.
    public func response(_ path: String, templatePath: String?) async throws -> (response: Questionnaire, template: Questionnaire?) {
        var template: Questionnaire?
        if let templatePath { template = try await questionnaire(templatePath) }
        let response = try await response(path, template: template)
        if let templatePath, let answered = response.cycle, let asked = template?.cycle, answered != asked {
            throw ResponseMismatch(
                file: path, reason: "is a response to the \(answered) questionnaire, not to \(asked) (\(templatePath))")
        }
        return (response, template)
    }
}
