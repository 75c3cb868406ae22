import Foundation
import QTrackAnalysis
import QTrackTestSupport
import QTrackWorkspace
import Testing

/// Tags proposed from the vocabulary against the ones a person wrote by hand in the repository's five years
/// (`Mappings/recommendations/`): the pillars must agree; subjects and facets agreement is reported.
@Suite struct RecommendationTaggerTests {
    static let location = MappingsLocation(root: TestPaths.mappings.path)

    @Test func proposedPillarsAgreeWithTheHandWrittenOnes() throws {
        let tagger = RecommendationTagger(vocabulary: try Self.location.loadVocabulary())
        let sets = try RecommendationSet.loadAll(Self.location.recommendations)
        var total = 0
        var mainAgrees = 0
        var allAgree = 0
        var subjects = Agreement()
        var facets = Agreement()
        for set in sets {
            for recommendation in set.recommendations {
                let proposal = tagger.propose(for: recommendation.text)
                let written = recommendation.pillars ?? []
                total += 1
                if proposal.pillars.first == written.first { mainAgrees += 1 }
                if Set(proposal.pillars) == Set(written) { allAgree += 1 }
                #expect(proposal.pillars.first == written.first, "\(set.year)/\(recommendation.id): proposed \(proposal.pillars)")
                subjects.add(proposed: proposal.subjects, written: recommendation.subjects ?? [])
                facets.add(proposed: proposal.facets, written: recommendation.facets ?? [])
            }
        }
        print(
            "tags proposed for \(total) hand-tagged recommendations: main pillar \(mainAgrees)/\(total), all pillars \(allAgree)/\(total); "
                + "subjects \(subjects); facets \(facets)")
        #expect(mainAgrees == total)
    }

    @Test func nothingIsProposedThatTheVocabularyDoesNotHold() throws {
        let vocabulary = try Self.location.loadVocabulary()
        let tagger = RecommendationTagger(vocabulary: vocabulary)
        let proposal = tagger.propose(
            for:
                "Increase investigations, prosecutions, and convictions of all trafficking offenses, including allegedly complicit officials, labor recruiters, and sub-agents for labor trafficking."
        )
        let facetIDs = Set(vocabulary.facets.map(\.id))
        let pillarIDs = Set(vocabulary.pillars.map(\.id))
        let subjectTerms = Set(vocabulary.subjects + vocabulary.forms + vocabulary.groups.compactMap(\.terms.first))
        #expect(proposal.pillars == ["prosecution"])
        #expect(
            proposal.facets.contains("investigations") && proposal.facets.contains("prosecutions")
                && proposal.facets.contains("convictions"))
        #expect(proposal.subjects.contains("complicit officials") && proposal.subjects.contains("labor recruiters"), "\(proposal.subjects)")
        #expect(Set(proposal.facets).isSubset(of: facetIDs))
        #expect(Set(proposal.pillars).isSubset(of: pillarIDs))
        #expect(Set(proposal.subjects).isSubset(of: subjectTerms))
    }

    /// How a proposed list agrees with a written one: found (proposed and written), proposed in all, written in all.
    struct Agreement: CustomStringConvertible {
        var found = 0
        var proposed = 0
        var written = 0

        mutating func add(proposed: [String], written: [String]) {
            let writtenSet = Set(written.map { $0.lowercased() })
            self.proposed += proposed.count
            self.written += written.count
            found += proposed.filter { writtenSet.contains($0.lowercased()) }.count
        }

        var description: String {
            let precision = proposed == 0 ? 0 : 100 * Double(found) / Double(proposed)
            let recall = written == 0 ? 0 : 100 * Double(found) / Double(written)
            return
                "\(found) of \(written) written found (\(String(format: "%.0f", recall))%), \(found) of \(proposed) proposed written (\(String(format: "%.0f", precision))%)"
        }
    }
}
