public import QTrackModel

extension RecommendationLinks {
    /// The links with each linked question's current fingerprint recorded, after a reviewer has looked at
    /// them, and how many changed; a link whose question is gone stays as it is (broken).
    public func acceptingFingerprints(of questionnaire: Questionnaire) -> (links: RecommendationLinks, accepted: Int) {
        var updated = self
        var accepted = 0
        for index in updated.links.indices {
            guard let question = questionnaire.question(id: updated.links[index].question) else { continue }
            if updated.links[index].fingerprint != question.fingerprint {
                updated.links[index].fingerprint = question.fingerprint
                accepted += 1
            }
        }
        return (updated, accepted)
    }
}
