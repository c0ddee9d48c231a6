import Testing
@testable import ClaimdeskSuggest

/// Reported speech news copy writes in ways the first rules missed (sentences paraphrased from political news): clause ends,
/// a partial quote that ends the writer's clause, `As X reported, …`, subordinate clauses, first-person speakers.
@Suite struct SaidTypeRecallTests {
    typealias Found = RuleRunner.Found

    @Test func asCueClause() {
        #expect(RuleRunner.run(AsCueClauseRule(), "As The Washington Post reported, even a split of the delegates would leave him short.")
                == [Found(claim: "even a split of the delegates would leave him short", mention: "The Washington Post", cue: "reported")])
        #expect(RuleRunner.claims(AsCueClauseRule(), "But as Clyburn noted, those voters will give Sanders a second look.")
                == ["those voters will give Sanders a second look"])
        #expect(RuleRunner.run(AsCueClauseRule(), "As The Post's Ruth Marcus puts it, Obama is trying to make Republicans \"an offer they can't afford to refuse.\"")
                == [Found(claim: "Obama is trying to make Republicans \"an offer they can't afford to refuse.\"", mention: "The Post's Ruth Marcus",
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
        #expect(RuleRunner.claims(QuoteNameCueRule(), "“I’m not requesting it, and it won’t happen.” He said he’ll support the nominee.").isEmpty)
        #expect(RuleRunner.claims(QuoteNameCueRule(), "“It won’t happen.” He said on Friday.") == ["It won’t happen."])
        #expect(RuleRunner.claims(NameCueClauseRule(), "“It won’t happen.” He said he’ll support the nominee.") == ["he’ll support the nominee"])
    }

    @Test func clausesEndAtTheSpeakersNextActAndAtAsides() {
        let rule = NameCueClauseRule()
        #expect(RuleRunner.claims(rule, "Adelson said he found Trump to be “very charming” and called his standing “unheard of.”")
                == ["he found Trump to be “very charming”"])
        #expect(RuleRunner.claims(rule, "Back then, 47 percent said they would vote for Clinton, however this time that number has dropped.")
                == ["they would vote for Clinton"])
        #expect(RuleRunner.claims(rule, "Most voters say they would consider him, putting them ahead of every other candidate.")
                == ["they would consider him"])
        #expect(RuleRunner.claims(rule, "Officials said the plan, including tax cuts, would pass.") == ["the plan, including tax cuts, would pass"])
        #expect(RuleRunner.claims(rule, "Cox says Obama lacks a strategy to prevent attacks in the U.S. He says Americans need no more lectures.")
                == ["Obama lacks a strategy to prevent attacks in the U.S", "Americans need no more lectures"])
    }

    @Test func anInitialismEndsItsSentenceBeforeAPronoun() {
        let text = ScalarText("They struck in the U.S. He says more will come. Officials in the U.S. Senate disagree.")
        let sentences = Paragraph.split(text)[0].sentences(in: text).map(text.slice)
        #expect(sentences == ["They struck in the U.S.", "He says more will come.", "Officials in the U.S. Senate disagree."])
    }

    @Test func speechReportedInASubordinateClauseEndsAtItsComma() {
        #expect(RuleRunner.claims(NameCueClauseRule(), "While Ramos said that journalists cannot have any political affiliation, he appears uneasy.")
                == ["journalists cannot have any political affiliation"])
        #expect(RuleRunner.claims(AnySubjectCueClauseRule(), "While critics of the deal argued that trading prisoners invites kidnapping, the president disagreed.")
                == ["trading prisoners invites kidnapping"])
        #expect(RuleRunner.claims(NameCueClauseRule(), "Ramos said the network, which he founded, is neutral.") == ["the network, which he founded, is neutral"],
                "no subordinate clause: the usual ends (an aside in the clause's subject is none)")
    }

    @Test func speechReportedInAClauseAfterACommaEndsAtItsComma() {
        #expect(RuleRunner.claims(AnySubjectCueClauseRule(), "Sanders, who had said he would debate the front-runner, criticized Clinton on two fronts.")
                == ["he would debate the front-runner"])
        #expect(RuleRunner.claims(NameCueClauseRule(), "However, while the committee says it is well on its way to its goal, it is not getting help from donors.")
                == ["it is well on its way to its goal"])
        #expect(RuleRunner.claims(NameCueClauseRule(), "The changes, which officials said will go into effect in the next few months, will not apply to all.")
                == ["will go into effect in the next few months"])
        #expect(RuleRunner.claims(NameCueClauseRule(), "Clinton stretched the truth in the debate, when she claimed that the Islamic State, or ISIS, has used Trump in its videos.")
                == ["the Islamic State, or ISIS, has used Trump in its videos"], "the clause goes on after the comma: no end there")
    }

    @Test func anAsideOrASettingBetweenTheCueAndThat() {
        let rule = NameCueClauseRule()
        #expect(RuleRunner.run(rule, "His campaign chairman Paul Manafort said — on Twitter, as it happens — that Trump raised about $4 million that day.")
                == [Found(claim: "Trump raised about $4 million that day", mention: "Paul Manafort", cue: "said")])
        #expect(RuleRunner.claims(rule, "He said, twice, that he was going to get up and go back to work on Wednesday morning.")
                == ["he was going to get up and go back to work on Wednesday morning"])
        #expect(RuleRunner.claims(rule, "The foundation reported to the IRS that his full-time salary was $31,592.") == ["his full-time salary was $31,592"])
        #expect(RuleRunner.claims(AnySubjectCueClauseRule(), "Several of the senators who met him argued, with some heat, that the deal was a mistake.")
                == ["the deal was a mistake"])
        #expect(RuleRunner.claims(rule, "The latest hiccup adds to the drama that has surrounded her use of a private server.").isEmpty,
                "`that` opens a relative clause after `adds to`")
    }

    @Test func firstPersonSpeakersLongAddresseesAndMoreCues() {
        #expect(RuleRunner.run(NameCueClauseRule(), "I told Megyn Kelly that the government tried to put me away.")
                == [Found(claim: "the government tried to put me away", mention: "I", cue: "told")])
        #expect(RuleRunner.claims(NameCueClauseRule(), "Wilson told The Post and Courier newspaper of Charleston on Saturday that he voted for Rubio.")
                == ["he voted for Rubio"])
        #expect(RuleRunner.claims(NameCueClauseRule(), "Sanders responds that he doesn’t need guidelines to tell him the banks are too big.")
                == ["he doesn’t need guidelines to tell him the banks are too big"])
        #expect(RuleRunner.claims(NameCueClauseRule(), "Sanders responds to the question.").isEmpty, "responds needs that")
    }

    @Test func wireStyleAttributionsWithAddresseesSettingsAndLooseSpeakers() {
        let rule = ClauseNameCueRule()
        #expect(RuleRunner.run(rule, "He had been completing his second year, a school spokesman told The Wall Street Journal.")
                == [Found(claim: "He had been completing his second year", mention: "a school spokesman", cue: "told")])
        #expect(RuleRunner.run(rule, "In that last step, officers can include a social media search, federal officials said.")
                == [Found(claim: "In that last step, officers can include a social media search", mention: "federal officials", cue: "said")])
        #expect(RuleRunner.claims(rule, "Castro's revolution dampened plans to return home, Mr. Rubio said in his 2012 book.")
                == ["Castro's revolution dampened plans to return home"])
        #expect(RuleRunner.claims(rule, "The race has tightened in recent weeks, were the candidates’ favorite shows.").isEmpty,
                "a loose speaker only before a cue that is always a verb")
        #expect(RuleRunner.claims(rule, "Weighing in on the whole discussion, Mike Huckabee said on Twitter, “It is over.”").isEmpty)
    }

    @Test func moreReportedSpeechAfterCues() {
        #expect(RuleRunner.claims(NameCueClauseRule(), "Party officials say that, frankly, the recount is not possible.")
                == ["frankly, the recount is not possible"])
        #expect(RuleRunner.claims(QuoteCueNameRule(), "Humphrey, who calls Trump a “sociopath,” said he doesn’t believe the effort needs a rival.").isEmpty,
                "said he and a verb: reported speech, not an inverted attribution")
        #expect(RuleRunner.claims(QuoteCueNameRule(), "“It is over,” said he.") == ["It is over,"])
        #expect(RuleRunner.claims(QuoteNameCueRule(), "Sims says he was “kind of riding the fence” until Haley said she was backing Rubio.").isEmpty,
                "until is no role before a name")
    }

    @Test func declinedQuestionClause() {
        let rule = DeclinedQuestionClauseRule()
        #expect(RuleRunner.run(rule, "Still, Reid would not say whether he would prefer that Democrats face Trump.")
                == [Found(claim: "whether he would prefer that Democrats face Trump", mention: "Reid", cue: "would not say")])
        #expect(RuleRunner.claims(rule, "The spokesman declined to say who the senator plans to vote for.") == ["who the senator plans to vote for"])
        #expect(RuleRunner.claims(rule, "Cruz declined to comment on the lawsuit filed by the state.").isEmpty, "an object, no question")
        #expect(RuleRunner.claims(rule, "He said he did not say why.").isEmpty, "too short")
        #expect(RuleRunner.claims(rule, "Schumer wouldn’t say Tuesday how the party would rank gun control.") == ["how the party would rank gun control"])
    }

    @Test func aParticipleNotAttachedByACommaReportsAClause() {
        let rule = ParticipleClauseRule()
        #expect(RuleRunner.run(rule, "Minutes later, the campaign issued a statement saying that Trump meant people who vote.")
                == [Found(claim: "Trump meant people who vote", mention: "the campaign", cue: "saying")])
        #expect(RuleRunner.run(rule, "Clinton leads in the state, with 50 percent of voters saying she is prepared for the job.")
                == [Found(claim: "she is prepared for the job", mention: "50 percent of voters", cue: "saying")])
        #expect(RuleRunner.claims(rule, "Clinton clearly erred in saying that the figure came from the State Department.")
                == ["the figure came from the State Department"])
        #expect(RuleRunner.claims(rule, "She kept saying goodbye to the previous guest.").isEmpty, "an object")
        #expect(RuleRunner.claims(rule, "The senator kept noting flagging economic conditions in China.").isEmpty, "an object")
        #expect(RuleRunner.claims(rule, "Trump is telling a town hall in Salem that waterboarding is peanuts.") == ["waterboarding is peanuts"])
    }

    @Test func askedReadsPluralAndLongerAddressees() {
        #expect(RuleRunner.claims(AskedClauseRule(), "He posed for photos and asked workers if they planned to attend the caucuses.")
                == ["if they planned to attend the caucuses"])
        #expect(RuleRunner.claims(AskedClauseRule(), "Tanden asked former Attorney General Eric Holder whether he had thoughts on the case.")
                == ["whether he had thoughts on the case"])
    }

    @Test func toSayReportsAClause() {
        let rule = AnySubjectCueClauseRule()
        #expect(RuleRunner.claims(rule, "Emanuel stood at a Bush event here to say he was leaning toward supporting Mr. Trump.")
                == ["he was leaning toward supporting Mr. Trump"])
        #expect(RuleRunner.claims(rule, "Caucus-goers were slightly more likely to say that they preferred Clinton on the court.")
                == ["they preferred Clinton on the court"])
        #expect(RuleRunner.claims(rule, "Clinton took to Twitter to say thanks to all of her many supporters.").isEmpty, "an object")
        #expect(RuleRunner.claims(rule, "He refused to say anything about the long dispute with the board.").isEmpty)
    }

    @Test func aCueAfterToReportsAClause() {
        let rule = AnySubjectCueClauseRule()
        #expect(RuleRunner.run(rule, "The senator continues to insist that he will fight on to the July convention.")
                == [Found(claim: "he will fight on to the July convention", mention: "The senator", cue: "insist")])
        #expect(RuleRunner.claims(rule, "Judge is expected to argue that the longtime senator has fallen out of touch with voters.")
                == ["the longtime senator has fallen out of touch with voters"])
        #expect(RuleRunner.claims(rule, "Lewandowski continued to assert that he never made contact with the reporter.")
                == ["he never made contact with the reporter"])
        #expect(RuleRunner.claims(rule, "The campaign rejected the claim that the senator had been paid by the bank.").isEmpty,
                "a noun, not a cue")
        #expect(RuleRunner.claims(rule, "She declined to claim that she had won the state outright on Monday night.").isEmpty,
                "declined speech")
        #expect(RuleRunner.claims(rule, "Officials rushed to explain the new rules to the many confused voters.").isEmpty, "an object")
    }
}
