import Testing
@testable import ClaimdeskSuggest

/// `quote-long-attribution`: a quotation that opens its sentence, then an attribution the shorter patterns do not read
/// (sentences paraphrased from the PolNeAR train split).
@Suite struct QuoteLongAttributionRuleTests {
    typealias Found = RuleRunner.Found

    @Test func theSpeakerBeforeTheCueAfterALongRole() {
        let text = "“Eventually, positions are gonna soften on the nominee,” California Rep. Duncan Hunter’s chief of staff, Joe Kasper, told POLITICO before the interview."
        #expect(RuleRunner.run(QuoteLongAttributionRule(), text)
                == [Found(claim: "Eventually, positions are gonna soften on the nominee,", mention: "Joe Kasper", cue: "told")])
        #expect(Suggester.speakers(in: text) == ["Joe Kasper"], "the cue starts no reported speech (`before the interview`)")
    }

    @Test func theSpeakerRightAfterTheQuotationWhenNoneStandsBeforeTheCue() {
        let text = "“Clinton needs a strategy for targeting third-party voters,” Nate Silver, the polling guru who founded fivethirtyeight.com tweeted on Wednesday."
        #expect(RuleRunner.run(QuoteLongAttributionRule(), text).map(\.mention) == ["Nate Silver"])
        #expect(Suggester.speakers(in: text) == ["Nate Silver"])
    }

    @Test func aQuotationThatContinuesAfterTheAttributionKeepsItsSpeaker() {
        let text = """
        Mayor Bill de Blasio said the city would review its contracts.

        “They have to decide whether to feed themselves or their kids,” Fight for $15 organizing director Kendall Fells told Fox News 6 in Milwaukee. “They care about two things: getting $15 an hour and the right to unionize.”
        """
        let suggestions = Suggester().suggest(in: text)
        #expect(suggestions.map { $0.speaker?.name } == ["Bill de Blasio", "Kendall Fells"])
        #expect(suggestions.last?.fragments?.count == 2, "the quotation and its continuation are one claim in two pieces")
    }

    @Test func noAttributionAfterAQuotationThatEndsItsSentenceOrStandsInside() {
        #expect(RuleRunner.run(QuoteLongAttributionRule(), "“We will win.” Supporters of the senator cheered as the results came in.").isEmpty,
                "a full stop ends the quotation's sentence")
        #expect(RuleRunner.run(QuoteLongAttributionRule(), "The senator called the plan “a disaster,” and aides said he would vote no.").isEmpty,
                "a quotation inside the writer's sentence")
        #expect(RuleRunner.run(QuoteLongAttributionRule(), "“Not now,” and then silence fell over the room as the votes were counted.").isEmpty,
                "no cue in the sentence")
    }
}
