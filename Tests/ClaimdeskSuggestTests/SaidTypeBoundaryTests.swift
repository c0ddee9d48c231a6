import Testing
@testable import ClaimdeskSuggest

/// Where reported speech starts and ends, and which attributions at a sentence's end are read (second said-type round;
/// sentences of our own, in the shapes news copy uses): asides inside a clause's subject, whole quotations in straight quotes or
/// doubled apostrophes, another speaker's act after a comma or a semicolon, speech between an interrupted quote's pieces.
@Suite struct SaidTypeBoundaryTests {
    typealias Found = RuleRunner.Found

    @Test func anAsideInTheClausesSubjectIsNoEnd() {
        let rule = NameCueClauseRule()
        #expect(RuleRunner.claims(rule, "Moreno said the complaint, which is set out in a memo from the Harbour Board, is fair game.")
                == ["the complaint, which is set out in a memo from the Harbour Board, is fair game"])
        #expect(RuleRunner.claims(rule, "Newsline reported that Dana Ortiz, founder of Clear Water Now — a pro-Moreno tenants group — was planning a rally.")
                == ["Dana Ortiz, founder of Clear Water Now — a pro-Moreno tenants group — was planning a rally"])
        #expect(RuleRunner.claims(rule, "Officials said they found rusty - and previously unrecorded - pipes under the school.")
                == ["they found rusty - and previously unrecorded - pipes under the school"])
        #expect(RuleRunner.claims(rule, "She said she backs the bill, which passed the House in May.") == ["she backs the bill"],
                "a relative clause with no verb after it still ends the clause")
        #expect(RuleRunner.claims(rule, "He said the deal was signed — a relief for the markets.") == ["the deal was signed"],
                "a dash with no second dash still ends it")
    }

    @Test func aConcessionOrReasonAfterACommaGoesOnWithTheClause() {
        let rule = NameCueClauseRule()
        #expect(RuleRunner.claims(rule, "The mayor said the new rules were a step forward, although the budget is still too small.")
                == ["the new rules were a step forward, although the budget is still too small"])
        #expect(RuleRunner.claims(rule, "She noted that the vote matters a great deal, since it shapes the court for decades.")
                == ["the vote matters a great deal, since it shapes the court for decades"])
        #expect(RuleRunner.claims(rule, "He said many voters would stay home, even if the weather is fine.")
                == ["many voters would stay home, even if the weather is fine"])
        #expect(RuleRunner.claims(rule, "Most residents say they distrust the council, even some members questioned the plan.")
                == ["they distrust the council"], "a new subject after `even` ends the clause")
        #expect(RuleRunner.claims(rule, "He said he backs the nominee, even as he criticized the campaign.") == ["he backs the nominee"])
        #expect(RuleRunner.claims(rule, "She said she would step aside in the event of a recount.") == ["she would step aside in the event of a recount"],
                "a condition is no place where it was said")
        #expect(RuleRunner.claims(rule, "She said the county would recount the ballots at the event.") == ["the county would recount the ballots"])
    }

    @Test func aWholeQuotationInsideTheClauseKeepsItsSentenceEnds() {
        let rule = NameCueClauseRule()
        #expect(RuleRunner.claims(rule, #"Halvorsen said he thinks "there could be a few captains pounding the table. But the crews are calm.""#)
                == [#"he thinks "there could be a few captains pounding the table. But the crews are calm.""#])
        #expect(RuleRunner.claims(rule, "Mr. Dunn said the Ortiz ''bus may have left the depot. I don't wish to play the scold,'' and left.")
                == ["the Ortiz ''bus may have left the depot. I don't wish to play the scold,'' and left"])
        #expect(RuleRunner.claims(rule, #"He said it was "fine." Then he left."#) == [#"it was "fine.""#])
    }

    @Test func anotherSpeakersActEndsTheClauseAfterACommaOrASemicolon() {
        let rule = NameCueClauseRule()
        #expect(RuleRunner.claims(rule, "A clear majority of residents say they are following the dispute; 31 percent of farmers say they have not been.")
                == ["they are following the dispute", "they have not been"])
        #expect(RuleRunner.claims(rule, "Seven in 10 say she is at least somewhat honest, after a third said so in the spring survey.").first
                == "she is at least somewhat honest")
    }

    @Test func theClauseEndsBeforeAsAndBeforeWhereItWasSaid() {
        let rule = NameCueClauseRule()
        #expect(RuleRunner.claims(rule, "Two members have said they will not endorse Mr. Moreno, as has the mayor of Lake-Fenwick County.")
                == ["they will not endorse Mr. Moreno"])
        #expect(RuleRunner.claims(rule, "Ortiz said Moreno was the architect of the shortfall on Tuesday at a Dunmore rally, and she repeated it.")
                == ["Moreno was the architect of the shortfall on Tuesday"])
        #expect(RuleRunner.claims(rule, "Fact-checkers noted that Park may have meant a projected figure, and a memo cited by her office quoted engineers.")
                == ["Park may have meant a projected figure"], "a new subject after `, and`")
        #expect(RuleRunner.claims(rule, "The Saudis have said that they would support the release, but there is growing anger in Riyadh.")
                == ["they would support the release"])
        #expect(RuleRunner.claims(rule, "She said the plan would help farmers as well as miners.") == ["the plan would help farmers as well as miners"])
    }

    @Test func theSpeakersNextActWithHasEndsTheClause() {
        #expect(RuleRunner.claims(NameCueClauseRule(), "Ortiz has said she wants a bike lane in Dunmore and has voiced support for wider sidewalks.")
                == ["she wants a bike lane in Dunmore"])
    }

    @Test func aCommaAfterTheCueBeforeAnAsideOrAPronoun() {
        let rule = NameCueClauseRule()
        #expect(RuleRunner.run(rule, "He said, however, that he hopes somebody else takes up the cause.")
                == [Found(claim: "he hopes somebody else takes up the cause", mention: "He", cue: "said")])
        #expect(RuleRunner.claims(rule, "Lund added, she did not support issuing curfews.") == ["she did not support issuing curfews"])
        #expect(RuleRunner.claims(rule, "Trump said, according to the report, that taxes would fall.").isEmpty, "no other word after the comma")
    }

    @Test func attributionsAtTheSentencesEnd() {
        #expect(RuleRunner.run(ClauseNameCueRule(), "Ferry fares don’t stir up the same passion among islanders, Sen. Rui Moreno (D-Maine) told NEWSLINE.")
                == [Found(claim: "Ferry fares don’t stir up the same passion among islanders", mention: "Sen. Rui Moreno", cue: "told")])
        #expect(RuleRunner.claims(ClauseNameCueRule(), "This includes a rapid crew to clear the storm drains, Transport Secretary Lena Holt told a House panel Tuesday.")
                == ["This includes a rapid crew to clear the storm drains"])
        #expect(RuleRunner.claims(ClauseNameCueRule(), "Dunmore was only doing what 12 towns already do, she told the board in her appeal.")
                == ["Dunmore was only doing what 12 towns already do"])
        #expect(RuleRunner.claims(ClauseNameCueRule(), "The guild will likely skip the vote, its chair told NEWSLINE earlier this month.")
                == ["The guild will likely skip the vote"])
        #expect(RuleRunner.claims(ClauseNameCueRule(), "The league will recover, she said after meeting Friday with Moreno aides, because the fans are loyal.")
                == ["The league will recover"])
        #expect(RuleRunner.claims(ClauseNameCueRule(), "The plan would work in the end, Mayor Ellen Park told her closest aides as she labored over the budget.")
                == ["The plan would work in the end"])
        #expect(RuleRunner.run(ClauseCueNameRule(), "Whether the pilot succeeds will be part of the review, said Tomas Berg, editor in chief of Harbourwire.com.")
                == [Found(claim: "Whether the pilot succeeds will be part of the review", mention: "Tomas Berg", cue: "said")])
        #expect(RuleRunner.claims(ClauseCueNameRule(), "Even Norway has more public appeal through its ferries, says political scientist Ilse Vang in Bergen.")
                == ["Even Norway has more public appeal through its ferries"])
    }

    @Test func toldWithItsAddresseeAfterAnySubject() {
        let rule = AnySubjectCueClauseRule()
        #expect(RuleRunner.claims(rule, "Moreno fans told NEWSLINE that one defining moment came recently, at a forum.")
                == ["one defining moment came recently"])
        #expect(RuleRunner.claims(rule, "Several trustees on the panel told NEWSLINE they were only leaning toward Ortiz.")
                == ["they were only leaning toward Ortiz"])
        #expect(RuleRunner.claims(rule, "The crowd told the story of a long night in the cold.").isEmpty, "no addressee: no speech")
        #expect(RuleRunner.claims(rule, "He was told that the vote had been moved to Friday.").isEmpty, "passive")
    }

    @Test func questionsAndRequests() {
        let rule = AskedClauseRule()
        #expect(RuleRunner.claims(rule, "When asked to confirm her participation in the email chains, a source declined.")
                == ["to confirm her participation in the email chains"])
        #expect(RuleRunner.claims(rule, "Asked by Stephanopoulos to respond to the criticism, Carson said he was calm.")
                == ["to respond to the criticism"])
        #expect(RuleRunner.claims(rule, "Rui Moreno, when asked specifically what about the proposal is wrong, responded at length.")
                == ["what about the proposal is wrong"])
        #expect(RuleRunner.claims(rule, "Asked at a hearing Friday in Dunmore about her next post, the spokesman said little.")
                == ["her next post"])
    }

    /// A participle attached by a comma reports speech even when the sentence's subject is not read; the person named last speaks.
    @Test func aParticipleAfterADatelineStillReportsSpeech() {
        let text = "PORTLAND — Sen. Rui Moreno (I-Maine) defended his push to lower the ferry fares, saying the benefits would outweigh the lost revenue."
        let suggestions = Suggester().suggest(in: text)
        #expect(suggestions.map(\.text) == ["the benefits would outweigh the lost revenue"])
        #expect(suggestions.first?.speaker?.name == "Rui Moreno")
        #expect(suggestions.first?.speaker?.mention == nil, "read from no mention of this claim")
    }

    /// `“…,” he said, noting that …. “…”`: the quote is one suggestion in two pieces, and the reported speech between them is
    /// proposed too (it shares nothing with the pieces).
    @Test func speechBetweenTheFragmentsOfAnInterruptedQuoteIsKept() {
        let text = "“You’re down to the votes you can trust,” Lindqvist said, noting that Ortiz did not lose a single ward. “If you’re not ready, you will fold.”"
        let suggestions = Suggester().suggest(in: text)
        #expect(suggestions.map(\.text) == ["You’re down to the votes you can trust,” Lindqvist said, noting that Ortiz did not lose a single ward. “If you’re not ready, you will fold.",
                                            "Ortiz did not lose a single ward"])
        #expect(suggestions.first?.fragments?.count == 2)
    }
}
