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
        #expect(RuleRunner.run(ParticipleClauseRule(), "Tomas Vela switched his pick at once – saying he was cheering for Leeds now.")
                == [Found(claim: "he was cheering for Leeds now", mention: "Tomas Vela", cue: "saying")], "after a dash")
        #expect(RuleRunner.claims(ParticipleClauseRule(), "She shrugged, pointing to her votes and saying that busy councillors are overrated.")
                == ["busy councillors are overrated"], "after and")
        #expect(RuleRunner.run(ParticipleClauseRule(), "“It went on. We will pick up delegates,” he said, adding that he makes no predictions.")
                .map(\.mention) == ["he"], "the speaker of the cue before, when the sentence opens inside a quotation")
        #expect(RuleRunner.run(ParticipleClauseRule(), "She sharpened her attack on Thursday, telling KXLR that Halvorsen is a “fraud” now.")
                == [Found(claim: "Halvorsen is a “fraud” now", mention: "She", cue: "telling")], "telling and its addressee")
        #expect(RuleRunner.claims(ParticipleClauseRule(), "The crowd kept saying the same thing over and over.").isEmpty, "not attached by a comma")
    }

    @Test func clauseEndsBeforeAnotherSpeakerOrAnAside() {
        let rule = NameCueClauseRule()
        #expect(RuleRunner.claims(rule, "Parents said Moreno is fair and patient, and two-thirds said the same of Lindqvist.")
                == ["Moreno is fair and patient"], "another speaker's said after and")
        #expect(RuleRunner.claims(rule, "Okafor said talks “should be settled by Easter,” referring to the pay dispute.")
                == ["talks “should be settled by Easter,”"])
        #expect(RuleRunner.claims(rule, "Okafor said he does not want to shut the branch libraries in small towns — a plan he has floated twice.")
                == ["he does not want to shut the branch libraries in small towns"])
    }

    @Test func askedClause() {
        let rule = AskedClauseRule()
        #expect(RuleRunner.run(rule, "A reporter asked Lindqvist how he is feeling on polling day.")
                == [Found(claim: "how he is feeling on polling day", mention: "A reporter", cue: "asked")])
        #expect(RuleRunner.claims(rule, "She also asked if tenants would be ready to pay for such a repair.") == ["if tenants would be ready to pay for such a repair"])
        #expect(RuleRunner.run(rule, "Asked if she was ever fined, the Green candidate said no.")
                == [Found(claim: "if she was ever fined", mention: nil, cue: "Asked")], "an opening question ends at its comma")
        #expect(RuleRunner.claims(rule, "Asked about her own garden in April, she laughed.") == ["her own garden in April"])
        #expect(RuleRunner.claims(rule, "Pastor Owen Fairley asked the choir to stand for a moment.")
                == ["the choir to stand for a moment"], "a request keeps its addressee")
        #expect(RuleRunner.claims(rule, "“Can we win?” she asked.").isEmpty, "a quotation is the quote rules'")
    }

    @Test func nameCueObject() {
        let rule = NameCueObjectRule()
        #expect(RuleRunner.run(rule, "Nora Vance announced she and her partner are opening their second bakery.")
                == [Found(claim: "she and her partner are opening their second bakery", mention: "Nora Vance", cue: "announced")])
        #expect(RuleRunner.claims(rule, "KXLR reported at least four hot-air balloons filled the valley.") == ["at least four hot-air balloons filled the valley"])
        #expect(RuleRunner.claims(rule, "This year, China announced a new wave of crackdowns targeting NGOs.").isEmpty, "an object is no claim")
        #expect(RuleRunner.claims(rule, "Kim repeated her warning on Monday.").isEmpty)
        #expect(RuleRunner.claims(rule, "The company announced that it would close.").isEmpty, "with that it is name-cue-clause's")
        #expect(RuleRunner.claims(rule, "The cuts were announced on Monday by the ministry.").isEmpty, "no speaker before the cue")
        #expect(RuleRunner.claims(rule, "The reported figures were higher than expected.").isEmpty)
        #expect(RuleRunner.claims(rule, "KXLR reported on the parade for an hour.").isEmpty, "reported on is no object")
    }

    @Test func clauseCueName() {
        #expect(RuleRunner.run(ClauseCueNameRule(), "The festival trust has raised roughly $3.2 million, said Ines Calder, its chair and founder.")
                == [Found(claim: "The festival trust has raised roughly $3.2 million", mention: "Ines Calder", cue: "said")])
        #expect(RuleRunner.claims(ClauseCueNameRule(), "The club is hardly polished, but it has a devoted membership, said Ms. Tarrow.")
                == ["The club is hardly polished, but it has a devoted membership"])
        #expect(RuleRunner.claims(ClauseCueNameRule(), "Petra Lund, research director for Norvik, says the merger will cut its costs.").isEmpty,
                "a cue followed by its clause is no attribution at the end")
    }

    @Test func interruptedClause() {
        #expect(RuleRunner.run(InterruptedClauseRule(), "The hashtag #LostInLeeds, Mr. Haddad said, accompanied pictures of the pets still missing.")
                == [Found(claim: "The hashtag #LostInLeeds, Mr. Haddad said, accompanied pictures of the pets still missing",
                          mention: "Mr. Haddad", cue: "said")])
        #expect(RuleRunner.fragments(InterruptedClauseRule(), "In a sense, the brothers noted, Delgado might enjoy their parody.")
                == [["In a sense", "Delgado might enjoy their parody"]], "the attribution is left out of the fragments")
        #expect(RuleRunner.claims(InterruptedClauseRule(), "Delgado, Ferris said, has built a “noisy, logic-bending grievance-fueled circus.”")
                == ["Delgado, Ferris said, has built a “noisy, logic-bending grievance-fueled circus.”"], "whole quotations inside")
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
        #expect(RuleRunner.claims(NameAndCueClauseRule(), "Rourke put off deciding whether Harbour Watch could depose Lindqvist but said the group could return in spring.")
                == ["the group could return in spring"])
        #expect(RuleRunner.run(NameAndCueClauseRule(), "He called her \"timid\" and said she had \"no friends\" in Port Alder.")
                == [Found(claim: "she had \"no friends\" in Port Alder", mention: "He", cue: "said")])
        #expect(RuleRunner.claims(NameAndCueClauseRule(), "Marsh pleaded guilty and announced a new job.").isEmpty, "announced needs that")
        #expect(RuleRunner.claims(NameAndCueClauseRule(), "The mayor, who toured the site and said the bridge was safe, later closed it.")
                == ["the bridge was safe"], "a relative clause ends at its comma")
        #expect(RuleRunner.claims(NameAndCueClauseRule(), "The mayor toured the site and said the bridge was safe, although it needs paint.")
                == ["the bridge was safe, although it needs paint"], "no relative clause: the clause goes on")
    }

    @Test func speakersOfNewsCopy() {
        let rule = NameCueClauseRule()
        #expect(RuleRunner.run(rule, "A Green senator said the ranchers had agreed to hold talks.").map(\.mention) == ["A Green senator"])
        #expect(RuleRunner.run(rule, "Moreno’s campaign said she would attend the gala.").map(\.mention) == ["Moreno’s campaign"])
        #expect(RuleRunner.run(rule, "Only 31 percent of voters said she handled it well.").map(\.mention) == ["Only 31 percent of voters"])
        #expect(RuleRunner.run(rule, "During the forum, both candidates said it was a minor slip.").map(\.mention) == ["both candidates"])
        #expect(RuleRunner.run(rule, "Israeli officials said the meeting would go ahead.").map(\.mention) == ["Israeli officials"])
        #expect(RuleRunner.run(rule, "That person said the hostility hampered him.").map(\.mention) == ["That person"])
        #expect(RuleRunner.run(rule, "Norvik itself said the merger was off.").map(\.mention) == ["Norvik itself"])
        #expect(RuleRunner.run(rule, "By 58%-33%, those surveyed said the funding should stay.").map(\.mention) == ["those surveyed"])
        #expect(RuleRunner.run(rule, "Ashby and others who hope to ban fireworks said the choice is clearer.").map(\.claim)
                == ["the choice is clearer"], "a relative clause between the speaker and the cue")
        #expect(RuleRunner.run(rule, "The Green front-runner complained that the count had been botched.").map(\.mention) == ["The Green front-runner"])
        #expect(RuleRunner.run(rule, "The Moreno campaign on Friday responded that it had moved into bigger offices.").map(\.claim)
                == ["it had moved into bigger offices"])
        #expect(RuleRunner.run(rule, "Lena Ostrowski, a top Green data operative, warned Saturday that the merger could split the party.").map(\.claim)
                == ["the merger could split the party"])
    }

    @Test func clausesInNewsCopy() {
        let rule = NameCueClauseRule()
        #expect(RuleRunner.claims(rule, "He said the U.S. housing stock grew 4 percent under Mr. Barrow.") == ["the U.S. housing stock grew 4 percent under Mr. Barrow"],
                "abbreviations and initials end no clause")
        #expect(RuleRunner.claims(rule, "She said the case went to Det. Ray Moss and Supt. Ann Lee in March.")
                == ["the case went to Det. Ray Moss and Supt. Ann Lee in March"], "nor do abbreviated titles")
        #expect(RuleRunner.claims(rule, "Ms. Tarrow said that she had chosen to skip the queue, but that they then met the Hales.")
                == ["she had chosen to skip the queue, but that they then met the Hales"])
        #expect(RuleRunner.claims(rule, "Ferris said Quinlan had begun knocking on doors and said the race was open.") == ["Quinlan had begun knocking on doors"],
                "a second act of speech ends the clause")
        #expect(RuleRunner.claims(rule, "They said she could.") == ["she could"])
        #expect(RuleRunner.run(rule, "Asked if she believed Varga wanted Okafor to win, Moreno said she would not leap to that verdict.")
                == [Found(claim: "she would not leap to that verdict", mention: "Moreno", cue: "said")],
                "a match that is no claim (believed without that) hides no later speaker")
        #expect(RuleRunner.run(rule, "Sen. Dale Whitcomb, R-Ky., told Metro News that surveys could be \"badly off,\" and misleading.").map(\.claim)
                == ["surveys could be \"badly off,\" and misleading"], "an abbreviation in the apposition; a closing straight quote after a comma")
        #expect(RuleRunner.claims(rule, "He said the strike would not drag on past May, U.S. mediators walked out.")
                == ["the strike would not drag on past May"], "a new clause after a comma ends the reported one")
        #expect(RuleRunner.claims(rule, "Ferris said he spoke to Okafor and asked him to condemn the vandalism.")
                == ["he spoke to Okafor and asked him to condemn the vandalism"], "asked without that is no new act of speech")
        #expect(RuleRunner.claims(rule, "The statistics office said last week.").isEmpty)
        #expect(RuleRunner.claims(rule, "Tim Moore said in a statement.").isEmpty)
    }

    @Test func anySubjectCueClause() {
        let rule = AnySubjectCueClauseRule()
        #expect(RuleRunner.run(rule, "Transport Secretary Tomas Reyes, who said he expects the contract to be signed by the holidays, was there.")
                == [Found(claim: "he expects the contract to be signed by the holidays", mention: "Transport Secretary Tomas Reyes", cue: "said")])
        #expect(RuleRunner.run(rule, "Sen. Walt Brennan (R-Ky.) said that he would not take up any more nominations this term.").map(\.mention)
                == ["Sen. Walt Brennan"], "a party code between speaker and cue")
        #expect(RuleRunner.claims(rule, "People with close knowledge of the talks said the agency was also helping shape the lobbying push.")
                == ["the agency was also helping shape the lobbying push"])
        #expect(RuleRunner.claims(rule, "He declined to say whether he would coach again next season.").isEmpty, "after to")
        #expect(RuleRunner.claims(rule, "The report was late, said Kira Holm, the director of outreach.").isEmpty, "the speaker follows")
        #expect(RuleRunner.claims(rule, "The states reported that turnout was higher than in any year before.").isEmpty, "only cues that are never nouns")
    }

    @Test func aCueThatAttributesAQuoteReportsMoreSpeechAfterThat() {
        let found = Suggester().suggest(in: "“We are done,” the spokeswoman told KXLR that Varga plans to skip the regatta in Porto.")
        #expect(found.map(\.text) == ["We are done,", "Varga plans to skip the regatta in Porto"])
        #expect(Suggester().suggest(in: "“We are done,” Ruiz told jurors in her closing argument on Monday.").map(\.text) == ["We are done,"])
    }

    @Test func clausesEndWhereNewsCopyEndsThem() {
        #expect(RuleRunner.claims(NameCueClauseRule(), "Moreno says the texts were private and not job-related, but Greens smell a cover-up.")
                == ["the texts were private and not job-related"], "a new subject after but")
        #expect(RuleRunner.claims(NameCueClauseRule(), "Quinlan said the focus on Okafor is wearing down the front-runner, pointing to Varga's wins.")
                == ["the focus on Okafor is wearing down the front-runner"])
        #expect(RuleRunner.claims(NameCueClauseRule(), "She said she is ready to be questioned by the auditors, which are running their own review.")
                == ["she is ready to be questioned by the auditors"])
        #expect(RuleRunner.claims(NameCueClauseRule(), "She explained that Brandt was speaking only of her emails - but she also pressed for more.")
                == ["Brandt was speaking only of her emails"], "a dash before a new clause")
        #expect(RuleRunner.claims(NameCueClauseRule(), "Lu told VOA Mandarin that NGOs will align with the agenda — unlike many NGOs outside China.")
                == ["NGOs will align with the agenda — unlike many NGOs outside China"], "a dash before an aside goes on")
    }
}
