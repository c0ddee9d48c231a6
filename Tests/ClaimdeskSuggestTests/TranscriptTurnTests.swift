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
        On Sunday's broadcast, Republican vice-presidential nominee Gov. Mike Pence said the invitation was only a joke.

        Partial transcript as follows:

        "WALLACE: Let’s start with the debate. Will Gennifer Flowers be there tomorrow night?

        "PENCE: Well, look, Hillary Clinton apparently thinks this is an episode of “Shark Tank.” But this is America, Chris.

        "But the truth is that the American people want to hear about the issues.

        "(CROSSTALK.)

        "WALLACE: Do you really see those two as equivalent?"
        """
        #expect(claims(text).dropFirst() == [
            Claim(text: "Let’s start with the debate. Will Gennifer Flowers be there tomorrow night?", speaker: "Wallace", rule: "transcript-turn"),
            Claim(text: "Well, look, Hillary Clinton apparently thinks this is an episode of “Shark Tank.” But this is America, Chris.",
                  speaker: "Mike Pence", rule: "transcript-turn"),
            Claim(text: "But the truth is that the American people want to hear about the issues.", speaker: "Mike Pence", rule: "quote-continues"),
            Claim(text: "Do you really see those two as equivalent?", speaker: "Wallace", rule: "transcript-turn"),
        ], "the label is no part of the claim, nor is the closing mark; a paragraph with no label goes on with the last speaker")
    }

    @Test func labelsOfSeveralWordsAndNamesWrittenEarlier() {
        let text = """
        Senator John McCain spoke to CNN's Jake Tapper on Sunday.

        JAKE TAPPER: Do you think the nominee has campaigned as a healer?

        MCCAIN: I think he is trying to. That has been part of his message.

        O’BRIEN: And the polls?
        """
        #expect(claims(text).map(\.speaker) == ["Jake Tapper", "John McCain", "O’Brien"])
    }

    @Test func aLabelAloneOrANoticeIsNoTurn() {
        let dateline = "WASHINGTON: The Senate voted on Tuesday to extend the program for another year.\n\nUPDATE: The bill now goes to the House."
        #expect(claims(dateline).allSatisfy { $0.rule != "transcript-turn" }, "one speaker's label is no transcript")
        let notices = "VIDEO: The senator speaks to reporters.\n\nNOTE: This story has been updated.\n\nQ: When?\n\nA: Soon."
        #expect(claims(notices).allSatisfy { $0.rule != "transcript-turn" }, "labels that name no speaker, and single letters")
        let headlines = "Pence: Flowers Won’t Be at Debate\n\nTrump: We Will Win Ohio\n\nThe race goes on."
        #expect(claims(headlines).allSatisfy { $0.rule != "transcript-turn" }, "a headline's name in mixed case is no label")
    }
}
