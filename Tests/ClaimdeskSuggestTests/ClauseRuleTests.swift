import Testing
@testable import ClaimdeskSuggest

/// Each reported-speech rule on its own: the sentence in its doc comment, and what it must leave alone.
@Suite struct ClauseRuleTests {
    typealias Found = RuleRunner.Found

    @Test func nameCueClause() {
        let rule = NameCueClauseRule()
        #expect(RuleRunner.run(rule, "Daniel Zhang, CEO at Alibaba group, said his company’s donation represented its willingness.")
                == [Found(claim: "his company’s donation represented its willingness", mention: "Daniel Zhang", cue: "said")])
        #expect(RuleRunner.claims(rule, "Wang told VOA Mandarin that businesses are forced to donate.") == ["businesses are forced to donate"])
        #expect(RuleRunner.run(rule, "The mayor of Vila Seca, Rui Costa, said the taps ran dry at dawn.").map(\.mention) == ["Rui Costa"])
        #expect(RuleRunner.claims(rule, "Ruiz told reporters that the budget would be reviewed.") == ["the budget would be reviewed"])
        #expect(RuleRunner.claims(rule, "Norbank said in a note to clients that wage growth remained “uncomfortably high.”")
                == ["wage growth remained “uncomfortably high.”"], "a closing quotation ends the clause after its mark")
        #expect(RuleRunner.claims(rule, "Meanwhile, analysts say this new wave of donation will not help.") == ["this new wave of donation will not help"])
        #expect(RuleRunner.claims(rule, "Marsh said the authority would not reopen talks, and she accused Doyle of lying.")
                == ["the authority would not reopen talks"])
        #expect(RuleRunner.claims(rule, "“I don’t think so,” he said of the third distribution.").isEmpty)
        #expect(RuleRunner.claims(rule, "“It is over,” he told VOA Mandarin via phone that day.").isEmpty)
        #expect(RuleRunner.claims(rule, "This year, China announced a new wave of crackdowns targeting NGOs.").isEmpty, "announced needs that")
        #expect(RuleRunner.run(rule, "Asked about “the plan,” Kim Lee said that the budget would pass.")
                == [Found(claim: "the budget would pass", mention: "Kim Lee", cue: "said")], "the opening is searched for after the quotation")
        #expect(RuleRunner.run(rule, "Sen. Kim (who called it “late”) said that the vote would wait.")
                == [Found(claim: "the vote would wait", mention: "Sen. Kim", cue: "said")], "a quotation mark in parentheses")
    }

    @Test func nameAndCueClause() {
        #expect(RuleRunner.run(NameAndCueClauseRule(), "The friend, Leo Marsh, pleaded guilty last year and testified that Whitfield had written the invoices.")
                == [Found(claim: "Whitfield had written the invoices", mention: "Leo Marsh", cue: "testified")])
        #expect(RuleRunner.claims(NameAndCueClauseRule(), "Marsh pleaded guilty and said nothing.").isEmpty, "needs that")
    }

    @Test func accordingToClause() {
        #expect(RuleRunner.run(AccordingToClauseRule(), "According to the explanation from China’s National Development and Reform Commission, the first distribution comes through markets.")
                == [Found(claim: "the first distribution comes through markets",
                          mention: "the explanation from China’s National Development and Reform Commission", cue: "According to")])
        #expect(RuleRunner.claims(AccordingToClauseRule(), "He left, according to friends.").isEmpty)
    }

    @Test func clauseNameCue() {
        #expect(RuleRunner.run(ClauseNameCueRule(), "Inflation slowed to 3.1 percent in May, the statistics office said last week.")
                == [Found(claim: "Inflation slowed to 3.1 percent in May", mention: "the statistics office", cue: "said")])
        #expect(RuleRunner.claims(ClauseNameCueRule(), "Water will be cut off starting Friday, the regional government announced on Wednesday, as reservoirs fell.")
                == ["Water will be cut off starting Friday"])
        #expect(RuleRunner.claims(ClauseNameCueRule(), "Stressing the need to develop these enterprises, Zhou said, “Our success depends on policy.”").isEmpty)
        #expect(RuleRunner.claims(ClauseNameCueRule(), "Prices rose sharply in May and June, the bank said. NATO — the alliance — spent more this year, officials said.")
                == ["Prices rose sharply in May and June", "NATO — the alliance — spent more this year"], "capitals and a dash inside a paragraph are no dateline")
        #expect(RuleRunner.run(ClauseNameCueRule(), "The bridge will reopen before the summer season, people close to the mayor say.")
                == [Found(claim: "The bridge will reopen before the summer season", mention: "people close to the mayor", cue: "say")])
        #expect(RuleRunner.claims(ClauseNameCueRule(), "The bridge will reopen before the summer season, veteran Democrats said.")
                == ["The bridge will reopen before the summer season"])
        #expect(RuleRunner.claims(ClauseNameCueRule(), "The bridge will reopen before the summer season, which nobody said.").isEmpty)
    }

    /// A dateline opens the paragraph, not the claim: the reported clause starts after it.
    @Test(arguments: ["WASHINGTON: ", "WASHINGTON — ", "NEW YORK (Reuters) - ", "ST. LOUIS, Mo. -- ", "BEIJING, Dec. 3 (AP) – "])
    func clauseNameCueAfterADateline(dateline: String) {
        #expect(RuleRunner.run(ClauseNameCueRule(), dateline + "The unemployment rate fell to 3.5 percent in September, the Labor Department said on Friday.")
                == [Found(claim: "The unemployment rate fell to 3.5 percent in September", mention: "the Labor Department", cue: "said")])
    }

    @Test func clauseAccordingTo() {
        #expect(RuleRunner.run(ClauseAccordingToRule(), "The krone rose 0.4 percent against the euro, according to data from the Ardo Stock Exchange.")
                == [Found(claim: "The krone rose 0.4 percent against the euro", mention: "data from the Ardo Stock Exchange", cue: "according to")])
        #expect(RuleRunner.claims(ClauseAccordingToRule(), "In May, it began to target “illegal NGOs,” according to China Daily.").isEmpty,
                "a quotation before according to is the quote rule's")
    }

    @Test func participleClause() {
        #expect(RuleRunner.run(ParticipleClauseRule(), "Doyle disputed the figures, saying the port had \"cooked the numbers\" to scare the public.")
                == [Found(claim: "the port had \"cooked the numbers\" to scare the public", mention: "Doyle", cue: "saying")])
        #expect(RuleRunner.run(ParticipleClauseRule(), "\"That is generous,\" he said, adding that the authority was \"ready to talk tonight.\"")
                == [Found(claim: "the authority was \"ready to talk tonight.\"", mention: "he", cue: "adding")])
        #expect(RuleRunner.claims(ParticipleClauseRule(), "Tech giants answered the call, pledging financial support for social causes.").isEmpty)
        #expect(RuleRunner.run(ParticipleClauseRule(), "Marco Rubio flipped his choice on the spot – saying he was rooting for Denver now.")
                == [Found(claim: "he was rooting for Denver now", mention: "Marco Rubio", cue: "saying")], "after a dash")
        #expect(RuleRunner.claims(ParticipleClauseRule(), "He ducked, pointing to his record and saying that productive senators are overrated.")
                == ["productive senators are overrated"], "after and")
        #expect(RuleRunner.run(ParticipleClauseRule(), "“It went on. We will pick up delegates,” he said, adding that he makes no predictions.")
                .map(\.mention) == ["he"], "the speaker of the cue before, when the sentence opens inside a quotation")
        #expect(RuleRunner.run(ParticipleClauseRule(), "She escalated her criticism on Tuesday, telling CNN that Trump is a “faker” now.")
                == [Found(claim: "Trump is a “faker” now", mention: "She", cue: "telling")], "telling and its addressee")
        #expect(RuleRunner.claims(ParticipleClauseRule(), "The crowd kept saying the same thing over and over.").isEmpty, "not attached by a comma")
    }

    @Test func clauseEndsBeforeAnotherSpeakerOrAnAside() {
        let rule = NameCueClauseRule()
        #expect(RuleRunner.claims(rule, "Voters said Clinton is honest and trustworthy, and three-quarters said the same of Sanders.")
                == ["Clinton is honest and trustworthy"], "another speaker's said after and")
        #expect(RuleRunner.claims(rule, "Trump said things “should be wrapped up by Cleveland,” referring to the convention.")
                == ["things “should be wrapped up by Cleveland,”"])
        #expect(RuleRunner.claims(rule, "Trump said he does not want to kill the families of terrorists — a proposal he has raised before.")
                == ["he does not want to kill the families of terrorists"])
    }

    @Test func askedClause() {
        let rule = AskedClauseRule()
        #expect(RuleRunner.run(rule, "A reporter asked Sanders how he is feeling on caucus day.")
                == [Found(claim: "how he is feeling on caucus day", mention: "A reporter", cue: "asked")])
        #expect(RuleRunner.claims(rule, "He also asked if parents would be willing to vote for such a man.") == ["if parents would be willing to vote for such a man"])
        #expect(RuleRunner.run(rule, "Asked if he was ever bullied, the Republican candidate said no.")
                == [Found(claim: "if he was ever bullied", mention: nil, cue: "Asked")], "an opening question ends at its comma")
        #expect(RuleRunner.claims(rule, "Asked about her own vote in November, she laughed.") == ["her own vote in November"])
        #expect(RuleRunner.claims(rule, "Pastor Charles Elliott asked the congregation to stand for a minute.")
                == ["the congregation to stand for a minute"], "a request keeps its addressee")
        #expect(RuleRunner.claims(rule, "“Can we win?” she asked.").isEmpty, "a quotation is the quote rules'")
    }

    @Test func nameCueObject() {
        let rule = NameCueObjectRule()
        #expect(RuleRunner.run(rule, "Chelsea Clinton announced she and her husband are expecting their second child.")
                == [Found(claim: "she and her husband are expecting their second child", mention: "Chelsea Clinton", cue: "announced")])
        #expect(RuleRunner.claims(rule, "CNN reported at least six skywriting planes filled the skies.") == ["at least six skywriting planes filled the skies"])
        #expect(RuleRunner.claims(rule, "This year, China announced a new wave of crackdowns targeting NGOs.").isEmpty, "an object is no claim")
        #expect(RuleRunner.claims(rule, "Kim repeated her warning on Monday.").isEmpty)
        #expect(RuleRunner.claims(rule, "The company announced that it would close.").isEmpty, "with that it is name-cue-clause's")
        #expect(RuleRunner.claims(rule, "The cuts were announced on Monday by the ministry.").isEmpty, "no speaker before the cue")
        #expect(RuleRunner.claims(rule, "The reported figures were higher than expected.").isEmpty)
        #expect(RuleRunner.claims(rule, "CNN reported on the rally for an hour.").isEmpty, "reported on is no object")
    }

    @Test func clauseCueName() {
        #expect(RuleRunner.run(ClauseCueNameRule(), "The host committee has collected roughly $56.5 million, said David Gilbert, its president and CEO.")
                == [Found(claim: "The host committee has collected roughly $56.5 million", mention: "David Gilbert", cue: "said")])
        #expect(RuleRunner.claims(ClauseCueNameRule(), "The program is hardly formal, but it has a loyal following, said Ms. Gil.")
                == ["The program is hardly formal, but it has a loyal following"])
        #expect(RuleRunner.claims(ClauseCueNameRule(), "Gustav Ando, research director for IHS, says the merger will cut its taxes.").isEmpty,
                "a cue followed by its clause is no attribution at the end")
    }

    @Test func interruptedClause() {
        #expect(RuleRunner.run(InterruptedClauseRule(), "The hashtag #RechercheParis, Mr. Abboud said, accompanied descriptions of loved ones sought.")
                == [Found(claim: "The hashtag #RechercheParis, Mr. Abboud said, accompanied descriptions of loved ones sought",
                          mention: "Mr. Abboud", cue: "said")])
        #expect(RuleRunner.fragments(InterruptedClauseRule(), "In some ways, the brothers noted, Trump might appreciate their performance.")
                == [["In some ways", "Trump might appreciate their performance"]], "the attribution is left out of the fragments")
        #expect(RuleRunner.claims(InterruptedClauseRule(), "Trump, Sexton said, has created a “strange, reality-bending political correctness-free zone.”")
                == ["Trump, Sexton said, has created a “strange, reality-bending political correctness-free zone.”"], "whole quotations inside")
        #expect(RuleRunner.claims(InterruptedClauseRule(), "Taxes will rise next year, he said, according to the minutes.").isEmpty)
        #expect(RuleRunner.claims(InterruptedClauseRule(), "It is no wonder, Mr. Hale said, that Mrs. Ortiz won the older voters.")
                == ["It is no wonder, Mr. Hale said, that Mrs. Ortiz won the older voters"], "an abbreviation's full stop ends no part")
        #expect(RuleRunner.claims(InterruptedClauseRule(), "The levy, Mr. Hale said, will rise in May. Mrs. Ortiz disagreed.")
                == ["The levy, Mr. Hale said, will rise in May"], "a sentence's full stop ends the second part")
        #expect(RuleRunner.fragments(InterruptedClauseRule(), "Most of the cuts, she said, have hit rural clinics, a sign of the budget.")
                == [["Most of the cuts", "have hit rural clinics"]], "the second part ends as a reported clause does")
        #expect(RuleRunner.run(InterruptedClauseRule(), "On most nights, former staff members said, the governor worked past midnight.")
                == [Found(claim: "On most nights, former staff members said, the governor worked past midnight", mention: "former staff members", cue: "said")])
        #expect(RuleRunner.claims(InterruptedClauseRule(), "On most nights, people close to the governor said, he worked past midnight.")
                == ["On most nights, people close to the governor said, he worked past midnight"])
        #expect(RuleRunner.claims(InterruptedClauseRule(), "In the spring, when the governor said, the roads were closed.").isEmpty,
                "no group after the comma")
    }

    @Test func secondVerbWithoutThatAndAcrossQuotes() {
        #expect(RuleRunner.claims(NameAndCueClauseRule(), "Sullivan put off deciding whether Judicial Watch could question Clinton but said the group could come back later.")
                == ["the group could come back later"])
        #expect(RuleRunner.run(NameAndCueClauseRule(), "He called her \"weak\" and said she had \"zero support\" in New Hampshire.")
                == [Found(claim: "she had \"zero support\" in New Hampshire", mention: "He", cue: "said")])
        #expect(RuleRunner.claims(NameAndCueClauseRule(), "Marsh pleaded guilty and announced a new job.").isEmpty, "announced needs that")
        #expect(RuleRunner.claims(NameAndCueClauseRule(), "The mayor, who toured the site and said the bridge was safe, later closed it.")
                == ["the bridge was safe"], "a relative clause ends at its comma")
        #expect(RuleRunner.claims(NameAndCueClauseRule(), "The mayor toured the site and said the bridge was safe, although it needs paint.")
                == ["the bridge was safe, although it needs paint"], "no relative clause: the clause goes on")
    }

    @Test func speakersOfNewsCopy() {
        let rule = NameCueClauseRule()
        #expect(RuleRunner.run(rule, "A Democratic senator said Republicans had agreed to hold votes.").map(\.mention) == ["A Democratic senator"])
        #expect(RuleRunner.run(rule, "Clinton’s campaign said she would attend the dinner.").map(\.mention) == ["Clinton’s campaign"])
        #expect(RuleRunner.run(rule, "Only 24 percent of voters said she did nothing wrong.").map(\.mention) == ["Only 24 percent of voters"])
        #expect(RuleRunner.run(rule, "During the debate, both candidates said it was no big deal.").map(\.mention) == ["both candidates"])
        #expect(RuleRunner.run(rule, "Israeli officials said the meeting would go ahead.").map(\.mention) == ["Israeli officials"])
        #expect(RuleRunner.run(rule, "That person said the hostility hampered him.").map(\.mention) == ["That person"])
        #expect(RuleRunner.run(rule, "Ford itself said the deal was on.").map(\.mention) == ["Ford itself"])
        #expect(RuleRunner.run(rule, "By 58%-33%, those surveyed said the funding should stay.").map(\.mention) == ["those surveyed"])
        #expect(RuleRunner.run(rule, "Hawkins and others who want to ban abortion said the choice is starker.").map(\.claim)
                == ["the choice is starker"], "a relative clause between the speaker and the cue")
        #expect(RuleRunner.run(rule, "The GOP front-runner complained that the contest had been rigged.").map(\.mention) == ["The GOP front-runner"])
        #expect(RuleRunner.run(rule, "The Trump campaign on Tuesday responded that it had expanded into larger quarters.").map(\.claim)
                == ["it had expanded into larger quarters"])
        #expect(RuleRunner.run(rule, "Josh Hendler, a top Democratic tech operative, warned Saturday that the move could damage the party.").map(\.claim)
                == ["the move could damage the party"])
    }

    @Test func clausesInNewsCopy() {
        let rule = NameCueClauseRule()
        #expect(RuleRunner.claims(rule, "He said the U.S. economy grew 2 percent under Mr. Obama.") == ["the U.S. economy grew 2 percent under Mr. Obama"],
                "abbreviations and initials end no clause")
        #expect(RuleRunner.claims(rule, "She said the case went to Det. Ray Moss and Supt. Ann Lee in March.")
                == ["the case went to Det. Ray Moss and Supt. Ann Lee in March"], "nor do abbreviated titles")
        #expect(RuleRunner.claims(rule, "Ms. Compton said that she had opted not to join the line, but that they then met the Bushes.")
                == ["she had opted not to join the line, but that they then met the Bushes"])
        #expect(RuleRunner.claims(rule, "Clark said Brooks had begun making calls and said the outcome was open.") == ["Brooks had begun making calls"],
                "a second act of speech ends the clause")
        #expect(RuleRunner.claims(rule, "They said she could.") == ["she could"])
        #expect(RuleRunner.run(rule, "Asked if she believed Putin wanted Trump to win, Clinton said she would not jump to that conclusion.")
                == [Found(claim: "she would not jump to that conclusion", mention: "Clinton", cue: "said")],
                "a match that is no claim (believed without that) hides no later speaker")
        #expect(RuleRunner.run(rule, "Sen. Rand Paul, R-Ky., told Fox News that polls could be \"way off,\" and unreliable.").map(\.claim)
                == ["polls could be \"way off,\" and unreliable"], "an abbreviation in the apposition; a closing straight quote after a comma")
        #expect(RuleRunner.claims(rule, "He said the war would not end on his watch, U.S. forces bombed a hospital.")
                == ["the war would not end on his watch"], "a new clause after a comma ends the reported one")
        #expect(RuleRunner.claims(rule, "Kasich said he spoke to Trump and asked him to condemn violence.")
                == ["he spoke to Trump and asked him to condemn violence"], "asked without that is no new act of speech")
        #expect(RuleRunner.claims(rule, "The statistics office said last week.").isEmpty)
        #expect(RuleRunner.claims(rule, "Tim Moore said in a statement.").isEmpty)
    }

    @Test func anySubjectCueClause() {
        let rule = AnySubjectCueClauseRule()
        #expect(RuleRunner.run(rule, "Labor Secretary Thomas Perez, who said he expects the agreement to be finalized over the weekend, was there.")
                == [Found(claim: "he expects the agreement to be finalized over the weekend", mention: "Labor Secretary Thomas Perez", cue: "said")])
        #expect(RuleRunner.run(rule, "Sen. Mitch McConnell (R-Ky.) said that he did not want to bring up any more bills this year.").map(\.mention)
                == ["Sen. Mitch McConnell"], "a party code between speaker and cue")
        #expect(RuleRunner.claims(rule, "People with direct knowledge of the deal said the firm was also helping steer the advocacy work.")
                == ["the firm was also helping steer the advocacy work"])
        #expect(RuleRunner.claims(rule, "He refused to say whether he would run again next year.").isEmpty, "after to")
        #expect(RuleRunner.claims(rule, "The report was late, said Katie Harbath, the director of outreach.").isEmpty, "the speaker follows")
        #expect(RuleRunner.claims(rule, "The states reported that turnout was higher than in any year before.").isEmpty, "only cues that are never nouns")
    }

    @Test func aCueThatAttributesAQuoteReportsMoreSpeechAfterThat() {
        let found = Suggester().suggest(in: "“We are done,” the spokeswoman told POLITICO that Gore plans to skip the festivities in Philadelphia.")
        #expect(found.map(\.text) == ["We are done,", "Gore plans to skip the festivities in Philadelphia"])
        #expect(Suggester().suggest(in: "“We are done,” Ruiz told jurors in her closing argument on Monday.").map(\.text) == ["We are done,"])
    }

    @Test func clausesEndWhereNewsCopyEndsThem() {
        #expect(RuleRunner.claims(NameCueClauseRule(), "Clinton says the mails were personal and not work-related, but Republicans see a cover-up.")
                == ["the mails were personal and not work-related"], "a new subject after but")
        #expect(RuleRunner.claims(NameCueClauseRule(), "Packer said the focus on Trump is taking a toll on the front-runner, pointing to Cruz's victories.")
                == ["the focus on Trump is taking a toll on the front-runner"])
        #expect(RuleRunner.claims(NameCueClauseRule(), "She said she is willing to be interviewed by the FBI, which is conducting its own probe.")
                == ["she is willing to be interviewed by the FBI"])
        #expect(RuleRunner.claims(NameCueClauseRule(), "She explained that Comey was referring only to her interviews - but she also insisted on more.")
                == ["Comey was referring only to her interviews"], "a dash before a new clause")
        #expect(RuleRunner.claims(NameCueClauseRule(), "Lu told VOA Mandarin that NGOs will align with the agenda — unlike many NGOs outside China.")
                == ["NGOs will align with the agenda — unlike many NGOs outside China"], "a dash before an aside goes on")
    }
}
