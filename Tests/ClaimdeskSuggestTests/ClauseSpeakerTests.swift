import Testing
@testable import ClaimdeskSuggest

/// Speakers the clause rules read themselves (sentences of our own, in the shapes of news copy): a mention right after a
/// preposition is its object (`ObjectMention`), the speaker of a cue right before a participle, an aside between dashes
/// before the cue (`DashAside`).
@Suite struct ClauseSpeakerTests {
    @Test func aPlaceAfterAPrepositionIsNoSpeaker() {
        let text = "Ferris is assuring parents he’s strict enough after a woman in Dunmore, Vermont, told him she fears he’s too soft to face down the union bosses."
        #expect(RuleRunner.run(NameCueClauseRule(), text).map(\.mention) == ["a woman"])
        #expect(Suggester.speakers(in: text) == ["woman in Dunmore"], "the description takes the phrase that says which one")
        #expect(RuleRunner.run(NameCueClauseRule(), "Two people briefed on the talks said that the deal was close.").map(\.mention) == ["Two people briefed on the talks"],
                "the phrase stays with the noun it qualifies")
    }

    @Test func aTimeOrAMediumAfterTheSpeakerIsNoSpeaker() {
        #expect(RuleRunner.run(NameCueClauseRule(), "The man was later fined for trespass. Okafor at the time said he had asked his staff to look into covering the costs.")
                .map(\.mention) == ["Okafor"])
        #expect(RuleRunner.run(NameCueClauseRule(), "Mara Lindqvist in a Medium post said she would put more rural judges on the county bench.")
                .map(\.mention) == ["Mara Lindqvist"])
        #expect(RuleRunner.run(NameCueClauseRule(), "Her closest aides have in the past said that she would not run again.").map(\.mention) == ["Her closest aides"],
                "past `have`")
    }

    @Test func theAppositionAfterAPlaceNamesTheSpeaker() {
        let text = "Alarmed by the protests in Oregon, Senator Walt Brennan, the minority whip, said that he met with Mr. Okafor on Tuesday."
        #expect(RuleRunner.run(NameCueClauseRule(), text).map(\.mention) == ["Senator Walt Brennan"])
        #expect(Suggester.speakers(in: text) == ["Walt Brennan"])
        #expect(RuleRunner.run(NameCueClauseRule(), "At Pine Hollow, where it costs new members $40,000 to join, Rick Santangelo, the club's president, suggested that the woes of his rivals came from lax bookkeeping.")
                .map(\.mention) == ["Rick Santangelo"])
    }

    @Test func aSecondVerbAfterAnObjectTakesTheSubject() {
        let text = "Last week, the Moreno campaign also called on the state agency to review Dunmore’s bridge inspections and said the governor should set up a repair fund."
        #expect(RuleRunner.run(NameAndCueClauseRule(), text).map(\.mention) == ["the Moreno campaign"])
        #expect(RuleRunner.run(NameAndCueClauseRule(), "One of the men, Ossie Hartwell, 74, had served in Korea and said he was certain that the draft had been unfair.")
                .map(\.mention) == ["Ossie Hartwell"])
    }

    @Test func theSpeakerOfTheCueBeforeAParticipleSpeaks() {
        let text = "The former trade minister will play the outsider card, Delgado said, adding that the best way to beat her is to question her budget."
        #expect(RuleRunner.run(ParticipleClauseRule(), text).map(\.mention) == ["Delgado"])
    }

    @Test func aConjunctionOpeningTheSentenceIsNoPartOfItsSubject() {
        let text = "But Okafor later blamed his delay to answer the letter on a “faulty printer,” claiming he had already replied to its author."
        #expect(RuleRunner.run(ParticipleClauseRule(), text).map(\.mention) == ["Okafor"])
        #expect(RuleRunner.run(ParticipleClauseRule(), "And Lindqvist quickly changed the subject, saying that the town needs a new library.")
                .map(\.mention) == ["Lindqvist"])
    }

    @Test func aWordOpeningTheSentenceIsNoPartOfTheNameAfterIt() {
        let text = "Neither Alan Whitby nor his campaign responded to requests for comment. Whitby said that Randall would stand no chance of taking the ward."
        #expect(Suggester.speakers(in: text) == ["Alan Whitby"], "`Neither` is no first name, and `Whitby` is Alan Whitby")
    }

    @Test func theSpeakerStandsBeforeAnAsideBetweenDashes() {
        #expect(RuleRunner.run(AnySubjectCueClauseRule(), "Dana Ortiz — a nurse from Cedar Falls — says she made a late choice to back Rui Moreno.")
                .map(\.mention) == ["Dana Ortiz"])
        #expect(RuleRunner.run(AnySubjectCueClauseRule(), "Reached by phone on Friday, Brandt - who is registered as a notary in Ohio - told The Valley Courier he has no plans to appeal the ruling.")
                .map(\.mention) == ["Brandt"])
        #expect(RuleRunner.run(AnySubjectCueClauseRule(), "A former Green candidate -- Ivo Marsh, who lost the 2012 race -- said the mayor offered no changes to his plan.")
                .map(\.mention) == ["A former Green candidate"])
    }

    @Test func aShareOfRespondentsSpeaksThroughItsPoll() {
        #expect(RuleRunner.run(NameCueClauseRule(), "In a March Harbour Times-WKRT News poll, 62 percent of farmers said most people in banking cannot be trusted.")
                .map(\.mention) == ["a March Harbour Times-WKRT News poll"])
        #expect(RuleRunner.run(NameCueClauseRule(), "A WKRT/DLM poll in March shows 57% of rural voters say water policy will be very important to their choice.")
                .map(\.mention) == ["A WKRT/DLM poll"])
        #expect(RuleRunner.run(NameCueClauseRule(), "In a speech on Monday, 40 percent of the delegates said they would stay.").map(\.mention) == ["40 percent of the delegates"],
                "no poll, no change")
        #expect(RuleRunner.run(NameCueClauseRule(), "In a CNN poll, Trump said he was ahead.").map(\.mention) == ["Trump"], "only a share speaks through a poll")
    }

    @Test func aQuotationInsideTheAppositionLeavesTheSpeakerBeforeIt() {
        #expect(RuleRunner.run(AnySubjectCueClauseRule(), "Pembroke, who calls Okafor a “bully,” said he doesn’t believe the campaign needs a single rival.")
                .map(\.mention) == ["Pembroke"])
        #expect(RuleRunner.run(AnySubjectCueClauseRule(), "Hensley, the co-author of \"Going Local,\" about the fading of small towns, said the days of one common paper are gone.")
                .map(\.mention) == ["Hensley"])
    }

    @Test func aHyphenInsideAWordOpensNoAside() {
        let text = ScalarText("The co-host and the anti-war group say")
        let cue = text.count - 4
        #expect(DashAside.start(endingAt: cue, from: 0, text) == nil)
        let aside = ScalarText("Murphy — after a knock-on-wood gesture — told")
        #expect(DashAside.start(endingAt: aside.count - 5, from: 0, aside) == 7)
    }
}
