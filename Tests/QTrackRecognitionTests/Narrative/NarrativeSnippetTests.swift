import QTrackDocuments
import QTrackRecognition
import Testing

/// Small narratives written for one behaviour each (the real ones are in `NarrativeKeyTests`).
@Suite struct NarrativeSnippetTests {
    func read(_ text: String, country: String = "Pakistan", year: Int? = 2015) throws -> NarrativeRecommendations {
        let document = try PlainTextReader().read(bytes: Array(text.utf8), file: "report.txt")
        return try NarrativeRecognizer().recognize(document, country: country, year: year)
    }

    func failure(_ text: String, country: String = "Pakistan", year: Int? = 2015) -> String? {
        do {
            _ = try read(text, country: country, year: year)
            return nil
        } catch {
            return (error as? NarrativeError)?.reason ?? "\(error)"
        }
    }

    static let report = """
        TRAFFICKING IN PERSONS REPORT JUNE 2014

        NEPAL: Tier 2
        The Government of Nepal does not fully comply with the minimum standards for the elimination of trafficking.
        Recommendations for Nepal: Amend the law (as drafted; with its regulation) to criminalize all forms of trafficking; work with U.S. and other partners on victim care; and accede to the 2000 UN TIP Protocol.
        Prosecution
        The government maintained law enforcement efforts.

        PAKISTAN: Tier 2
        The Government of Pakistan does not fully comply with the minimum standards for the elimination of trafficking.
        Recommendations for Pakistan: Increase prosecutions; and train officials.
        Prosecution
        The government decreased law enforcement efforts.
        """

    @Test func aWholeReportIsReadAtTheCountrysNarrative() throws {
        let nepal = try read(Self.report, country: "Nepal", year: nil)
        #expect(nepal.year == 2014)
        #expect(nepal.era == .paragraph)
        #expect(
            nepal.items.map(\.text) == [
                "Amend the law (as drafted; with its regulation) to criminalize all forms of trafficking",
                "work with U.S. and other partners on victim care",
                "accede to the 2000 UN TIP Protocol",
            ])
        #expect(nepal.complete)
        let pakistan = try read(Self.report, country: "pakistan", year: nil)
        #expect(pakistan.items.map(\.text) == ["Increase prosecutions", "train officials"])
        #expect(pakistan.country == "PAKISTAN")
    }

    @Test func aCountryNotThereIsAnErrorListingThoseFound() {
        #expect(failure(Self.report, country: "India") == "no narrative for India; the countries found are NEPAL, PAKISTAN")
    }

    @Test func softHyphensNoBreakSpacesAndLineBreakHyphenationAreMended() throws {
        let text = """
            RECOMMENDATIONS FOR PAKISTAN:
            Vigorously investi\u{00AD}gate and prose-
            cute suspected traffick-
            ing offenders;\u{00A0}improve anti-
            trafficking data.
            PROSECUTION
            """
        let found = try read(text)
        #expect(
            found.items.map(\.text) == [
                "Vigorously investigate and prosecute suspected trafficking offenders", "improve anti-trafficking data",
            ])
    }

    @Test func aListWhoseHeadingWasDroppedSitsBetweenTheSummaryAndTheFirstSection() throws {
        let text = """
            PAKISTAN: Tier 2

            The Government of Pakistan does not fully meet the minimum standards for the elimination of trafficking but is making significant efforts to do so.

            Increase prosecutions and convictions of bonded labor offenders.

            Develop standard operating procedures for victim identification.

            The government increased law enforcement efforts.
            """
        let found = try read(text, year: 2023)
        #expect(
            found.items.map(\.text) == [
                "Increase prosecutions and convictions of bonded labor offenders.",
                "Develop standard operating procedures for victim identification.",
            ])
        #expect(found.era == .prioritized)
        #expect(found.complete)
    }

    @Test func bulletsRunTogetherAreParted() throws {
        let text = """
            PRIORITIZED RECOMMENDATIONS:
            Ensure victims are not penalized in practice.Develop procedures for victim identification. • Train judges on the law.
            PROSECUTION
            """
        let found = try read(text)
        #expect(
            found.items.map(\.text) == [
                "Ensure victims are not penalized in practice.", "Develop procedures for victim identification.",
                "Train judges on the law.",
            ])
    }

    @Test func aListCutOffInMidSentenceKeepsWhatIsComplete() throws {
        let text = """
            PRIORITIZED RECOMMENDATIONS:
            • Increase prosecutions of forced labor.
            • Instruct labor departments to refer all s
            """
        let found = try read(text)
        #expect(found.items.map(\.text) == ["Increase prosecutions of forced labor."])
        #expect(!found.complete)
        #expect(found.cutOff?.place == 2)
        #expect(found.cutOff?.text == "Instruct labor departments to refer all s")
    }

    @Test func aLastItemWithoutAFullStopBeforeTheNextSectionIsKept() throws {
        let text = """
            PRIORITIZED RECOMMENDATIONS:
            • Increase prosecutions of forced labor
            PROSECUTION
            The government maintained efforts.
            """
        let found = try read(text)
        #expect(found.items.map(\.text) == ["Increase prosecutions of forced labor"])
        #expect(found.complete)
    }

    @Test func theYearGivenWinsOverTheDocumentsWithAWarning() throws {
        let found = try read(Self.report, country: "Nepal", year: 2015)
        #expect(found.year == 2015)
        #expect(found.diagnostics.map(\.message) == ["the document says 2014; reading it as the 2015 report, as --year says"])
    }

    @Test func noRecommendationsSectionNoYearAndAnotherCountrysRecommendationsAreErrors() {
        #expect(
            failure("PAKISTAN: Tier 2\nThe government maintained efforts.\n")?.hasPrefix(
                "the Pakistan narrative has no recommendations section")
                == true)
        #expect(
            failure("RECOMMENDATIONS FOR PAKISTAN: Increase prosecutions.\n", year: nil)
                == "the document does not say which year's report it is; give it with --year")
        #expect(failure("RECOMMENDATIONS FOR NEPAL: Increase prosecutions.\n") == "its recommendations are for NEPAL, not Pakistan")
    }

    @Test func titlesAndIdsComeFromTheLeadingVerbPhrase() throws {
        let text = """
            PRIORITIZED RECOMMENDATIONS:
            • At both the federal and provincial levels, increase prosecutions and convictions of both sex trafficking and forced labor.
            • Increase prosecutions and convictions of both sex trafficking and forced labor.
            PROSECUTION
            """
        let found = try read(text)
        #expect(
            found.items.map(\.title) == [
                "Increase prosecutions and convictions of both sex trafficking",
                "Increase prosecutions and convictions of both sex trafficking",
            ])
        #expect(
            found.items.map(\.id) == [
                "increase-prosecutions-convictions-both-sex-trafficking", "increase-prosecutions-convictions-both-sex-trafficking-2",
            ])
    }

    @Test func aTableOfContentsBeforeTheNarrativeAndAPDFsRunningHeadsAreSkipped() throws {
        let text = """
            2016 Trafficking in Persons Report: Pakistan
            PAKISTAN: Tier 2
            Prioritized Recommendations
            Prosecution
            The Government of Pakistan does not fully meet the minimum standards for the elimination of trafficking.
            PRIORITIZED RECOMMENDATIONS:
            • Finalize the implementing rules for the 2018 Act
            PAKISTAN
            412
            (PTPA).
            • Train judges.
            PROSECUTION
            """
        let found = try read(text, year: nil)
        #expect(found.items.map(\.text) == ["Finalize the implementing rules for the 2018 Act (PTPA).", "Train judges."])
        #expect(found.year == 2016)
    }
}
