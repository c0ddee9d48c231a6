import Testing
@testable import ClaimdeskSuggest

/// Quoted words inside the writer's clause, where news copy is looser than the first rules (invented sentences in the shape of
/// political news): marks that do not match, several partial quotes in one clause, a clause that ends after a quotation.
@Suite struct QuotedRecallTests {
    @Test func aClauseHoldsAQuotationWhoseMarksDoNotMatch() {
        let rule = NameCueClauseRule()
        #expect(RuleRunner.claims(rule, "Shaw said that Clinton has “clearly differentiated herself from Obama\" on the fuel standard.")
                == ["Clinton has “clearly differentiated herself from Obama\" on the fuel standard"])
        #expect(RuleRunner.claims(rule, "Shaw said that Clinton has “clearly differentiated herself from Obama” on the fuel standard.")
                == ["Clinton has “clearly differentiated herself from Obama” on the fuel standard"], "matching marks as before")
    }

    @Test func aStraightQuotationOpeningTheClauseIsReadWhole() {
        let rule = NameCueClauseRule()
        #expect(RuleRunner.claims(rule, "Brandt testified in one of the cases that \"none of the instructors at the weekend seminars\" were chosen by Moreno.")
                == ["\"none of the instructors at the weekend seminars\" were chosen by Moreno"], "`at the weekend seminars` is no place of saying")
        #expect(RuleRunner.claims(rule, "Varga insisted on the radio that \"there's no copying of her plan. These were common ideas.\"")
                == ["\"there's no copying of her plan. These were common ideas.\""], "the quotation's inner full stop")
    }

    @Test func aPartialQuoteEndingTheWritersClauseMayFollowOtherPhrasesInQuotes() {
        let rule = QuoteNameCueRule()
        #expect(RuleRunner.claims(rule, "Cars are “the ultimate urban noise problem” and “harm children’s sleep,” Lund said.")
                == ["Cars are “the ultimate urban noise problem” and “harm children’s sleep,”"])
        #expect(RuleRunner.claims(rule, "Members are asked to list picks, and the budget panel is less likely to be “flooded with lobbyists,” Dahl said.")
                == ["the budget panel is less likely to be “flooded with lobbyists,”"], "a cue before the last clause is another clause's")
        #expect(RuleRunner.claims(rule, "The union’s “We will not back down” banner was “ready for a strike,” she said.") == ["ready for a strike,"],
                "a quoted sentence before it is speech of its own")
        #expect(RuleRunner.claims(rule, "He said the plan was “a disaster,” Sanders said.") == ["a disaster,"], "a cue in the clause")
    }

    @Test func aClauseEndsAfterAQuotationClosedByAComma() {
        let rule = NameCueClauseRule()
        #expect(RuleRunner.claims(rule, "Lund said both Berg and Ortiz are \"non-entities on the council,\" but he gave the mayor a compliment.")
                == ["both Berg and Ortiz are \"non-entities on the council,\""])
        #expect(RuleRunner.claims(rule, "Clinton said she was “going to put coal companies out of business,” while explaining her plan.")
                == ["she was “going to put coal companies out of business,”"])
        #expect(RuleRunner.claims(rule, "Those surveyed said Jeb Bush has the “best experience,” Trump is the candidate they trust most.")
                == ["Jeb Bush has the “best experience,”"])
        #expect(RuleRunner.claims(rule, "Reid said the plan, called “bold,” would pass the Senate.") == ["the plan, called “bold,” would pass the Senate"],
                "a verb after the quotation goes on")
    }

    @Test func aClauseInterruptedByItsAttributionGoesOnWithAQuotation() {
        #expect(RuleRunner.fragments(InterruptedClauseRule(), "The marina's spending on its docks, Ms. Varga said, “is a clear example of adapting” to the economics of sailing.")
                == [["The marina's spending on its docks", "“is a clear example of adapting” to the economics of sailing"]])
        #expect(RuleRunner.fragments(InterruptedClauseRule(), "Vice Mayor Tom Dahl, Ortiz said, had been on the council for \"a thousand years\" and passed budgets.")
                == [["Vice Mayor Tom Dahl", "had been on the council for \"a thousand years\" and passed budgets"]])
        #expect(RuleRunner.claims(NameCueQuoteRule(), "The marina's spending on its docks, Ms. Varga said, ''is a clear example of adapting'' to sailing.").isEmpty,
                "the interrupted clause's")
        #expect(RuleRunner.claims(NameCueQuoteRule(), "“People think water comes from the tap,” she said, “but it comes from the sky and the snow.”")
                == ["but it comes from the sky and the snow."], "the second half of a quote split by its cue")
        #expect(RuleRunner.claims(NameCueQuoteRule(), "Sooner or later, the mayor told reporters, \"it begins to show in the budget.\"")
                == ["it begins to show in the budget."], "words between the cue and its comma: no interrupted clause")
    }

    @Test func aPartialQuoteTheSentenceGoesOnAfterIsClaimedWithTheSentence() {
        #expect(Suggester().suggest(in: "The Ortiz campaign projects that “charging a fee of a fraction of a dollar” on ferry rides would raise $4 million a year.")
                .map(\.text) == ["“charging a fee of a fraction of a dollar” on ferry rides would raise $4 million a year"])
        #expect(Suggester().suggest(in: "The campaign projects that “charging a fee would raise $4 million a year.”").map(\.text)
                == ["charging a fee would raise $4 million a year."], "a quotation ending its sentence stays as it was")
        #expect(Suggester().suggest(in: "Officials found that “the public is not comfortable with the military,” said Sylke Tempel.").map(\.text)
                == ["the public is not comfortable with the military,"], "a quotation its attribution follows")
        #expect(Suggester().suggest(in: "Asked why Ortiz went after Bell, Reyes said, \"We have two weeks left\" until the county vote.").map(\.text)
                .contains("\"We have two weeks left\" until the county vote"), "a quote after its cue, then words in lower case")
        #expect(RuleRunner.claims(NameCueQuoteRule(), "Reyes said, \"We have two weeks left.\" Ortiz left.") == ["We have two weeks left."])
    }

    @Test func aCueWithAClauseAfterAQuotationInsideTheSentenceReportsNewSpeech() {
        let text = "Walking into the hall to chants of “Dana! Dana!,” the mayor said her campaign was “finishing really strong.”"
        #expect(RuleRunner.claims(QuoteNameCueRule(), text).isEmpty)
        #expect(Suggester().suggest(in: text).map(\.text).contains("her campaign was “finishing really strong.”"))
        #expect(RuleRunner.claims(QuoteNameCueRule(), "The race was “far from over,” the senator said directly to the camera.")
                == ["The race was “far from over,”"], "a manner after the cue is no clause")
    }

    @Test func anOpeningMarkPrintedTheWrongWayRoundAfterAWordClosesTheQuotation() {
        let text = ScalarText("The campaign called for an “expedited review“ of the pipes and a “health monitoring system” for residents.")
        let quotes = Paragraph.split(text).flatMap(\.quotes).map { text.slice($0.inner) }
        #expect(quotes == ["expedited review", "health monitoring system"])
        let nested = ScalarText("“Some call it “water apartheid” and worse,” she said.")
        #expect(Paragraph.split(nested).flatMap(\.quotes).map { nested.slice($0.inner) } == ["Some call it “water apartheid” and worse,"],
                "an opening mark after a space still opens a nested quotation")
    }

    @Test func aClosingMarkPrintedWhereAQuotationOpensOpensIt() {
        let text = ScalarText("”Dread. I am truly worried that he will lose.” ― Ines Calvo\n\n” … what I learned is that words matter,” he said. He called it ”a con” twice.")
        #expect(Paragraph.split(text).flatMap(\.quotes).map { text.slice($0.inner) }
                == ["Dread. I am truly worried that he will lose.", "… what I learned is that words matter,", "a con"])
        let closing = ScalarText("“It is over,” she said. ” The end.")
        #expect(Paragraph.split(closing).flatMap(\.quotes).map { closing.slice($0.inner) } == ["It is over,"],
                "a stray mark before a space opens nothing")
        let attached = ScalarText("The “plan” was” all talk.")
        #expect(Paragraph.split(attached).flatMap(\.quotes).map { attached.slice($0.inner) } == ["plan"], "nor does one after a word")
    }

    @Test func aPlaceNameHoldingACueWordIsNoCueBeforeAPartialQuote() {
        let rule = QuoteNameCueRule()
        #expect(RuleRunner.claims(rule, "The bill would help family farms across the United States by building a culture of “patient saving and thrift,” Moreno said.")
                == ["The bill would help family farms across the United States by building a culture of “patient saving and thrift,”"],
                "`States` is no cue")
        #expect(RuleRunner.claims(rule, "The bill states that family farms would gain from “patient saving and thrift,” Moreno said.")
                == ["patient saving and thrift,"], "a cue in lower case still makes it speech of its own")
    }

    @Test func aClauseAfterThatMayOpenWithAPrepositionalPhrase() {
        let rule = NameCueClauseRule()
        #expect(RuleRunner.claims(rule, "But Ms. Okafor also said on the radio that in her valley, there is a real fear of the next flood.")
                == ["in her valley, there is a real fear of the next flood"])
        #expect(RuleRunner.claims(rule, "The professor noted that in France, candidates do not rise to high office without the grandes écoles.")
                == ["in France, candidates do not rise to high office without the grandes écoles"])
        #expect(RuleRunner.claims(rule, "Ruiz said her garden keeps her calm, and she finds that in teaching, she said.")
                == ["her garden keeps her calm"], "`that` is the object of `finds`: no clause `in teaching`")
        #expect(RuleRunner.claims(rule, "The mayor said in Iowa on Monday.").isEmpty, "without `that`, a place after the cue is no clause")
    }
}
