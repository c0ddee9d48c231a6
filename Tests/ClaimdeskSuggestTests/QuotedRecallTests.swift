import Testing
@testable import ClaimdeskSuggest

/// Quoted words inside the writer's clause, where news copy is looser than the first rules (sentences paraphrased from
/// political news): marks that do not match, several partial quotes in one clause, a clause that ends after a quotation.
@Suite struct QuotedRecallTests {
    @Test func aClauseHoldsAQuotationWhoseMarksDoNotMatch() {
        let rule = NameCueClauseRule()
        #expect(RuleRunner.claims(rule, "Shaw said that Clinton has “clearly differentiated herself from Obama\" on the fuel standard.")
                == ["Clinton has “clearly differentiated herself from Obama\" on the fuel standard"])
        #expect(RuleRunner.claims(rule, "Ginsburg said she didn't \"want to contemplate” a Trump court.")
                == ["she didn't \"want to contemplate” a Trump court"])
        #expect(RuleRunner.claims(rule, "Shaw said that Clinton has “clearly differentiated herself from Obama” on the fuel standard.")
                == ["Clinton has “clearly differentiated herself from Obama” on the fuel standard"], "matching marks as before")
    }

    @Test func aPartialQuoteEndingTheWritersClauseMayFollowOtherPhrasesInQuotes() {
        let rule = QuoteNameCueRule()
        #expect(RuleRunner.claims(rule, "Guns are “the ultimate public health crisis” and “stunt children’s growth,” Dean said.")
                == ["Guns are “the ultimate public health crisis” and “stunt children’s growth,”"])
        #expect(RuleRunner.claims(rule, "Delegates are asked to rank choices, and the security group is less likely to be “overrun with activists,” Hoover said.")
                == ["the security group is less likely to be “overrun with activists,”"], "a cue before the last clause is another clause's")
        #expect(RuleRunner.claims(rule, "The union’s “We will not back down” banner was “ready for a strike,” she said.") == ["ready for a strike,"],
                "a quoted sentence before it is speech of its own")
        #expect(RuleRunner.claims(rule, "He said the plan was “a disaster,” Sanders said.") == ["a disaster,"], "a cue in the clause")
    }

    @Test func aClauseEndsAfterAQuotationClosedByAComma() {
        let rule = NameCueClauseRule()
        #expect(RuleRunner.claims(rule, "Reid said both Rubio and Cruz are \"non-entities in the Senate,\" but he gave the Texan a compliment.")
                == ["both Rubio and Cruz are \"non-entities in the Senate,\""])
        #expect(RuleRunner.claims(rule, "Clinton said she was “going to put coal companies out of business,” while explaining her plan.")
                == ["she was “going to put coal companies out of business,”"])
        #expect(RuleRunner.claims(rule, "Those surveyed said Jeb Bush has the “best experience,” Trump is the candidate they trust most.")
                == ["Jeb Bush has the “best experience,”"])
        #expect(RuleRunner.claims(rule, "Reid said the plan, called “bold,” would pass the Senate.") == ["the plan, called “bold,” would pass the Senate"],
                "a verb after the quotation goes on")
    }
}
