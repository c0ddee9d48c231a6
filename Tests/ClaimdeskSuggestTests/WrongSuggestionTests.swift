import Testing
@testable import ClaimdeskSuggest

/// Wording that is no one's speech, which the rules used to propose (sentences written after the kinds of wrong suggestions
/// found in political news), each beside a sentence of the same shape that must still be proposed.
@Suite struct WrongSuggestionTests {
    private func texts(_ string: String) -> [String] { Suggester().suggest(in: string).map(\.text) }

    @Test func statesAndMaintainsReportSpeechOnlyWithThat() {
        #expect(texts("The two states hold their primaries on March 1, a week after the debate in Houston.").isEmpty,
                "`states` is a noun here")
        #expect(texts("Senator Ortiz maintains a wide lead over Bell among older voters in the north.").isEmpty,
                "keeping a lead is no speech")
        #expect(texts("Since then, the governor has maintained a punishing schedule of town halls across the state.").isEmpty)
        #expect(texts("The memo states that the agency never reviewed the contracts it signed in 2014.")
                == ["the agency never reviewed the contracts it signed in 2014"])
        #expect(texts("The governor has long maintained that the pipeline poses no risk to the river.")
                == ["the pipeline poses no risk to the river"])
    }

    @Test func theAddresseeOfToldOrTheSpeakerAfterSaidIsNoClaim() {
        let rule = NameCueClauseRule()
        #expect(RuleRunner.claims(rule, "The plant will close in May, a company spokesman told The Columbus Dispatch.").isEmpty)
        #expect(RuleRunner.claims(rule, "Voters want a fighter this year, said Maria Lopez, a pollster in Phoenix.").isEmpty)
        #expect(RuleRunner.claims(rule, "But the mayor told the council members who came to the hearing, “We are not going back.”").isEmpty)
        #expect(RuleRunner.claims(rule, "The mayor told reporters the budget would be balanced by June.") == ["the budget would be balanced by June"])
        #expect(RuleRunner.claims(rule, "Ms. Lopez said Arizona will be the closest state in November.")
                == ["Arizona will be the closest state in November"])
        #expect(RuleRunner.claims(rule, "The farmer told the sheriff that if he wants the keys, “come and get them.”") == ["if he wants the keys"])
    }

    @Test func aSectionTitleInCapitalsIsNoSpeaker() {
        let text = """
        Good morning. Mollie Reilly put together this newsletter.

        WHAT’S BREWING.

        A PARK FOR EVERY BLOCK “It’s about giving every child a safe place to play after school.” [Local Post.]
        """
        let found = Suggester().suggest(in: text)
        #expect(found.map(\.text) == ["It’s about giving every child a safe place to play after school."])
        #expect(found.first?.speaker?.name == "Mollie Reilly", "the section title is a heading, not the person named last")
        #expect(Paragraph.split(ScalarText(text)).map(\.isHeading) == [false, true, false])
        #expect(Paragraph.split(ScalarText("NO.\n\nWALLACE: THANK YOU.\n\nThe Senate passed the bill.")).map(\.isHeading) == [false, false, false],
                "a short answer in capitals, a transcript's turn are no section titles")
    }
}
