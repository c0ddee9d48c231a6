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
        Ortiz’s campaign said she would attend the dinner. Only 24 percent of voters said she did nothing wrong.

        A Democratic senator said Republicans had promised to schedule hearings. “That is what Dana Ortiz understands,” Sen. Glen Ashby said.

        Mr. Halvorsen arrived late. “We are not done,” he said. Those surveyed said the funding should stay.
        Senator Paul Lindqvist of Vermont said he would stay in the race.
        """)
        #expect(found.map { $0.speaker?.name } == ["Ortiz campaign", "Only 24 percent of voters", "Democratic senator", "Glen Ashby", "Halvorsen",
                                                 "Those surveyed", "Paul Lindqvist"])
        #expect(found.map { $0.speaker?.kind } == [.organisation, .group, .person, .person, .person, .group, .person])
    }

    @Test func descriptionsAppositionsAndItOfNewsCopy() {
        #expect(Suggester.speakers(in: "The anti-tolling movement has argued that ferry operators should be fined, not riders.") == ["anti-tolling movement"],
                "a description with a head the lexicon does not know")
        #expect(Suggester.speakers(in: "Mr. Halloran, 71, said he had been flooded with angry letters from tenants.") == ["Halloran"], "an age is no speaker")
        #expect(Suggester.speakers(in: "Rep. Nora Castillo, R-NY, said committee members sketched a plan for the convention.") == ["Nora Castillo"],
                "a party code is no name")
        #expect(Suggester.speakers(in: "The report came from the Federal Deposit Insurance Corporation. It said officials had concealed the breaches.")
                == ["Federal Deposit Insurance Corporation"], "it said: the organisation named last")
    }

    @Test func aPlaceOrOrganisationThenARoleThenTheName() {
        #expect(Suggester.speakers(in: "“The race is tight,” said Bayview pollster Carla Finch.") == ["Carla Finch"])
        #expect(Suggester.speakers(in: "Former Vermont congressman Leo Brandt said the rules were unfair to nobody.") == ["Leo Brandt"])
    }

    @Test func aQuoteWithNoCueTakesThePersonNamedLast() {
        let text = """
        “He was the best of us,” Martin Hale said.

        Ruth Abernathy, who grew up with Ali on the same block, was at the gates. The crowd fell silent, and then “All of us were proud of him.”
        """
        #expect(Suggester.speakers(in: text) == ["Martin Hale", "Ruth Abernathy"])
    }
    @Test func aDescriptionWithALowerCaseHeadIsTheSpeaker() {
        #expect(Suggester.speakers(in: "The GOP mayoral front-runner predicted in March that Moreno would not carry Eastside.") == ["GOP mayoral front-runner"],
                "not the party named in it")
        #expect(Suggester.speakers(in: "Thirty-one percent said they were less inclined to back the levy because of it.") == ["Thirty-one percent"],
                "the subject runs up to the cue")
        #expect(Suggester.speakers(in: "Tenant groups say the new rules are less about safety than about keeping them quiet.") == ["Tenant groups"])
        #expect(Suggester.speakers(in: "Ortiz has maintained that the pump was safe at all times, aides said.").first == "Ortiz",
                "not widened over a verb")
    }

    @Test func aPlaceIsNoOneAQuoteWithNoCueGoesOnWith() {
        let text = """
        Owen Pratt greeted voters outside the school. New Hampshire voters had come early.

        “We all see it differently, but we are neighbours, and that is what matters.”
        """
        #expect(Suggester.speakers(in: text) == ["Owen Pratt"])
    }

    @Test func ageAndPartyBetweenTheNameAndTheCue() {
        let found = Suggester().suggest(in: "“We all see it differently, but we are neighbours,” Owen Pratt, 57, told a voter.\n\n"
            + "“That is a headache for the caucus,” Rep. Rui Moreno (D-S.C.) said.\n\n"
            + "“Radio still works as a way to fill seats,” Harold T. Pike Jr., the director of the N.T.S.B., said at a briefing.")
        #expect(found.map { $0.speaker?.name } == ["Owen Pratt", "Rui Moreno", "Harold T. Pike Jr"])
        #expect(found.map(\.rule) == ["quote-name-cue", "quote-name-cue", "quote-name-cue"])
    }

    @Test func threeClosingApostrophesCloseTheInnerQuoteThenTheQuotation() {
        let found = Suggester().suggest(in: "''I would pick the word 'stubborn,''' said Martin K. Avery, a backer of Senator Rui Moreno.")
        #expect(found.map { $0.speaker?.name } == ["Martin K. Avery"])
        #expect(found.first?.rule == "quote-cue-name")
    }

    @Test func aQuoteInsideTheWritersSentenceIsItsSubjects() {
        let text = "Ellen Park called for a curfew in December. Ali called on fellow fans to “speak out against those who use the club to push their own private agenda.”"
        #expect(Suggester.speakers(in: text) == ["Ali"], "the sentence's subject, not the person named last")
    }

    @Test func anAppositionMayHoldAbbreviationsAndAPartyIsNoName() {
        #expect(Suggester.speakers(in: "Tom Varga, a spokesman for Mrs. Ortiz, said that the main focus of her campaign was housing.") == ["Tom Varga"],
                "not the Mrs. Ortiz inside the apposition")
        #expect(Suggester.speakers(in: "Senator Rui Moreno, Democrat of New Mexico, said on Monday that Mr. Halvorsen had gone too far.")
                == ["Rui Moreno"], "a party and state is the note, not the speaker")
        #expect(Suggester.speakers(in: "Moreover, Clara J. Whitlow, director of the Delta Water Institute, noted that most of those dams run only until 2040.")
                == ["Clara J. Whitlow"], "a sentence adverb is no name")
    }

    @Test func aConjunctionHeadsNoDescription() {
        let found = Suggester.speakers(in: "Halvorsen was quick to embrace the developer after he clinched the permit and said this week that Moreno is competitive.")
        #expect(!found.contains("permit and"))
    }

    @Test func moreSpeakersAfterAQuote() {
        let found = Suggester().suggest(in: "“In Mayor Park’s city, the small shops get crushed,” says a narrator.\n\n"
            + "“Big rebates do not work in a time of high rents and heavy borrowing,” Anna Brekke of the Lakeshore Policy Institute wrote.\n\n"
            + "“Power to the people and to nobody else!” the protesters shouted from the street.")
        #expect(found.map { $0.speaker?.name } == ["narrator", "Anna Brekke", "protesters"])
        #expect(found.map(\.rule) == ["quote-cue-name", "quote-name-cue", "quote-name-cue"])
    }

    @Test func aDescriptionKeepsTheWordsThatSayWhichOne() {
        let found = Suggester().suggest(in: "“Ellen has been very worked up about it all week,” said a source close to the family.\n\n"
            + "Supporters of tenant rights say the ruling will boost efforts to keep rents low.")
        #expect(found.map { $0.speaker?.name } == ["source close to the family", "Supporters of tenant rights"])
        #expect(found.map { $0.speaker?.kind } == [.person, .group])
    }

    /// A participle whose sentence's subject is not read speaks for the first person the sentence names as a subject, not
    /// for the person named last (the one the sentence is about), nor for a place after a comma.
    @Test func aParticipleWithAnUnreadSubjectIsTheFirstPersonsSpeech() {
        let dateline = "LISBON, Aug 31 (Reuters) - Portugal’s centre-right Harbour Alliance party leader, Sofia Marques, voiced backing for Rui Moreno on Thursday, saying his rival would bring chaos to the ports."
        #expect(Suggester.speakers(in: dateline) == ["Sofia Marques"], "not Aug, Portugal or the Harbour Alliance, nor Rui Moreno named last")
        let place = "At a rally in Keene, N.H., on Tuesday, Senator Paul Lindqvist of Vermont endorsed Mrs. Ortiz, saying that his former rival would make a superb governor."
        #expect(Suggester.speakers(in: place) == ["Paul Lindqvist"])
    }
}
