import Testing
@testable import ClaimdeskSuggest

/// Reported speech news copy writes in ways the first rules missed (sentences of our own, in the shapes news copy uses): clause ends,
/// a partial quote that ends the writer's clause, `As X reported, …`, subordinate clauses, first-person speakers.
@Suite struct SaidTypeRecallTests {
    typealias Found = RuleRunner.Found

    @Test func asCueClause() {
        #expect(RuleRunner.run(AsCueClauseRule(), "As The Washington Post reported, even a split of the delegates would leave him short.")
                == [Found(claim: "even a split of the delegates would leave him short", mention: "The Washington Post", cue: "reported")])
        #expect(RuleRunner.claims(AsCueClauseRule(), "But as Okafor noted, those tenants will give Moreno a fair hearing.")
                == ["those tenants will give Moreno a fair hearing"])
        #expect(RuleRunner.run(AsCueClauseRule(), "As The Tribune's Nora Hale puts it, Mayor Park is trying to make the unions \"a deal they can't afford to turn down.\"")
                == [Found(claim: "Mayor Park is trying to make the unions \"a deal they can't afford to turn down.\"", mention: "The Tribune's Nora Hale",
                          cue: "puts it")], "the present tense of put it")
        #expect(RuleRunner.claims(AsCueClauseRule(), "Leaders such as Obama said, in effect, that the deal was done.").isEmpty, "only at a sentence's start")
        #expect(RuleRunner.claims(AsCueClauseRule(), "As the vote neared, he said the deal was done.").isEmpty, "no cue in the as clause")
    }

    @Test func headlineInTitleCase() {
        let rule = HeadlineSaysClauseRule()
        #expect(RuleRunner.run(rule, "City Council Says The New Bridge Will Open In May.")
                == [Found(claim: "The New Bridge Will Open In May", mention: "City Council", cue: "Says")])
        #expect(RuleRunner.run(rule, "Mayor Jane Holt Just Said Something Surprising About The Budget.")
                == [Found(claim: "Something Surprising About The Budget", mention: "Mayor Jane Holt", cue: "Said")])
        #expect(RuleRunner.claims(rule, "Mayor Holt Says the new bridge will open in May.").isEmpty, "prose, not a headline")
        #expect(RuleRunner.claims(rule, "Ten Things Voters Said In 2015 About The Economy.").isEmpty, "a preposition says when")
        #expect(RuleRunner.claims(rule, "Senator Holt Says No To Another Debate.").isEmpty, "a refusal")
    }

    @Test func partialQuoteEndingTheWritersClauseIsClaimedWithIt() {
        #expect(RuleRunner.claims(QuoteNameCueRule(), "Teachers in the network are “very, very pro-Bernie,” she said.")
                == ["Teachers in the network are “very, very pro-Bernie,”"])
        #expect(RuleRunner.claims(QuoteCueNameRule(), "Bloomberg's chances of winning are \"very slim,\" said Walter Stone.")
                == ["Bloomberg's chances of winning are \"very slim,\""])
        #expect(RuleRunner.claims(QuoteNameCueRule(), "“We will win,” she said.") == ["We will win,"], "a quotation opening its sentence")
        #expect(RuleRunner.claims(QuoteNameCueRule(), "He spoke in Iowa, “this is the moment,” he said.") == ["this is the moment,"], "after a comma")
        #expect(RuleRunner.claims(QuoteNameCueRule(), "Her friends mocked him, calling Trump “an orange buffoon,” she said.") == ["an orange buffoon,"])
        #expect(RuleRunner.claims(QuoteNameCueRule(), "The party will play the “woman card.” He said the polls agree.").isEmpty)
    }

    @Test func aQuotationEndingItsSentenceIsNotAttributedByNewSpeech() {
        #expect(RuleRunner.claims(QuoteNameCueRule(), "“I’m not seeking the post, and I won’t take it.” He said he’ll support the nominee.").isEmpty)
        #expect(RuleRunner.claims(QuoteNameCueRule(), "“It won’t happen.” He said on Friday.") == ["It won’t happen."])
        #expect(RuleRunner.claims(NameCueClauseRule(), "“It won’t happen.” He said he’ll support the nominee.") == ["he’ll support the nominee"])
    }

    @Test func clausesEndAtTheSpeakersNextActAndAtAsides() {
        let rule = NameCueClauseRule()
        #expect(RuleRunner.claims(rule, "Ortiz said he found Moreno to be “very candid” and called his record “hard to match.”")
                == ["he found Moreno to be “very candid”"])
        #expect(RuleRunner.claims(rule, "Back then, 38 percent said they would back Ortiz, however this time that share has slipped.")
                == ["they would back Ortiz"])
        #expect(RuleRunner.claims(rule, "Most voters say they would consider him, putting them ahead of every other candidate.")
                == ["they would consider him"])
        #expect(RuleRunner.claims(rule, "Officials said the plan, including tax cuts, would pass.") == ["the plan, including tax cuts, would pass"])
        #expect(RuleRunner.claims(rule, "Lund says the board lacks a plan to stop floods in the U.S. He says residents need no more studies.")
                == ["the board lacks a plan to stop floods in the U.S", "residents need no more studies"])
    }

    @Test func anInitialismEndsItsSentenceBeforeAPronoun() {
        let text = ScalarText("They struck in the U.S. He says more will come. Officials in the U.S. Senate disagree.")
        let sentences = Paragraph.split(text)[0].sentences(in: text).map(text.slice)
        #expect(sentences == ["They struck in the U.S.", "He says more will come.", "Officials in the U.S. Senate disagree."])
    }

    @Test func speechReportedInASubordinateClauseEndsAtItsComma() {
        #expect(RuleRunner.claims(NameCueClauseRule(), "While Ferreira said that referees cannot have any club loyalty, he seems uneasy.")
                == ["referees cannot have any club loyalty"])
        #expect(RuleRunner.claims(AnySubjectCueClauseRule(), "While critics of the deal argued that trading prisoners invites kidnapping, the president disagreed.")
                == ["trading prisoners invites kidnapping"])
        #expect(RuleRunner.claims(NameCueClauseRule(), "Ramos said the network, which he founded, is neutral.") == ["the network, which he founded, is neutral"],
                "no subordinate clause: the usual ends (an aside in the clause's subject is none)")
    }

    @Test func speechReportedInAClauseAfterACommaEndsAtItsComma() {
        #expect(RuleRunner.claims(AnySubjectCueClauseRule(), "Moreno, who had said he would challenge the incumbent, criticized Park on two counts.")
                == ["he would challenge the incumbent"])
        #expect(RuleRunner.claims(NameCueClauseRule(), "However, while the committee says it is well on its way to its goal, it is not getting help from donors.")
                == ["it is well on its way to its goal"])
        #expect(RuleRunner.claims(NameCueClauseRule(), "The fees, which officials said will take hold within the next few weeks, will not apply to all.")
                == ["will take hold within the next few weeks"])
        #expect(RuleRunner.claims(NameCueClauseRule(), "Clinton stretched the truth in the debate, when she claimed that the Islamic State, or ISIS, has used Trump in its videos.")
                == ["the Islamic State, or ISIS, has used Trump in its videos"], "the clause goes on after the comma: no end there")
    }

    @Test func anAsideOrASettingBetweenTheCueAndThat() {
        let rule = NameCueClauseRule()
        #expect(RuleRunner.run(rule, "Her campaign chairman Luis Bravo said — on the radio, as it happens — that Ortiz raised about $2 million that week.")
                == [Found(claim: "Ortiz raised about $2 million that week", mention: "Luis Bravo", cue: "said")])
        #expect(RuleRunner.claims(rule, "She said, twice, that she was going to sit down and finish the report on Sunday evening.")
                == ["she was going to sit down and finish the report on Sunday evening"])
        #expect(RuleRunner.claims(rule, "The charity reported to the regulator that her part-time wage was $18,240.") == ["her part-time wage was $18,240"])
        #expect(RuleRunner.claims(AnySubjectCueClauseRule(), "Several of the senators who met him argued, with some heat, that the deal was a mistake.")
                == ["the deal was a mistake"])
        #expect(RuleRunner.claims(rule, "The latest delay adds to the confusion that has surrounded his handling of the harbour fund.").isEmpty,
                "`that` opens a relative clause after `adds to`")
    }

    @Test func firstPersonSpeakersLongAddresseesAndMoreCues() {
        #expect(RuleRunner.run(NameCueClauseRule(), "I told Anna Reyes that the council tried to shut me out.")
                == [Found(claim: "the council tried to shut me out", mention: "I", cue: "told")])
        #expect(RuleRunner.claims(NameCueClauseRule(), "Hale told The Gazette and Chronicle newspaper of Dunmore on Tuesday that he voted for Moreno.")
                == ["he voted for Moreno"])
        #expect(RuleRunner.claims(NameCueClauseRule(), "Moreno responds that he doesn’t need a study to tell him the rents are too high.")
                == ["he doesn’t need a study to tell him the rents are too high"])
        #expect(RuleRunner.claims(NameCueClauseRule(), "Moreno responds to the question.").isEmpty, "responds needs that")
    }

    @Test func wireStyleAttributionsWithAddresseesSettingsAndLooseSpeakers() {
        let rule = ClauseNameCueRule()
        #expect(RuleRunner.run(rule, "She had been finishing her third season, a club spokesman told The Evening Tribune.")
                == [Found(claim: "She had been finishing her third season", mention: "a club spokesman", cue: "told")])
        #expect(RuleRunner.run(rule, "In that final stage, inspectors can add a records check, state officials said.")
                == [Found(claim: "In that final stage, inspectors can add a records check", mention: "state officials", cue: "said")])
        #expect(RuleRunner.claims(rule, "Halvorsen's strike delayed plans to reopen the mill, Mr. Moreno said in his 2019 memoir.")
                == ["Halvorsen's strike delayed plans to reopen the mill"])
        #expect(RuleRunner.claims(rule, "The race has tightened in recent weeks, were the candidates’ favorite shows.").isEmpty,
                "a loose speaker only before a cue that is always a verb")
        #expect(RuleRunner.claims(rule, "Weighing in on the whole discussion, Mike Huckabee said on Twitter, “It is over.”").isEmpty)
    }

    @Test func moreReportedSpeechAfterCues() {
        #expect(RuleRunner.claims(NameCueClauseRule(), "Party officials say that, frankly, the recount is not possible.")
                == ["frankly, the recount is not possible"])
        #expect(RuleRunner.claims(QuoteCueNameRule(), "Lindqvist, who calls Moreno a “showman,” said he doesn’t believe the council needs a recall.").isEmpty,
                "said he and a verb: reported speech, not an inverted attribution")
        #expect(RuleRunner.claims(QuoteCueNameRule(), "“It is over,” said he.") == ["It is over,"])
        #expect(RuleRunner.claims(QuoteNameCueRule(), "Pratt says he was “sort of sitting on the sidelines” until Ortiz said she was backing Moreno.").isEmpty,
                "until is no role before a name")
    }

    @Test func declinedQuestionClause() {
        let rule = DeclinedQuestionClauseRule()
        #expect(RuleRunner.run(rule, "Still, Brandt would not say whether she would prefer that the union face Ortiz.")
                == [Found(claim: "whether she would prefer that the union face Ortiz", mention: "Brandt", cue: "would not say")])
        #expect(RuleRunner.claims(rule, "The spokesman declined to say who the senator plans to vote for.") == ["who the senator plans to vote for"])
        #expect(RuleRunner.claims(rule, "Cruz declined to comment on the lawsuit filed by the state.").isEmpty, "an object, no question")
        #expect(RuleRunner.claims(rule, "He said he did not say why.").isEmpty, "too short")
        #expect(RuleRunner.claims(rule, "Alvarez wouldn’t say Monday how the board would rank road repairs.") == ["how the board would rank road repairs"])
    }

    @Test func aParticipleNotAttachedByACommaReportsAClause() {
        let rule = ParticipleClauseRule()
        #expect(RuleRunner.run(rule, "Minutes later, the union issued a statement saying that Ortiz meant fans who travel.")
                == [Found(claim: "Ortiz meant fans who travel", mention: "the union", cue: "saying")])
        #expect(RuleRunner.run(rule, "Clinton leads in the state, with 50 percent of voters saying she is prepared for the job.")
                == [Found(claim: "she is prepared for the job", mention: "50 percent of voters", cue: "saying")])
        #expect(RuleRunner.claims(rule, "Park plainly erred in saying that the estimate came from the Harbour Board.")
                == ["the estimate came from the Harbour Board"])
        #expect(RuleRunner.claims(rule, "She kept saying goodbye to the previous guest.").isEmpty, "an object")
        #expect(RuleRunner.claims(rule, "The senator kept noting flagging economic conditions in China.").isEmpty, "an object")
        #expect(RuleRunner.claims(rule, "Moreno is telling a crowd in Dunmore that the toll is peanuts.") == ["the toll is peanuts"])
    }

    @Test func askedReadsPluralAndLongerAddressees() {
        #expect(RuleRunner.claims(AskedClauseRule(), "She posed for pictures and asked nurses if they planned to join the strike.")
                == ["if they planned to join the strike"])
        #expect(RuleRunner.claims(AskedClauseRule(), "Ruiz asked former Attorney General Mara Quinn whether she had thoughts on the merger.")
                == ["whether she had thoughts on the merger"])
    }

    @Test func toSayReportsAClause() {
        let rule = AnySubjectCueClauseRule()
        #expect(RuleRunner.claims(rule, "Petrov stood at a Park event here to say she was leaning toward backing Mr. Moreno.")
                == ["she was leaning toward backing Mr. Moreno"])
        #expect(RuleRunner.claims(rule, "Bus-riders were somewhat more likely to say that they trusted Ortiz on the budget.")
                == ["they trusted Ortiz on the budget"])
        #expect(RuleRunner.claims(rule, "Park took to Facebook to say thanks to every one of her volunteers.").isEmpty, "an object")
        #expect(RuleRunner.claims(rule, "He refused to say anything about the long dispute with the board.").isEmpty)
    }

    @Test func aCueAfterToReportsAClause() {
        let rule = AnySubjectCueClauseRule()
        #expect(RuleRunner.run(rule, "The senator continues to insist that she will press on to the June primary.")
                == [Found(claim: "she will press on to the June primary", mention: "The senator", cue: "insist")])
        #expect(RuleRunner.claims(rule, "Lowe is expected to argue that the veteran mayor has lost touch with renters.")
                == ["the veteran mayor has lost touch with renters"])
        #expect(RuleRunner.claims(rule, "Halvorsen continued to assert that she never spoke with the auditor.")
                == ["she never spoke with the auditor"])
        #expect(RuleRunner.claims(rule, "The campaign rejected the claim that the senator had been paid by the bank.").isEmpty,
                "a noun, not a cue")
        #expect(RuleRunner.claims(rule, "She declined to claim that she had won the state outright on Monday night.").isEmpty,
                "declined speech")
        #expect(RuleRunner.claims(rule, "Officials rushed to explain the new rules to the many confused voters.").isEmpty, "an object")
    }
}
