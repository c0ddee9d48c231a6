import Testing
@testable import ClaimdeskSuggest

/// Speaker resolution through the public API: names, pronouns, groups, organisations, notes and known speakers.
@Suite struct SpeakerTests {
    @Test func surnamesAndPronounsReferBackToTheFullName() {
        let text = "Chinese President Xi Jinping spoke first. Later he said the plan was working well. “We are not done yet,” Xi said."
        #expect(Suggester.speakers(in: text) == ["Xi Jinping", "Xi Jinping"])
    }

    @Test func pronounsTakeTheMostRecentPersonOfACompatibleGender() {
        let text = """
        Port director Helen Marsh called the strike reckless. "Farmers in the valley lose money every day," she told reporters.

        Union leader Marcus Doyle said his members would stay out until the port paid up.

        Marsh said the authority would not reopen talks, and she accused Doyle of lying. "We can't negotiate with a gun to our heads," she added.
        """
        #expect(Suggester.speakers(in: text) == ["Helen Marsh", "Marcus Doyle", "Helen Marsh", "Helen Marsh"], "\"his\" made Doyle a man: the last \"she\" skips him")
        let gendered = Suggester.speakers(in: "Mr. Tom Reyes and Mei Tanaka met. “Nobody has slept here for days,” she said.")
        #expect(gendered == ["Mei Tanaka"])
    }

    @Test func knownSpeakersAndAliases() {
        let found = Suggester(knownSpeakers: [KnownSpeaker(name: "Zhou Hongyi", aliases: ["Zhou"])]).suggest(in: "“We will donate more than before,” Zhou said.")
        #expect(found.first?.speaker == SuggestedSpeaker(name: "Zhou Hongyi", mention: Span(35, 39), isNew: false, note: nil, kind: .person))
    }

    @Test func newSpeakersCarryTheirTitleOrAffiliation() {
        let found = Suggester().suggest(in: """
        “The target is the wallet of wealthy domestic entrepreneurs,” said Lu Jun, founder of the influential nongovernmental organization Beijing Yirenping Center, in a phone interview with VOA Mandarin.

        “We did not expect the river to rise this fast,” Emergency Services Director Laura Kim said.
        """)
        #expect(found.map { $0.speaker?.note } == ["founder of the influential nongovernmental organization Beijing Yirenping Center", "Emergency Services Director"])
        #expect(found.map { $0.speaker?.name } == ["Lu Jun", "Laura Kim"])
    }

    @Test func groupsAndOrganisations() {
        let found = Suggester().suggest(in: """
        The Central Bank of Norland kept rates on hold. Shipping analysts say the walkout could cost billions. According to the bank, inflation is falling fast.

        “The moves were part of a sweeping campaign,” China Daily said. The company’s new management said in a statement that it had repaid its customers.
        """)
        #expect(found.map { $0.speaker?.name } == ["analysts", "Central Bank of Norland", "China Daily", "China Daily"])
        #expect(found.map { $0.speaker?.kind } == [.group, .organisation, .organisation, .organisation])
    }

    /// A document speaks as itself (`court documents`, as the gold texts and PolNeAR name it), or through a name after `from`
    /// or `by` (`data from the Ardo Stock Exchange`).
    @Test func documentsSpeakAsThemselvesOrThroughANameAfterFromOrBy() {
        let found = Suggester().suggest(in: """
        According to court documents, the company booked fake sales to shell companies.

        The krone rose 0.4 percent against the euro, according to data from the Ardo Stock Exchange.
        """)
        #expect(found.map { $0.speaker?.name } == ["court documents", "Ardo Stock Exchange"])
        #expect(found.map { $0.speaker?.kind } == [.organisation, .organisation])
        let company = Suggester().suggest(in: "Regulators looked at payments startup Clearpath last year. According to court documents, the firm booked fake sales to shell companies. "
            + "The company said the documents were incomplete and misleading.")
        #expect(company.map { $0.speaker?.name } == ["court documents", "Clearpath"], "a document is no organisation that `the company` refers to")
    }

    @Test func nominalsCountsAndAbbreviatedTitles() {
        let found = Suggester().suggest(in: """
        Clinton’s campaign said she would attend the dinner. Only 24 percent of voters said she did nothing wrong.

        A Democratic senator said Republicans had agreed to hold votes. “That is what Hillary Clinton understands,” Sen. Chris Murphy said.

        Mr. Obama arrived late. “We are not done,” he said. Those surveyed said the funding should stay.
        Senator Bernie Sanders of Vermont said he would stay in the race.
        """)
        #expect(found.map { $0.speaker?.name } == ["Clinton campaign", "Only 24 percent of voters", "Democratic senator", "Chris Murphy", "Obama",
                                                 "Those surveyed", "Bernie Sanders"])
        #expect(found.map { $0.speaker?.kind } == [.organisation, .group, .person, .person, .person, .group, .person])
    }

    @Test func descriptionsAppositionsAndItOfNewsCopy() {
        #expect(Suggester.speakers(in: "The anti-abortion movement has argued that abortion providers should be punished, not women.") == ["anti-abortion movement"],
                "a description with a head the lexicon does not know")
        #expect(Suggester.speakers(in: "Mr. Regalado, 69, said he had been inundated with angry email from voters.") == ["Regalado"], "an age is no speaker")
        #expect(Suggester.speakers(in: "Rep. Chris Collins, R-NY, said meeting participants outlined a scenario for the convention.") == ["Chris Collins"],
                "a party code is no name")
        #expect(Suggester.speakers(in: "The report came from the Federal Deposit Insurance Corporation. It said officials had concealed the breaches.")
                == ["Federal Deposit Insurance Corporation"], "it said: the organisation named last")
    }

    @Test func aPlaceOrOrganisationThenARoleThenTheName() {
        #expect(Suggester.speakers(in: "“The race is tight,” said Marquette pollster Charles Franklin.") == ["Charles Franklin"])
        #expect(Suggester.speakers(in: "Former Massachusetts congressman Barney Frank said the rules were unfair to nobody.") == ["Barney Frank"])
    }

    @Test func aQuoteWithNoCueTakesThePersonNamedLast() {
        let text = """
        “He was the greatest,” Jack Nicklaus said.

        Dorothy Poynter, who grew up with Ali in the neighborhood, was at the gates. The crowd fell silent, and then “We were all so proud of him.”
        """
        #expect(Suggester.speakers(in: text) == ["Jack Nicklaus", "Dorothy Poynter"])
    }
    @Test func aDescriptionWithALowerCaseHeadIsTheSpeaker() {
        #expect(Suggester.speakers(in: "The GOP presidential front-runner predicted in March that Rubio would not win Florida.") == ["GOP presidential front-runner"],
                "not the party named in it")
        #expect(Suggester.speakers(in: "Twenty-four percent said they were more likely to vote for him because of it.") == ["Twenty-four percent"],
                "the subject runs up to the cue")
        #expect(Suggester.speakers(in: "Protest groups say the restrictions are less for safety than to minimize their visibility.") == ["Protest groups"])
        #expect(Suggester.speakers(in: "Clinton has maintained that the server was secure at all times, aides said.").first == "Clinton",
                "not widened over a verb")
    }

    @Test func aPlaceIsNoOneAQuoteWithNoCueGoesOnWith() {
        let text = """
        Jim Bennett greeted voters outside the school. New Hampshire voters had come early.

        “We each have our own opinion, but we are friends, and that is what counts.”
        """
        #expect(Suggester.speakers(in: text) == ["Jim Bennett"])
    }

    @Test func ageAndPartyBetweenTheNameAndTheCue() {
        let found = Suggester().suggest(in: "“We each have our own opinion, but we are friends,” Jim Bennett, 57, told a voter.\n\n"
            + "“That is a problem for the party,” Rep. Jim Clyburn (D-S.C.) said.\n\n"
            + "“Twitter works as a way to sell books,” James B. Comey Jr., the director of the F.B.I., said at a news conference.")
        #expect(found.map { $0.speaker?.name } == ["Jim Bennett", "Jim Clyburn", "James B. Comey Jr"])
        #expect(found.map(\.rule) == ["quote-name-cue", "quote-name-cue", "quote-name-cue"])
    }

    @Test func threeClosingApostrophesCloseTheInnerQuoteThenTheQuotation() {
        let found = Suggester().suggest(in: "''I would use the word 'old-school,''' said Gregory W. Slayton, a supporter of Senator Marco Rubio.")
        #expect(found.map { $0.speaker?.name } == ["Gregory W. Slayton"])
        #expect(found.first?.rule == "quote-cue-name")
    }

    @Test func aQuoteInsideTheWritersSentenceIsItsSubjects() {
        let text = "Donald Trump called for a ban in December. Ali called on fellow Muslims to “stand up to those who use Islam to advance their own personal agenda.”"
        #expect(Suggester.speakers(in: text) == ["Ali"], "the sentence's subject, not the person named last")
    }

    @Test func anAppositionMayHoldAbbreviationsAndAPartyIsNoName() {
        #expect(Suggester.speakers(in: "Nick Merrill, a spokesman for Mrs. Clinton, said that the central focus of her campaign was wages.") == ["Nick Merrill"],
                "not the Mrs. Clinton inside the apposition")
        #expect(Suggester.speakers(in: "Senator Lindsey Graham, Republican of South Carolina, said on Sunday that Mr. Trump had crossed a line.")
                == ["Lindsey Graham"], "a party and state is the note, not the speaker")
        #expect(Suggester.speakers(in: "Moreover, Jeffrey D. Sachs, director of the Earth Institute, noted that most of those plans run only to 2030.")
                == ["Jeffrey D. Sachs"], "a sentence adverb is no name")
    }

    @Test func aConjunctionHeadsNoDescription() {
        let found = Suggester.speakers(in: "McConnell was quick to embrace the mogul after he clinched the nomination and said this week that Trump is competitive.")
        #expect(!found.contains("nomination and"))
    }

    @Test func moreSpeakersAfterAQuote() {
        let found = Suggester().suggest(in: "“In Hillary Clinton’s America, the middle class get crushed,” says a narrator.\n\n"
            + "“Big tax cuts do not work in an age of high inequality and heavy debt,” James Pethokoukis of the American Enterprise Institute wrote.\n\n"
            + "“Power to the people and to nobody else!” the protesters shouted from the street.")
        #expect(found.map { $0.speaker?.name } == ["narrator", "James Pethokoukis", "protesters"])
        #expect(found.map(\.rule) == ["quote-cue-name", "quote-name-cue", "quote-name-cue"])
    }

    @Test func aDescriptionKeepsTheWordsThatSayWhichOne() {
        let found = Suggester().suggest(in: "“Bill Clinton has been very worked up about it all week,” said a source close to the campaign.\n\n"
            + "Supporters of abortion rights say the ruling will galvanize efforts to keep abortion legal.")
        #expect(found.map { $0.speaker?.name } == ["source close to the campaign", "Supporters of abortion rights"])
        #expect(found.map { $0.speaker?.kind } == [.person, .group])
    }

    /// A participle whose sentence's subject is not read speaks for the first person the sentence names as a subject, not
    /// for the person named last (the one the sentence is about), nor for a place after a comma.
    @Test func aParticipleWithAnUnreadSubjectIsTheFirstPersonsSpeech() {
        let dateline = "PARIS, Aug 31 (Reuters) - France’s far-right National Front party leader, Marine Le Pen, voiced support for Donald Trump on Wednesday, saying his rival would bring war to the world."
        #expect(Suggester.speakers(in: dateline) == ["Marine Le Pen"], "not Aug, France or the National Front, nor Donald Trump named last")
        let place = "At a rally in Portsmouth, N.H., on Tuesday, Senator Bernie Sanders of Vermont endorsed Mrs. Clinton, saying that his former rival would make an outstanding president."
        #expect(Suggester.speakers(in: place) == ["Bernie Sanders"])
    }
}
