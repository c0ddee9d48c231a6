import Testing
@testable import ClaimdeskSuggest

/// Where reported speech starts and ends, and which attributions at a sentence's end are read (second said-type round;
/// sentences paraphrased from political news): asides inside a clause's subject, whole quotations in straight quotes or
/// doubled apostrophes, another speaker's act after a comma or a semicolon, speech between an interrupted quote's pieces.
@Suite struct SaidTypeBoundaryTests {
    typealias Found = RuleRunner.Found

    @Test func anAsideInTheClausesSubjectIsNoEnd() {
        let rule = NameCueClauseRule()
        #expect(RuleRunner.claims(rule, "Sanders said the criticism, which is outlined in a report from Greenpeace, is fair game.")
                == ["the criticism, which is outlined in a report from Greenpeace, is fair game"])
        #expect(RuleRunner.claims(rule, "Politico reported that David Brock, founder of Correct the Record — a pro-Clinton super PAC — was planning a call.")
                == ["David Brock, founder of Correct the Record — a pro-Clinton super PAC — was planning a call"])
        #expect(RuleRunner.claims(rule, "Officials said they found old - and previously unreported - postings by the couple.")
                == ["they found old - and previously unreported - postings by the couple"])
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
        #expect(RuleRunner.claims(rule, #"Benjamin said he believes "there may be some generals beating their chest. But those involved are confident.""#)
                == [#"he believes "there may be some generals beating their chest. But those involved are confident.""#])
        #expect(RuleRunner.claims(rule, "Mr. Murphy said the Trump ''train may have left the station. I don't want to be a critic,'' and left.")
                == ["the Trump ''train may have left the station. I don't want to be a critic,'' and left"])
        #expect(RuleRunner.claims(rule, #"He said it was "fine." Then he left."#) == [#"it was "fine.""#])
    }

    @Test func anotherSpeakersActEndsTheClauseAfterACommaOrASemicolon() {
        let rule = NameCueClauseRule()
        #expect(RuleRunner.claims(rule, "A strong majority of voters say they are paying attention; 26 percent of Democrats say they have not been.")
                == ["they are paying attention", "they have not been"])
        #expect(RuleRunner.claims(rule, "Six in 10 say he is at least somewhat decisive, after half said so in the earlier poll.").first
                == "he is at least somewhat decisive")
    }

    @Test func theClauseEndsBeforeAsAndBeforeWhereItWasSaid() {
        let rule = NameCueClauseRule()
        #expect(RuleRunner.claims(rule, "Two members have said they will not back Mr. Trump, as has the mayor of Miami-Dade County.")
                == ["they will not back Mr. Trump"])
        #expect(RuleRunner.claims(rule, "Trump said Obama was the founder of ISIS on Wednesday at a Florida rally, and he repeated it.")
                == ["Obama was the founder of ISIS on Wednesday"])
        #expect(RuleRunner.claims(rule, "Fact-checkers noted that Clinton may have meant a hypothetical case, and an article cited by her campaign quoted experts.")
                == ["Clinton may have meant a hypothetical case"], "a new subject after `, and`")
        #expect(RuleRunner.claims(rule, "The Saudis have said that they would support the release, but there is growing anger in Riyadh.")
                == ["they would support the release"])
        #expect(RuleRunner.claims(rule, "She said the plan would help farmers as well as miners.") == ["the plan would help farmers as well as miners"])
    }

    @Test func theSpeakersNextActWithHasEndsTheClause() {
        #expect(RuleRunner.claims(NameCueClauseRule(), "Clinton has said she wants a safe zone in Syria and has expressed support for wider engagement.")
                == ["she wants a safe zone in Syria"])
    }

    @Test func aCommaAfterTheCueBeforeAnAsideOrAPronoun() {
        let rule = NameCueClauseRule()
        #expect(RuleRunner.run(rule, "He said, however, that he hopes somebody else takes up the cause.")
                == [Found(claim: "he hopes somebody else takes up the cause", mention: "He", cue: "said")])
        #expect(RuleRunner.claims(rule, "Carson added, he did not support issuing quarantines.") == ["he did not support issuing quarantines"])
        #expect(RuleRunner.claims(rule, "Trump said, according to the report, that taxes would fall.").isEmpty, "no other word after the comma")
    }

    @Test func attributionsAtTheSentencesEnd() {
        #expect(RuleRunner.run(ClauseNameCueRule(), "Biofuels don’t stir up the same fervor among Iowans, Sen. Chuck Grassley (R-Iowa) told POLITICO.")
                == [Found(claim: "Biofuels don’t stir up the same fervor among Iowans", mention: "Sen. Chuck Grassley", cue: "told")])
        #expect(RuleRunner.claims(ClauseNameCueRule(), "This includes a special force to assist the Peshmerga, Defense Secretary Ash Carter told a Senate panel Wednesday.")
                == ["This includes a special force to assist the Peshmerga"])
        #expect(RuleRunner.claims(ClauseNameCueRule(), "Michigan was only doing what 40 states already do, he told the court in his filing.")
                == ["Michigan was only doing what 40 states already do"])
        #expect(RuleRunner.claims(ClauseNameCueRule(), "The union will likely sit out the election, its director told POLITICO earlier this week.")
                == ["The union will likely sit out the election"])
        #expect(RuleRunner.claims(ClauseNameCueRule(), "The party will rebound, he said after meeting Thursday with Trump aides, because the delegates are loyal.")
                == ["The party will rebound"])
        #expect(RuleRunner.claims(ClauseNameCueRule(), "The plan would work in the end, President Obama told his closest advisers as he labored over the speech.")
                == ["The plan would work in the end"])
        #expect(RuleRunner.run(ClauseCueNameRule(), "Whether the model works will be part of the postmortem, said Jake Horowitz, editor in chief of Mic.com.")
                == [Found(claim: "Whether the model works will be part of the postmortem", mention: "Jake Horowitz", cue: "said")])
        #expect(RuleRunner.claims(ClauseCueNameRule(), "Even India has more cultural resonance through its films, says political scientist Dossym Satpayev in Almaty.")
                == ["Even India has more cultural resonance through its films"])
    }

    @Test func toldWithItsAddresseeAfterAnySubject() {
        let rule = AnySubjectCueClauseRule()
        #expect(RuleRunner.claims(rule, "Sanders fans told POLITICO that one galvanizing moment came recently, at a rally.")
                == ["one galvanizing moment came recently"])
        #expect(RuleRunner.claims(rule, "Several delegates on the slate told POLITICO they were only leaning toward Cruz.")
                == ["they were only leaning toward Cruz"])
        #expect(RuleRunner.claims(rule, "The crowd told the story of a long night in the cold.").isEmpty, "no addressee: no speech")
        #expect(RuleRunner.claims(rule, "He was told that the vote had been moved to Friday.").isEmpty, "passive")
    }

    @Test func questionsAndRequests() {
        let rule = AskedClauseRule()
        #expect(RuleRunner.claims(rule, "When asked to confirm her participation in the email chains, a source declined.")
                == ["to confirm her participation in the email chains"])
        #expect(RuleRunner.claims(rule, "Asked by Stephanopoulos to respond to the criticism, Carson said he was calm.")
                == ["to respond to the criticism"])
        #expect(RuleRunner.claims(rule, "Ted Cruz, when asked specifically what about the vision is wrong, responded at length.")
                == ["what about the vision is wrong"])
        #expect(RuleRunner.claims(rule, "Asked at a briefing Monday in Washington about her future role, the spokesman said little.")
                == ["her future role"])
    }

    /// A participle attached by a comma reports speech even when the sentence's subject is not read; the person named last speaks.
    @Test func aParticipleAfterADatelineStillReportsSpeech() {
        let text = "WASHINGTON — Sen. Bernie Sanders (I-Vt.) defended his call to raise the minimum wage, saying the positives would outweigh the job losses."
        let suggestions = Suggester().suggest(in: text)
        #expect(suggestions.map(\.text) == ["the positives would outweigh the job losses"])
        #expect(suggestions.first?.speaker?.name == "Bernie Sanders")
        #expect(suggestions.first?.speaker?.mention == nil, "read from no mention of this claim")
    }

    /// `“…,” he said, noting that …. “…”`: the quote is one suggestion in two pieces, and the reported speech between them is
    /// proposed too (it shares nothing with the pieces).
    @Test func speechBetweenTheFragmentsOfAnInterruptedQuoteIsKept() {
        let text = "“You’re down to the people you can count,” Buchanan said, noting that Manafort did not lose a single delegate. “If you’re not tough, you will lose.”"
        let suggestions = Suggester().suggest(in: text)
        #expect(suggestions.map(\.text) == ["You’re down to the people you can count,” Buchanan said, noting that Manafort did not lose a single delegate. “If you’re not tough, you will lose.",
                                            "Manafort did not lose a single delegate"])
        #expect(suggestions.first?.fragments?.count == 2)
    }
}
