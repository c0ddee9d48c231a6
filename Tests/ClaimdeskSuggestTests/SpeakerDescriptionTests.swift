import Testing
@testable import ClaimdeskSuggest

/// Speakers named by a description read the words that say which one (`DescribingPhrase`); sentences paraphrased from the
/// PolNeAR train split.
@Suite struct SpeakerDescriptionTests {
    private func speakers(_ text: String) -> [String?] {
        Suggester().suggest(in: text).map { $0.speaker?.name }
    }

    private func mentions(_ text: String) -> [String?] {
        Suggester().suggest(in: text).map { suggestion in suggestion.speaker?.mention.map { ScalarText(text).slice($0) } }
    }

    @Test func aDescriptionTakesThePhraseAfterIt() {
        let text = "A spokeswoman for Janney also declined to comment, saying that nobody involved remains at the firm today."
        #expect(speakers(text) == ["spokeswoman for Janney"])
        #expect(mentions(text) == ["A spokeswoman for Janney"], "the mention covers the phrase")
        #expect(speakers("Supporters of abortion rights, on the other hand, argued that the ruling will galvanize efforts to keep abortion legal.")
                == ["supporters of abortion rights"])
        #expect(speakers("Proponents of the new bill, however, say it would keep enough federal safeguards in place.")
                == ["proponents of the new bill"], "a group noun opening the sentence")
        #expect(speakers("A person familiar with the planning for Thursday’s meeting says the discussion will focus first on uniting conservatives.")
                == ["person familiar with the planning for Thursday’s meeting"])
        #expect(speakers("One operative inside Trump Tower tried to downplay the comments, saying they were “not a big deal around here.”")
                == ["operative inside Trump Tower"], "the phrase ends before a verb in -ed")
        #expect(speakers("A spokesman for Mrs. Clinton also declined to comment, saying that the campaign had released all the transcripts.")
                == ["spokesman for Mrs. Clinton"], "a title's full stop ends no phrase")
        #expect(speakers("“We are still counting,” said a source close to the campaign.") == ["source close to the campaign"])
    }

    @Test func aTimeOrAChannelIsNoPhrase() {
        #expect(speakers("The company on Tuesday said it would not be able to file its annual financial statement in time.") == ["company"])
        #expect(speakers("The campaign in a statement said the senator had done nothing wrong in the matter.") == ["campaign"])
        #expect(speakers("The Trump campaign for months refused to release the returns, saying that the audit was not over yet.")
                == ["Trump campaign"])
    }

    @Test func aNameOrAReferentTakesNoPhrase() {
        #expect(speakers("Laura Kim of Santa Rita said the strike would end by Friday.") == ["Laura Kim"])
        let text = "The Theranos Group raised $400 million. The company at the center of the dispute responded, saying that its tests were accurate."
        #expect(speakers(text) == ["Theranos Group"], "a description resolved to its organisation keeps the organisation's name")
    }

    @Test func aRoleBeforeANameIsNoName() {
        #expect(speakers("Republican presidential front-runner Donald Trump is insisting that he has expanded the party, claiming that turnout is up.")
                .last == "Donald Trump")
        #expect(speakers("“The distraction gets you off message a little,” said Republican party boss Reince Priebus.") == ["Reince Priebus"])
    }

    @Test func theAskerOfAQuestionInThePassive() {
        #expect(speakers("When asked by a reporter whether this differed from a registry, Trump said nothing at all.").first == "reporter")
        #expect(speakers("Asked by Matt Lauer whether she had practiced her speech, she said she had read it once.").first == "Matt Lauer")
    }

    @Test func aNameInLyIsNoAdverbBeforeTheCue() {
        #expect(speakers("And Skelly called Braynard “a real smart guy who understands the genesis of the data.”") == ["Skelly"])
        #expect(speakers("Megyn Kelly said the debate would go on without the candidate.") == ["Megyn Kelly"])
    }

    @Test func aNameAfterAHeadlineOnTheLineBefore() {
        let text = "Chris Christie Says He Would Issue A Quarantine Over Zika Virus\nChris Christie said he would quarantine people over fears of the virus."
        #expect(speakers(text) == ["Chris Christie"])
    }

    @Test func theNounsAfterAModifierTheSubjectPatternRead() {
        #expect(speakers("Cement makers, for instance, argue that imports grew to 40 percent of the market.") == ["Cement makers"])
        #expect(speakers("His chief aide doubled down on the attacks, saying she is experienced only on paper.") == ["chief aide"])
        #expect(speakers("Both sides have also acknowledged that fixing the tax code will take time.") == ["Both sides"])
        #expect(speakers("Intelligence officials — including the NSA director — have long argued that data manipulation is a danger.")
                == ["officials"], "a group is named by its noun")
        #expect(speakers("Mr. Trump intends to deliver a speech on Wednesday, saying that the plan is ready.") == ["Trump"],
                "a verb after a name is no noun of the subject")
    }
}

