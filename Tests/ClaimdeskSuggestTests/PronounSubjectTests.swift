import Testing
@testable import ClaimdeskSuggest

/// A `he` or `she` in a clause the sentence's subject governs is that subject (`PronounSubject`; sentences paraphrased from
/// the PolNeAR train split).
@Suite struct PronounSubjectTests {
    @Test func aPronounInsideTheSentenceIsItsSubject() {
        let text = "Joey Salceda, a lawmaker in Manila, said the remarks were ugly. At a rally in Portland, Maine, on Thursday afternoon, "
            + "Trump included the Philippines on a list of countries he said had sent terrorists to the United States."
        #expect(RuleRunner.run(NameCueClauseRule(), text).map(\.mention) == ["Joey Salceda", "Trump"])
        #expect(Suggester.speakers(in: text) == ["Joey Salceda", "Trump"], "not the person named last")
        let proposed = "Sanders met voters in Harlem. In New York, after meeting with civil rights leaders, Clinton proposed new rules that would end what she said were punitive school discipline policies."
        #expect(RuleRunner.run(NameCueClauseRule(), proposed).map(\.mention) == ["Clinton"])
    }

    @Test func aPronounAfterAnotherPersonOrOpeningItsSentenceStays() {
        #expect(RuleRunner.run(NameCueClauseRule(), "Chaffetz asked the prosecutor whether Clinton committed perjury when she said that she had no classified emails.")
                .map(\.mention).contains("Chaffetz") == false, "`she` is Clinton, named between")
        #expect(RuleRunner.run(NameCueClauseRule(), "Trump met Pence in Indiana. He said he was impressed by the governor's record.").map(\.mention) == ["He"],
                "a pronoun that opens its sentence")
        #expect(RuleRunner.run(NameCueClauseRule(), "Sanders's campaign manager, Jeff Weaver, appeared on MSNBC and outlined how he thinks the campaign could still close the gap.")
                .map(\.mention).contains("Sanders's") == false, "an owner is no subject")
    }
}
