import Testing
@testable import ClaimdeskSuggest

/// Speakers of quotations the `speaker5` round reads (sentences paraphrased from the PolNeAR train split): an `as` clause
/// right before the quotation, a cue followed by `as` (a time, not reported speech), a name in the apposition after an
/// opening phrase (`In a statement, …`), a description that opens the writer's sentence around a quotation with no cue, and
/// never the medium the words were said in (`in a statement credited him …`).
@Suite struct QuoteSpeakerTests {
    @Test func anAsClauseRightBeforeAQuotationNamesItsSpeaker() {
        let text = "Clinton praised Garland. As The Post's Dana Milbank puts it, \"Senate Republicans are unmoved, and liberal activists are uninspired.\""
        #expect(Suggester().suggest(in: text).map(\.rule) == ["as-cue-quote"])
        #expect(Suggester.speakers(in: text) == ["Dana Milbank"])
        #expect(Suggester.speakers(in: "Ms. Ortiz spoke first. But at the time, as prosecutor Marc Trevidic put it, \"apart from some jogging for fitness, there was not much to complain about.\"")
                == ["Marc Trevidic"])
        #expect(RuleRunner.run(AsCueQuoteRule(), "Under socialism, you're poor. As the Rainmakers sang back in the 1980s, \"They'll turn us all into beggars 'cause they're easier to please.\"")
                .map(\.mention) == ["the Rainmakers"])
        #expect(RuleRunner.run(AsCueQuoteRule(), "Leaders such as Xi said, \"We can allow some to get rich first.\"").isEmpty, "`such as` opens no as-clause")
        #expect(RuleRunner.run(AsCueQuoteRule(), "As Milbank puts it in his column, the senators are \"unmoved and uninspired.\"").isEmpty,
                "the quotation must follow the clause")
    }

    @Test func aCueFollowedByAsIsTheQuotationsAttribution() {
        let text = "But it was not expected to be smooth.\n\n“The great state of Alabama is proud to cast its votes for Donald J. Trump!” US Senator Jeff Sessions said as he launched the process."
        #expect(Suggester.speakers(in: text) == ["Jeff Sessions"])
        #expect(Suggester().suggest(in: text).map(\.rule) == ["quote-name-cue"], "`as he launched the process` is no reported clause")
        #expect(Suggester.speakers(in: "“We are going to win this state.” He said he’ll support whomever the party picks.").count == 2,
                "a cue with a clause after a quotation that ends its sentence is still new speech")
    }

    @Test func aNameInTheAppositionAfterAnOpeningPhraseIsTheSpeaker() {
        let sullivan = Suggester().suggest(in: "In a statement to the Observer, her senior policy adviser, Jake Sullivan, said: “Hillary Clinton believes that transatlantic cooperation is essential.”")
        #expect(sullivan.map { $0.speaker?.name } == ["Jake Sullivan"])
        #expect(sullivan.first?.speaker?.note == "her senior policy adviser")
        let fallon = Suggester().suggest(in: "In a statement, Brian Fallon, a spokesman for the Clinton campaign, said: \"Secretary Clinton has been cooperating with the inquiry.\"")
        #expect(fallon.map { $0.speaker?.name } == ["Brian Fallon"])
        #expect(fallon.first?.speaker?.note == "a spokesman for the Clinton campaign")
        #expect(Suggester.speakers(in: "Zhou Hongyi, chairman of Qihoo 360, said: “Our success depends on our country’s policies.”") == ["Zhou Hongyi"],
                "a speaker with no opening phrase keeps its apposition as the note")
    }

    @Test func aDescriptionThatOpensTheWritersSentenceSpeaksItsQuotation() {
        #expect(Suggester.speakers(in: "Nunberg filed a petition on Tuesday. The petition accuses the Trump campaign of \"attempting to bully Mr. Nunberg into silence, although he has not disparaged anyone.\"")
                == ["petition"])
        #expect(Suggester.speakers(in: "Bob agreed to talk. A 2014 House Intelligence Committee report found \"no evidence that there was either a stand down order or a denial of air support.\"")
                == ["2014 House Intelligence Committee report"])
        #expect(Suggester.speakers(in: "Then came Mexico City. The impostor gushed about a \"common interest in keeping our hemisphere safe, prosperous and free.\"")
                == ["impostor"])
        #expect(Suggester.speakers(in: "Steve Bell spoke for an hour. The tax cut plans are ''profoundly irresponsible and bad for every family we know.''")
                == ["Steve Bell"], "a plural noun before `are` is no verb: the person named last")
        #expect(Suggester.speakers(in: "Axelrod tweeted again. His auto bailout fact-check Wednesday was retweeted 3,200 times, leading Clinton economic advisers like Gene Sperling to counter that “every cent that went to the auto bail out, Sanders voted against.”")
                == ["Gene Sperling"], "an auxiliary ends no description")
        #expect(Suggester.speakers(in: "Dorothy Poynter, who grew up with Ali, spoke. The crowd cheered when “We were all so proud of him, and we still are.”")
                == ["Dorothy Poynter"], "a clause opened between the verb and the quotation: the person named last")
    }

    @Test func theMediumBeforeAVerbIsNoSpeaker() {
        #expect(Suggester.speakers(in: "Dottie Deans is supporting Sanders as a superdelegate and in a statement credited him for \"an exciting and inspiring campaign.\"")
                == ["Dottie Deans"])
        #expect(Suggester.speakers(in: "De Blasio, speaking on WOR710, called Trump a “blowhard,” and said the city was safe.").first == "De Blasio")
    }

    @Test func theOneNamedBeforeTheVerbThatIntroducesAQuotationSpeaks() {
        #expect(RuleRunner.run(IntroducedQuoteRule(), "She said that experts had found her proposals strong, to which O'Malley interjected: \"It's just not true.\"")
                .map(\.mention) == ["O'Malley"])
        #expect(RuleRunner.run(IntroducedQuoteRule(), "Carson did not mention his opponents by name, but told his supporters, “Our nation is in horrible trouble.”")
                .map(\.mention) == ["Carson"], "no verb in -ed before the comma: the sentence's subject")
    }

    @Test func aParticipleThatOpensTheSentenceIsNoSpeakerBeforeAColon() {
        #expect(RuleRunner.run(NameColonQuoteRule(), "Pressed on the issue, Sanders responded with a phrase that could have come from Trump himself: “Do not moan to me about Hillary Clinton’s problems.”")
                .map(\.mention) == ["Sanders"])
        #expect(RuleRunner.run(NameColonQuoteRule(), "Surveying rust-belt desolation in upstate New York, Williamson concluded: “Nobody did this to them. They failed themselves.”")
                .map(\.mention) == ["Williamson"])
        #expect(RuleRunner.run(NameColonQuoteRule(), "Varga laid out the dilemma in a speech last month: “If we cut too early, we risk everything.”")
                .map(\.mention) == ["Varga"])
    }
}
