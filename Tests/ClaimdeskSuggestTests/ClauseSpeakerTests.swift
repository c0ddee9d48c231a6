import Testing
@testable import ClaimdeskSuggest

/// Speakers the clause rules read themselves (sentences paraphrased from the PolNeAR train split): a mention right after a
/// preposition is its object (`ObjectMention`), the speaker of a cue right before a participle, an aside between dashes
/// before the cue (`DashAside`).
@Suite struct ClauseSpeakerTests {
    @Test func aPlaceAfterAPrepositionIsNoSpeaker() {
        let text = "Kasich is assuring voters he’s tough enough after a woman in Worcester, Massachusetts, told him she worries he’s too nice to stand up to world leaders."
        #expect(RuleRunner.run(NameCueClauseRule(), text).map(\.mention) == ["a woman"])
        #expect(Suggester.speakers(in: text) == ["woman in Worcester"], "the description takes the phrase that says which one")
        #expect(RuleRunner.run(NameCueClauseRule(), "Two people briefed on the talks said that the deal was close.").map(\.mention) == ["Two people briefed on the talks"],
                "the phrase stays with the noun it qualifies")
    }

    @Test func aTimeOrAMediumAfterTheSpeakerIsNoSpeaker() {
        #expect(RuleRunner.run(NameCueClauseRule(), "The man was later charged with assault. Trump at the time said he had asked his people to look into paying the fees.")
                .map(\.mention) == ["Trump"])
        #expect(RuleRunner.run(NameCueClauseRule(), "Jeb Bush in a Medium post said he would put more conservative judges on the federal bench.")
                .map(\.mention) == ["Jeb Bush"])
        #expect(RuleRunner.run(NameCueClauseRule(), "Her closest aides have in the past said that she would not run again.").map(\.mention) == ["Her closest aides"],
                "past `have`")
    }

    @Test func theAppositionAfterAPlaceNamesTheSpeaker() {
        let text = "Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said that he spoke with Mr. Sanders on Tuesday."
        #expect(RuleRunner.run(NameCueClauseRule(), text).map(\.mention) == ["Senator Harry Reid"])
        #expect(Suggester.speakers(in: text) == ["Harry Reid"])
        #expect(RuleRunner.run(NameCueClauseRule(), "At Boca West, where it costs new members $70,000 to join, Jay DiPietro, the club's president, suggested that the troubles of his rivals came from poor management.")
                .map(\.mention) == ["Jay DiPietro"])
    }

    @Test func aSecondVerbAfterAnObjectTakesTheSubject() {
        let text = "Last week, the Clinton campaign also called on the federal agency to review Flint’s water infrastructure and said the administration should set up a health monitoring program."
        #expect(RuleRunner.run(NameAndCueClauseRule(), text).map(\.mention) == ["the Clinton campaign"])
        #expect(RuleRunner.run(NameAndCueClauseRule(), "One of the men, Jessie Elkins, 70, had served in Vietnam and said he was convinced that the war had been a mistake.")
                .map(\.mention) == ["Jessie Elkins"])
    }

    @Test func theSpeakerOfTheCueBeforeAParticipleSpeaks() {
        let text = "The former secretary of state will play the woman card, Fiorina said, adding that the way to go after her is to attack her record."
        #expect(RuleRunner.run(ParticipleClauseRule(), text).map(\.mention) == ["Fiorina"])
    }

    @Test func aConjunctionOpeningTheSentenceIsNoPartOfItsSubject() {
        let text = "But Trump later blamed his hesitancy to condemn the group on a “bad earpiece,” claiming he had previously disavowed its leader."
        #expect(RuleRunner.run(ParticipleClauseRule(), text).map(\.mention) == ["Trump"])
        #expect(RuleRunner.run(ParticipleClauseRule(), "And Sanders quickly changed the subject, saying that the country needs a political revolution.")
                .map(\.mention) == ["Sanders"])
    }

    @Test func aWordOpeningTheSentenceIsNoPartOfTheNameAfterIt() {
        let text = "Neither Alan Grayson nor his campaign responded to requests for comment. Grayson said that Randolph would have no chance to win the seat."
        #expect(Suggester.speakers(in: text) == ["Alan Grayson"], "`Neither` is no first name, and `Grayson` is Alan Grayson")
    }

    @Test func theSpeakerStandsBeforeAnAsideBetweenDashes() {
        #expect(RuleRunner.run(AnySubjectCueClauseRule(), "Jason Sims — a teacher from Mount Pleasant — says he made a last-minute decision to vote for Marco Rubio.")
                .map(\.mention) == ["Jason Sims"])
        #expect(RuleRunner.run(AnySubjectCueClauseRule(), "Reached by phone on Tuesday, Joyce - who is listed as an attorney in Illinois - told The Huffington Post he is not planning an appeal of the decision.")
                .map(\.mention) == ["Joyce"])
        #expect(RuleRunner.run(AnySubjectCueClauseRule(), "A former Republican candidate -- John McCain, who lost the 2008 election -- said the president offered no changes to his strategy.")
                .map(\.mention) == ["A former Republican candidate"])
    }

    @Test func aShareOfRespondentsSpeaksThroughItsPoll() {
        #expect(RuleRunner.run(NameCueClauseRule(), "In a September Washington Post-ABC News poll, 75 percent of Republicans said most people in politics cannot be trusted.")
                .map(\.mention) == ["a September Washington Post-ABC News poll"])
        #expect(RuleRunner.run(NameCueClauseRule(), "A CNN/ORC poll in January shows 68% of Democratic voters say gun policy will be very important to their vote.")
                .map(\.mention) == ["A CNN/ORC poll"])
        #expect(RuleRunner.run(NameCueClauseRule(), "In a speech on Monday, 40 percent of the delegates said they would stay.").map(\.mention) == ["40 percent of the delegates"],
                "no poll, no change")
        #expect(RuleRunner.run(NameCueClauseRule(), "In a CNN poll, Trump said he was ahead.").map(\.mention) == ["Trump"], "only a share speaks through a poll")
    }

    @Test func aQuotationInsideTheAppositionLeavesTheSpeakerBeforeIt() {
        #expect(RuleRunner.run(AnySubjectCueClauseRule(), "Humphrey, who calls Trump a “sociopath,” said he doesn’t believe the effort needs a settled alternative.")
                .map(\.mention) == ["Humphrey"])
        #expect(RuleRunner.run(AnySubjectCueClauseRule(), "Hemsley, the co-author of \"Going Viral,\" about the spread of information, said the days of one shared story are gone.")
                .map(\.mention) == ["Hemsley"])
    }

    @Test func aHyphenInsideAWordOpensNoAside() {
        let text = ScalarText("The co-host and the anti-war group say")
        let cue = text.count - 4
        #expect(DashAside.start(endingAt: cue, from: 0, text) == nil)
        let aside = ScalarText("Murphy — after a knock-on-wood gesture — told")
        #expect(DashAside.start(endingAt: aside.count - 5, from: 0, aside) == 7)
    }
}
