import Testing
@testable import ClaimdeskSuggest

/// Wording that is no one's speech, which the rules used to propose (sentences written after the kinds of wrong suggestions
/// found in political news), each beside a sentence of the same shape that must still be proposed.
@Suite struct WrongSuggestionTests {
    private func texts(_ string: String) -> [String] { Suggester().suggest(in: string).map(\.text) }

    @Test func statesAndMaintainsReportSpeechOnlyWithThat() {
        #expect(texts("The two states hold their primaries on March 1, a week after the debate in Houston.").isEmpty,
                "`states` is a noun here")
        #expect(texts("Senator Clinton maintains a wide lead over Sanders among older voters in the South.").isEmpty,
                "keeping a lead is no speech")
        #expect(texts("Since then, the governor has maintained a punishing schedule of town halls across the state.").isEmpty)
        #expect(texts("The memo states that the agency never reviewed the contracts it signed in 2014.")
                == ["the agency never reviewed the contracts it signed in 2014"])
        #expect(texts("The governor has long maintained that the pipeline poses no risk to the river.")
                == ["the pipeline poses no risk to the river"])
    }
}
