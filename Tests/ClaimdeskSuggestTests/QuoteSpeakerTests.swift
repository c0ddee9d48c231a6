import Testing
@testable import ClaimdeskSuggest

/// Speakers of quotations the `speaker5` round reads (invented sentences in the shape of news copy): an `as` clause
/// right before the quotation, a cue followed by `as` (a time, not reported speech), a name in the apposition after an
/// opening phrase (`In a statement, …`), a description that opens the writer's sentence around a quotation with no cue, and
/// never the medium the words were said in (`in a statement credited him …`).
@Suite struct QuoteSpeakerTests {
    @Test func anAsClauseRightBeforeAQuotationNamesItsSpeaker() {
        let text = "Ortiz praised Berg. As The Tribune's Carl Webb puts it, \"Harbour owners are unmoved, and local sailors are uninspired.\""
        #expect(Suggester().suggest(in: text).map(\.rule) == ["as-cue-quote"])
        #expect(Suggester.speakers(in: text) == ["Carl Webb"])
        #expect(Suggester.speakers(in: "Ms. Ortiz spoke first. But at the time, as prosecutor Ines Roux put it, \"apart from a walk by the river, there was not much to report.\"")
                == ["Ines Roux"])
        #expect(RuleRunner.run(AsCueQuoteRule(), "Under the new tax, you're broke. As the Lamplighters sang back in the 1970s, \"They'll take our boats and leave us the oars 'cause we're easier to fleece.\"")
                .map(\.mention) == ["the Lamplighters"])
        #expect(RuleRunner.run(AsCueQuoteRule(), "Leaders such as Xi said, \"We can allow some to get rich first.\"").isEmpty, "`such as` opens no as-clause")
        #expect(RuleRunner.run(AsCueQuoteRule(), "As Webb puts it in his column, the owners are \"unmoved and uninspired.\"").isEmpty,
                "the quotation must follow the clause")
    }

    @Test func aCueFollowedByAsIsTheQuotationsAttribution() {
        let text = "But it was never going to be quiet.\n\n“The proud town of Elmridge is happy to cast its votes for Dana M. Ortiz!” US Senator Tom Varga said as he opened the count."
        #expect(Suggester.speakers(in: text) == ["Tom Varga"])
        #expect(Suggester().suggest(in: text).map(\.rule) == ["quote-name-cue"], "`as he opened the count` is no reported clause")
        #expect(Suggester.speakers(in: "“We are going to carry this county.” He said he’ll back whoever the party chooses.").count == 2,
                "a cue with a clause after a quotation that ends its sentence is still new speech")
    }

    @Test func aNameInTheAppositionAfterAnOpeningPhraseIsTheSpeaker() {
        let lindqvist = Suggester().suggest(in: "In a statement to the Tribune, her senior policy adviser, Omar Lindqvist, said: “Mayor Ortiz believes that regional cooperation is vital.”")
        #expect(lindqvist.map { $0.speaker?.name } == ["Omar Lindqvist"])
        #expect(lindqvist.first?.speaker?.note == "her senior policy adviser")
        let holm = Suggester().suggest(in: "In a statement, Paul Holm, a spokesman for the Ortiz campaign, said: \"Mayor Ortiz has been helping with the audit.\"")
        #expect(holm.map { $0.speaker?.name } == ["Paul Holm"])
        #expect(holm.first?.speaker?.note == "a spokesman for the Ortiz campaign")
        #expect(Suggester.speakers(in: "Zhou Hongyi, chairman of Qihoo 360, said: “Our success depends on our country’s policies.”") == ["Zhou Hongyi"],
                "a speaker with no opening phrase keeps its apposition as the note")
    }

    @Test func aDescriptionThatOpensTheWritersSentenceSpeaksItsQuotation() {
        #expect(Suggester.speakers(in: "Berg filed a petition on Monday. The petition accuses the Ortiz campaign of \"trying to scare Mr. Berg into silence, although he has not insulted anyone.\"")
                == ["petition"])
        #expect(Suggester.speakers(in: "Ann agreed to talk. A 2019 Harbour Safety Committee report found \"no sign of either a cover-up or a fault in the alarms.\"")
                == ["2019 Harbour Safety Committee report"])
        #expect(Suggester.speakers(in: "Then came Port Alder. The impostor gushed about a \"shared wish to keep our coast clean, calm and open.\"")
                == ["impostor"])
        #expect(Suggester.speakers(in: "Steve Bell spoke for an hour. The ferry fare rises are ''deeply unfair and bad for every family on the island.''")
                == ["Steve Bell"], "a plural noun before `are` is no verb: the person named last")
        #expect(Suggester.speakers(in: "Dahl tweeted again. His ferry subsidy fact-check Monday was retweeted 1,800 times, leading Ortiz budget advisers like Nina Sol to counter that “every dollar that went to the ferry subsidy, Berg voted against.”")
                == ["Nina Sol"], "an auxiliary ends no description")
        #expect(Suggester.speakers(in: "Greta Olsen, who grew up with Lund, spoke. The crowd cheered when “We were all so glad for him, and we still are.”")
                == ["Greta Olsen"], "a clause opened between the verb and the quotation: the person named last")
    }

    @Test func theMediumBeforeAVerbIsNoSpeaker() {
        #expect(Suggester.speakers(in: "Dottie Keane is backing Moreno as a trustee and in a short statement credited him for \"a bold and hopeful campaign.\"")
                == ["Dottie Keane"])
        #expect(Suggester.speakers(in: "De Vries, speaking on KRB990, called Moreno a “windbag,” and said the port was safe.").first == "De Vries")
    }

    @Test func theOneNamedBeforeTheVerbThatIntroducesAQuotationSpeaks() {
        #expect(RuleRunner.run(IntroducedQuoteRule(), "She said that engineers had found her plans sound, to which O'Hara interjected: \"That is simply wrong.\"")
                .map(\.mention) == ["O'Hara"])
        #expect(RuleRunner.run(IntroducedQuoteRule(), "Ortiz did not mention her rivals by name, but told her volunteers, “Our harbour is in serious trouble.”")
                .map(\.mention) == ["Ortiz"], "no verb in -ed before the comma: the sentence's subject")
    }

    @Test func aParticipleThatOpensTheSentenceIsNoSpeakerBeforeAColon() {
        #expect(RuleRunner.run(NameColonQuoteRule(), "Pressed on the point, Ortiz responded with a line that could have come from Berg himself: “Do not whine to me about Mayor Lund’s troubles.”")
                .map(\.mention) == ["Ortiz"])
        #expect(RuleRunner.run(NameColonQuoteRule(), "Surveying empty mill towns in rural Ohio, Halvorsen concluded: “Nobody forced this on them. They chose it themselves.”")
                .map(\.mention) == ["Halvorsen"])
        #expect(RuleRunner.run(NameColonQuoteRule(), "Varga laid out the dilemma in a speech last month: “If we cut too early, we risk everything.”")
                .map(\.mention) == ["Varga"])
    }
}
