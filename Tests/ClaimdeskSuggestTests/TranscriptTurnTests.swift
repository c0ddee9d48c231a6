import Testing
@testable import ClaimdeskSuggest

/// Transcripts: a paragraph that opens with a speaker's label in capitals and a colon is that speaker's turn (texts written
/// here, in the shapes interviews and debates are printed in news copy).
@Suite struct TranscriptTurnTests {
    private struct Claim: Equatable {
        let text: String
        let speaker: String?
        let rule: String
    }

    private func claims(_ text: String) -> [Claim] {
        Suggester().suggest(in: text).map { Claim(text: $0.text, speaker: $0.speaker?.name, rule: $0.rule) }
    }

    @Test func aQuotedTranscriptGivesEachTurnToItsSpeaker() {
        let text = """
        On Sunday's broadcast, Republican vice-presidential nominee Gov. Carl Haskins said the invitation was only a joke.

        Partial transcript as follows:

        "BRODY: Let’s start with the debate. Will Rita Vance be there tomorrow night?

        "HASKINS: Well, look, Ellen Park seems to think this is an episode of “Top Chef.” But this is Ohio, Nora.

        "But the truth is that the voters of Ohio want to hear about the roads.

        "(CROSSTALK.)

        "BRODY: Do you honestly think those two are the same?"
        """
        #expect(claims(text).dropFirst() == [
            Claim(text: "Let’s start with the debate. Will Rita Vance be there tomorrow night?", speaker: "Brody", rule: "transcript-turn"),
            Claim(text: "Well, look, Ellen Park seems to think this is an episode of “Top Chef.” But this is Ohio, Nora.",
                  speaker: "Carl Haskins", rule: "transcript-turn"),
            Claim(text: "But the truth is that the voters of Ohio want to hear about the roads.", speaker: "Carl Haskins", rule: "quote-continues"),
            Claim(text: "Do you honestly think those two are the same?", speaker: "Brody", rule: "transcript-turn"),
        ], "the label is no part of the claim, nor is the closing mark; a paragraph with no label goes on with the last speaker")
    }

    @Test func labelsOfSeveralWordsAndNamesWrittenEarlier() {
        let text = """
        Senator John McCain spoke to CNN's Jake Tapper on Sunday.

        JAKE TAPPER: Do you think the nominee has campaigned as a healer?

        MCCAIN: I think he is trying to. That has been part of his message.

        O’BRIEN: And the polls?

        MCCAIN: They will come round.
        """
        #expect(claims(text).map(\.speaker) == ["Jake Tapper", "John McCain", "O’Brien", "John McCain"])
    }

    @Test func aTitleIsNoPartOfTheSpeakersName() {
        let text = """
        Sen. Tim Kaine and Mayor Bill de Blasio met critics of Donald Trump on Sunday.

        SEN. TIM KAINE: We will not back down.

        DE BLASIO: Nor will this city.

        MR. TRUMP: They are both wrong.

        SEN. TIM KAINE: We will see.
        """
        #expect(claims(text) == [
            Claim(text: "We will not back down.", speaker: "Tim Kaine", rule: "transcript-turn"),
            Claim(text: "Nor will this city.", speaker: "Bill de Blasio", rule: "transcript-turn"),
            Claim(text: "They are both wrong.", speaker: "Donald Trump", rule: "transcript-turn"),
            Claim(text: "We will see.", speaker: "Tim Kaine", rule: "transcript-turn"),
        ])
    }

    @Test func aRoleAfterTheLabelAndTitlesOfSeveralWordsAreTheSpeakersNote() {
        let text = """
        Vice President Mike Pence spoke to Fox News anchor Chris Wallace on Sunday.

        CHRIS WALLACE, FOX NEWS ANCHOR: Will she be there tomorrow night?

        VICE PRESIDENT MIKE PENCE: She will not be attending the debate.

        WALLACE: Why not?
        """
        let suggestions = Suggester().suggest(in: text)
        #expect(suggestions.map(\.text) == ["Will she be there tomorrow night?", "She will not be attending the debate.", "Why not?"])
        #expect(suggestions.map { $0.speaker?.name } == ["Chris Wallace", "Mike Pence", "Chris Wallace"])
        #expect(suggestions.prefix(2).map { $0.speaker?.note } == ["FOX NEWS ANCHOR", "Vice President"])
        #expect(claims("JAKE TAPPER, CNN ANCHOR, NEW YORK: Good evening.\n\nTAPPER: Welcome.\n\nKAINE: Thanks.\n\nKAINE: Really.").map(\.speaker)
                == ["Tapper", "Kaine", "Kaine"],
                "a second comma makes no role")
    }

    @Test func aLabelTheTextDoesNotNameInMixedCase() {
        let text = "MCCONNELL: We will not hold hearings.\n\nO’ROURKE: Then the seat stays empty.\n\nMCCONNELL: It does."
        #expect(claims(text).map(\.speaker) == ["McConnell", "O’Rourke", "McConnell"])
    }

    @Test func aLabelInDecomposedCapitals() {
        let text = "Mari\u{301}a Di\u{301}az debated Jose\u{301} Ortiz.\n\nORTIZ: We need more buses.\n\nDI\u{301}AZ: We need more trains.\n\nORTIZ: Both, then."
        #expect(claims(text).map(\.speaker) == ["Jose\u{301} Ortiz", "Mari\u{301}a Di\u{301}az", "Jose\u{301} Ortiz"])
    }

    @Test func aTurnKeepsTheMarkThatClosesANestedQuotation() {
        let text = "\"PENCE: My father used to say, ‘Never quit.’\n\n\"WALLACE: Did he?\n\n\"PENCE: He did.\""
        #expect(claims(text).map(\.text) == ["My father used to say, ‘Never quit.’", "Did he?", "He did."],
                "the transcript's own closing mark is left out, a nested quotation's is not")
    }

    @Test func theLabelsAreNoNamesTheTextGoesOnWith() {
        let text = "JAKE TAPPER: Will you endorse him?\n\nMCCAIN: Not yet.\n\nTAPPER: Why not?\n\nMCCAIN: I want to hear more.\n\nIt said the full interview would air on Sunday."
        #expect(claims(text).last == Claim(text: "the full interview would air on Sunday", speaker: nil, rule: "name-cue-clause"),
                "`it` is no organisation `MCCAIN`")
    }

    @Test func aLabelAloneOrANoticeIsNoTurn() {
        let dateline = "WASHINGTON: The Senate voted on Tuesday to extend the program for another year.\n\nUPDATE: The bill now goes to the House."
        #expect(claims(dateline).allSatisfy { $0.rule != "transcript-turn" }, "one speaker's label is no transcript")
        let notices = "VIDEO: The senator speaks to reporters.\n\nNOTE: This story has been updated.\n\nQ: When?\n\nA: Soon."
        #expect(claims(notices).allSatisfy { $0.rule != "transcript-turn" }, "labels that name no speaker, and single letters")
        let headlines = "Pence: Flowers Won’t Be at Debate\n\nTrump: We Will Win Ohio\n\nThe race goes on."
        #expect(claims(headlines).allSatisfy { $0.rule != "transcript-turn" }, "a headline's name in mixed case is no label")
    }

    @Test func labelsThatNameNoSpeakerOrEachOneTurnMakeNoTranscript() {
        let lists = [
            "The new phone is out.\n\nPROS: The battery lasts two days.\n\nCONS: The camera is slow in low light.",
            "ISLAMABAD: Police arrested three men on Monday.\n\nLAHORE: Schools reopened after the floods.",
            "WASHINGTON: The Senate voted on Tuesday.\n\nNEW YORK: Shares fell.\n\nWASHINGTON: The House votes next week.\n\nNEW YORK: Shares rose.",
            "QUESTION: Will you run?\n\nANSWER: I have not decided.\n\nQUESTION: When will you?\n\nANSWER: Soon, I think.",
            "BOOM: Trump fires back at Ryan over the endorsement.\n\nBYLINE: Jane Doe.\n\nThe race goes on.",
        ]
        for text in lists {
            #expect(claims(text).allSatisfy { $0.rule != "transcript-turn" }, "\(text.debugDescription)")
        }
        let factCheck = """
        TRUMP: Says he opposed the war in Iraq from the start.

        THE FACTS: He told a radio host in 2002 that he supported it.

        CLINTON: Says she never sent classified material.

        THE FACTS: Some of her emails were marked classified.

        TRUMP: Says he will win.
        """
        #expect(claims(factCheck).allSatisfy { $0.speaker != "The Facts" }, "a fact-check's verdict is nobody's turn")
    }

    @Test func aHeadingIsNoTurn() {
        let text = """
        BOOM: Ryan Fires Back At Trump

        Speaker Paul Ryan spoke to Jake Tapper on Sunday.

        TAPPER: Will you endorse him?

        RYAN: I am not there yet.

        TAPPER: Why not?
        """
        #expect(claims(text).map(\.speaker) == ["Jake Tapper", "Paul Ryan", "Jake Tapper"])
    }
}
