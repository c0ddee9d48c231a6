import Testing
@testable import ClaimdeskSuggest

/// Speakers named by a description read the words that say which one (`DescribingPhrase`); sentences paraphrased from the
/// PolNeAR train split.
@Suite struct SpeakerDescriptionTests {
    private func mentions(_ text: String) -> [String?] {
        Suggester().suggest(in: text).map { suggestion in suggestion.speaker?.mention.map { ScalarText(text).slice($0) } }
    }

    @Test func aDescriptionTakesThePhraseAfterIt() {
        let text = "A spokeswoman for Janney also declined to comment, saying that nobody involved remains at the firm today."
        #expect(Suggester.speakers(in: text) == ["spokeswoman for Janney"])
        #expect(mentions(text) == ["A spokeswoman for Janney"], "the mention covers the phrase")
        #expect(Suggester.speakers(in: "Supporters of abortion rights, on the other hand, argued that the ruling will galvanize efforts to keep abortion legal.")
                == ["supporters of abortion rights"])
        #expect(Suggester.speakers(in: "Proponents of the new bill, however, say it would keep enough federal safeguards in place.")
                == ["proponents of the new bill"], "a group noun opening the sentence")
        #expect(Suggester.speakers(in: "A person familiar with the planning for Thursday’s meeting says the discussion will focus first on uniting conservatives.")
                == ["person familiar with the planning for Thursday’s meeting"])
        #expect(Suggester.speakers(in: "One operative inside Trump Tower tried to downplay the comments, saying they were “not a big deal around here.”")
                == ["operative inside Trump Tower"], "the phrase ends before a verb in -ed")
        #expect(Suggester.speakers(in: "A spokesman for Mrs. Clinton also declined to comment, saying that the campaign had released all the transcripts.")
                == ["spokesman for Mrs. Clinton"], "a title's full stop ends no phrase")
        #expect(Suggester.speakers(in: "“We are still counting,” said a source close to the campaign.") == ["source close to the campaign"])
    }

    @Test func aTimeOrAChannelIsNoPhrase() {
        #expect(Suggester.speakers(in: "The company on Tuesday said it would not be able to file its annual financial statement in time.") == ["company"])
        #expect(Suggester.speakers(in: "The campaign in a statement said the senator had done nothing wrong in the matter.") == ["campaign"])
        #expect(Suggester.speakers(in: "The Trump campaign for months refused to release the returns, saying that the audit was not over yet.")
                == ["Trump campaign"])
    }

    @Test func aNameOrAReferentTakesNoPhrase() {
        #expect(Suggester.speakers(in: "Laura Kim of Santa Rita said the strike would end by Friday.") == ["Laura Kim"])
        let text = "The Theranos Group raised $400 million. The company at the center of the dispute responded, saying that its tests were accurate."
        #expect(Suggester.speakers(in: text) == ["Theranos Group"], "a description resolved to its organisation keeps the organisation's name")
    }

    @Test func aRoleBeforeANameIsNoName() {
        #expect(Suggester.speakers(in: "Republican presidential front-runner Donald Trump is insisting that he has expanded the party, claiming that turnout is up.")
                .last == "Donald Trump")
        #expect(Suggester.speakers(in: "“The distraction gets you off message a little,” said Republican party boss Reince Priebus.") == ["Reince Priebus"])
    }

    @Test func theAskerOfAQuestionInThePassive() {
        #expect(Suggester.speakers(in: "When asked by a reporter whether this differed from a registry, Trump said nothing at all.").first == "reporter")
        #expect(Suggester.speakers(in: "Asked by Matt Lauer whether she had practiced her speech, she said she had read it once.").first == "Matt Lauer")
    }

    @Test func aNameInLyIsNoAdverbBeforeTheCue() {
        #expect(Suggester.speakers(in: "And Skelly called Braynard “a real smart guy who understands the genesis of the data.”") == ["Skelly"])
        #expect(Suggester.speakers(in: "Megyn Kelly said the debate would go on without the candidate.") == ["Megyn Kelly"])
    }

    @Test func aNameAfterAHeadlineOnTheLineBefore() {
        let text = "Chris Christie Says He Would Issue A Quarantine Over Zika Virus\nChris Christie said he would quarantine people over fears of the virus."
        #expect(Suggester.speakers(in: text) == ["Chris Christie"])
    }

    @Test func theNounsAfterAModifierTheSubjectPatternRead() {
        #expect(Suggester.speakers(in: "Cement makers, for instance, argue that imports grew to 40 percent of the market.") == ["Cement makers"])
        #expect(Suggester.speakers(in: "His chief aide doubled down on the attacks, saying she is experienced only on paper.") == ["chief aide"])
        #expect(Suggester.speakers(in: "Both sides have also acknowledged that fixing the tax code will take time.") == ["Both sides"])
        #expect(Suggester.speakers(in: "Intelligence officials — including the NSA director — have long argued that data manipulation is a danger.")
                == ["officials"], "a group is named by its noun")
        #expect(Suggester.speakers(in: "Mr. Trump intends to deliver a speech on Wednesday, saying that the plan is ready.") == ["Trump"],
                "a verb after a name is no noun of the subject")
    }
}

