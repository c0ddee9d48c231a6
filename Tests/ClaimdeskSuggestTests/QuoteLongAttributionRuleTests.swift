import Testing
@testable import ClaimdeskSuggest

/// `quote-long-attribution`: a quotation that opens its sentence, then an attribution the shorter patterns do not read
/// (sentences written here in the shapes of news copy).
@Suite struct QuoteLongAttributionRuleTests {
    typealias Found = RuleRunner.Found

    @Test func theSpeakerBeforeTheCueAfterALongRole() {
        let text = "“Eventually, tempers are gonna cool on the bridge plan,” Oregon Rep. Dana Ortiz’s chief of staff, Sam Keller, told the Tribune before the vote."
        #expect(RuleRunner.run(QuoteLongAttributionRule(), text)
                == [Found(claim: "Eventually, tempers are gonna cool on the bridge plan,", mention: "Sam Keller", cue: "told")])
        #expect(Suggester.speakers(in: text) == ["Sam Keller"], "the cue starts no reported speech (`before the vote`)")
    }

    @Test func theSpeakerRightAfterTheQuotationWhenNoneStandsBeforeTheCue() {
        let text = "“Moreno needs a plan for reaching first-time voters,” Lena Holt, the polling expert who founded votecounts.org tweeted on Wednesday."
        #expect(RuleRunner.run(QuoteLongAttributionRule(), text).map(\.mention) == ["Lena Holt"])
        #expect(Suggester.speakers(in: text) == ["Lena Holt"])
    }

    @Test func aQuotationThatContinuesAfterTheAttributionKeepsItsSpeaker() {
        let text = """
        Mayor Ellen Park said the city would review its contracts.

        “They have to choose between paying rent and buying groceries,” Push for $18 organizing director Tessa Lund told Channel 4 in Duluth. “They care about two things: earning $18 an hour and a safe shift.”
        """
        let suggestions = Suggester().suggest(in: text)
        #expect(suggestions.map { $0.speaker?.name } == ["Ellen Park", "Tessa Lund"])
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
