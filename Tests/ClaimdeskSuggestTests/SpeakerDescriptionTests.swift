import Testing
@testable import ClaimdeskSuggest

/// Speakers named by a description read the words that say which one (`DescribingPhrase`); sentences written here in
/// the shapes of news copy.
@Suite struct SpeakerDescriptionTests {
    private func mentions(_ text: String) -> [String?] {
        Suggester().suggest(in: text).map { suggestion in suggestion.speaker?.mention.map { ScalarText(text).slice($0) } }
    }

    @Test func aDescriptionTakesThePhraseAfterIt() {
        let text = "A spokeswoman for Brekke also declined to elaborate, saying that nobody involved still works at the yard."
        #expect(Suggester.speakers(in: text) == ["spokeswoman for Brekke"])
        #expect(mentions(text) == ["A spokeswoman for Brekke"], "the mention covers the phrase")
        #expect(Suggester.speakers(in: "Supporters of rent control, on the other hand, argued that this decision will boost efforts to keep rents low.")
                == ["supporters of rent control"])
        #expect(Suggester.speakers(in: "Proponents of the new levy, however, say it should keep enough ferries running in winter.")
                == ["proponents of the new levy"], "a group noun opening the sentence")
        #expect(Suggester.speakers(in: "A person familiar with the agenda for Friday’s hearing says the talks will focus first on dredging the harbour.")
                == ["person familiar with the agenda for Friday’s hearing"])
        #expect(Suggester.speakers(in: "One operative inside Harbour House tried to play down the remarks, saying they were “no big thing around here.”")
                == ["operative inside Harbour House"], "the phrase ends before a verb in -ed")
        #expect(Suggester.speakers(in: "A spokesman for Mrs. Ortiz also declined to elaborate, saying that the campaign had released all the letters.")
                == ["spokesman for Mrs. Ortiz"], "a title's full stop ends no phrase")
        #expect(Suggester.speakers(in: "“We are still counting,” said a source close to the family.") == ["source close to the family"])
    }

    @Test func aTimeOrAChannelIsNoPhrase() {
        #expect(Suggester.speakers(in: "The company on Tuesday said it could not file its yearly accounts on time.") == ["company"])
        #expect(Suggester.speakers(in: "The campaign in a statement said the senator had done nothing wrong in the matter.") == ["campaign"])
        #expect(Suggester.speakers(in: "The Ortiz campaign for months refused to release the returns, saying that the audit was not over yet.")
                == ["Ortiz campaign"])
    }

    @Test func aNameOrAReferentTakesNoPhrase() {
        #expect(Suggester.speakers(in: "Laura Kim of Santa Rita said the strike would end by Friday.") == ["Laura Kim"])
        let text = "The Theranos Group raised $400 million. The company at the center of the dispute responded, saying that its tests were accurate."
        #expect(Suggester.speakers(in: text) == ["Theranos Group"], "a description resolved to its organisation keeps the organisation's name")
    }

    @Test func aRoleBeforeANameIsNoName() {
        #expect(Suggester.speakers(in: "Republican mayoral front-runner Rui Moreno is insisting that he has grown the party, claiming that turnout is up.")
                .last == "Rui Moreno")
        #expect(Suggester.speakers(in: "“The noise pulls you off topic a bit,” said Republican party boss Walt Henning.") == ["Walt Henning"])
    }

    @Test func theAskerOfAQuestionInThePassive() {
        #expect(Suggester.speakers(in: "When asked by a reporter if the plan differed from a curfew, Halvorsen said nothing at all.").first == "reporter")
        #expect(Suggester.speakers(in: "Asked by Nina Ross whether she had rehearsed her toast, she said she had read it once.").first == "Nina Ross")
    }

    @Test func aNameInLyIsNoAdverbBeforeTheCue() {
        #expect(Suggester.speakers(in: "And Donnelly called Farrow “a really sharp guy who knows where the numbers come from.”") == ["Donnelly"])
        #expect(Suggester.speakers(in: "Rosa Kelly said the debate would go on without the candidate.") == ["Rosa Kelly"])
    }

    @Test func aNameAfterAHeadlineOnTheLineBefore() {
        let text = "Paul Lindqvist Says He Would Order A Curfew Over Flood Risk\nPaul Lindqvist said he would order a curfew over fears of the flood."
        #expect(Suggester.speakers(in: text) == ["Paul Lindqvist"])
    }

    @Test func theNounsAfterAModifierTheSubjectPatternRead() {
        #expect(Suggester.speakers(in: "Brick makers, for example, argue that cheap imports rose to a third of the market.") == ["Brick makers"])
        #expect(Suggester.speakers(in: "His chief aide stepped up the attacks, saying she is qualified only on paper.") == ["chief aide"])
        #expect(Suggester.speakers(in: "Both sides have now acknowledged that fixing the ferry timetable will take time.") == ["Both sides"])
        #expect(Suggester.speakers(in: "Port officials — including the PHA director — have long argued that dredging delays are a risk.")
                == ["officials"], "a group is named by its noun")
        #expect(Suggester.speakers(in: "Mr. Halvorsen intends to give a speech on Wednesday, saying that the plan is ready.") == ["Halvorsen"],
                "a verb after a name is no noun of the subject")
    }
}

