import Testing
@testable import ClaimdeskSuggest

/// A `he` or `she` in a clause the sentence's subject governs is that subject (`PronounSubject`; sentences of our own, in
/// the shapes of news copy).
@Suite struct PronounSubjectTests {
    @Test func aPronounInsideTheSentenceIsItsSubject() {
        let text = "Lito Ramos, a lawmaker in Cebu, said the remarks were ugly. At a fair in Bangor, Maine, on Friday evening, "
            + "Okafor put the Philippines on his list of nations he said had sent smugglers to the United States."
        #expect(RuleRunner.run(NameCueClauseRule(), text).map(\.mention) == ["Lito Ramos", "Okafor"])
        #expect(Suggester.speakers(in: text) == ["Lito Ramos", "Okafor"], "not the person named last")
        let proposed = "Lindqvist met voters in Harlem. In New York, after talks with tenant union leaders, Moreno unveiled new rules that would scrap what she said were unfair late-fee practices."
        #expect(RuleRunner.run(NameCueClauseRule(), proposed).map(\.mention) == ["Moreno"])
    }

    @Test func aPronounAfterAnotherPersonOrOpeningItsSentenceStays() {
        #expect(RuleRunner.run(NameCueClauseRule(), "Ferris asked the auditor whether Moreno committed fraud when she said that she had no offshore accounts.")
                .map(\.mention).contains("Ferris") == false, "`she` is Moreno, named between")
        #expect(RuleRunner.run(NameCueClauseRule(), "Okafor met Brandt in Ohio. He said he was impressed by the governor's budget.").map(\.mention) == ["He"],
                "a pronoun that opens its sentence")
        #expect(RuleRunner.run(NameCueClauseRule(), "Lindqvist's campaign manager, Joel Brandt, appeared on KXLR and sketched how he thinks the team could still win the county.")
                .map(\.mention).contains("Lindqvist's") == false, "an owner is no subject")
    }
}
