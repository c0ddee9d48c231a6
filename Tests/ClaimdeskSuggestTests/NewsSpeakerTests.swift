import Testing
@testable import ClaimdeskSuggest

/// Speakers of news copy the speaker round's patterns missed (sentences paraphrased from the PolNeAR train split): words
/// after a quotation that attribute it, a quote that continues past a long attribution, a signed quotation, the words before
/// a cue no speaker pattern reads, counts spelled out, participles that open a sentence.
@Suite struct NewsSpeakerTests {
    typealias Found = RuleRunner.Found

    @Test func verbsThatOnlyFollowAQuotationAttributeIt() {
        #expect(RuleRunner.run(QuoteCueNameRule(), "“This is fantastic!” beamed Donald Hartley of Madison, Alabama, who snuck onto the floor.")
                .map(\.cue) == ["beamed"])
        #expect(Suggester.speakers(in: "“This is fantastic!” beamed Donald Hartley of Madison, Alabama, who snuck onto the floor.") == ["Donald Hartley"])
        #expect(RuleRunner.run(QuoteCueNameRule(), "“There are invertebrates that have shown more spine than Sen. Grassley,” reads a Wednesday editorial in The Des Moines Register.")
                .map(\.mention) == ["a Wednesday editorial in The Des Moines Register"])
        #expect(RuleRunner.run(QuoteNameCueRule(), "“The New York Times is claiming today that they had an off-the-record conversation with you,” Hannity started.")
                .map(\.cue) == ["started"])
        #expect(RuleRunner.run(NameCueClauseRule(), "The senator beamed that the vote went his way.").isEmpty, "beamed reports no clause")
        #expect(RuleRunner.run(QuoteNameCueRule(), "“What was the massive pivot point to make him change so fundamentally?” Beck questioned.")
                .map(\.mention) == ["Beck"])
    }

    @Test func anyDescriptionAfterAQuotationIsItsSpeaker() {
        #expect(RuleRunner.run(QuoteCueNameRule(), "“Donald is, and always has been, an amazing leader,” said the 46-year-old. “Now, he will go to work for you.”")
                .map(\.mention) == ["the 46-year-old"])
        #expect(RuleRunner.run(QuoteCueNameRule(), "''It's not a campaign anymore, it's a movement,'' said the younger Mr. Trump, surrounded by his siblings.")
                .map(\.mention) == ["the younger Mr. Trump"], "a title's full stop ends no description")
        #expect(RuleRunner.run(QuoteCueNameRule(), "(“I don’t want to have fisticuffs,” said one party activist.)").map(\.mention) == ["one party activist"],
                "the description goes on past the organisation noun `party`")
        #expect(Suggester.speakers(in: "“This is crucial for both of them,” said one former GOP leadership aide.") == ["former GOP leadership aide"],
                "`one former` is no role before the name `GOP`")
        #expect(RuleRunner.run(QuoteNameCueRule(), "\"I have been warning throughout this campaign that North Korea is run by a lunatic,\" the Florida senator and Republican presidential candidate said.")
                .map(\.mention) == ["the Florida senator and Republican presidential candidate"])
        #expect(RuleRunner.run(QuoteNameCueRule(), "\"The extent of the harm caused by the defendant's conduct is incalculable,\" federal prosecutors wrote in a filing.")
                .map(\.mention) == ["federal prosecutors"], "a group in lower case")
        #expect(RuleRunner.run(QuoteNameCueRule(), "“We will win,” as his supporters say.").isEmpty, "a group opens with no conjunction")
        #expect(RuleRunner.run(QuoteNameCueRule(), "But even as Trump claimed on Tuesday that “General Petraeus got in trouble for far less,” one of the former prosecutors for David Petraeus said the cases differ.")
                .isEmpty, "after a partial quote the words that follow are the writer's")
    }

    @Test func aQuoteThatContinuesSkipsNamesInThePreviousAttribution() {
        let text = """
        “What Ryan did is almost calling out for that kind of moment,” said Tom Rath, a veteran New Hampshire GOP leader who had endorsed Kasich and is slated to be a delegate to the Republican National Convention in July. “There are people who want to hear it.”
        """
        #expect(Suggester.speakers(in: text).allSatisfy { $0 == "Tom Rath" } && !Suggester.speakers(in: text).isEmpty, "\(Suggester.speakers(in: text))")
    }

    @Test func aQuotationAfterASentenceThatOpensWithItsOwnQuotationContinuesItsSpeaker() {
        let text = """
        "There's an information-age tsunami out there, and it keeps getting bigger," said Steve Smith, a veteran newspaper editor who teaches journalism at the University of Idaho. "When you combine that with social media, anything goes."
        """
        #expect(RuleRunner.run(QuoteAfterSubjectRule(), text).isEmpty)
        #expect(Suggester.speakers(in: text).allSatisfy { $0 == "Steve Smith" } && !Suggester.speakers(in: text).isEmpty, "\(Suggester.speakers(in: text))")
        #expect(RuleRunner.run(QuoteAfterSubjectRule(), "Iowa State University's Dianne Bystrom agreed. \"Mainstream Republicans are running out of time.\"")
                .map(\.mention) == ["Iowa State University's Dianne Bystrom"], "a sentence about the speaker still attributes the next quotation")
    }

    @Test func aQuotationSignedOnTheNextLine() {
        let text = """
        "I will look into it. I don't know the status, but I will certainly look into it."

        - Hillary Clinton.

        Clinton has certainly been looking into it a long time.
        """
        #expect(RuleRunner.run(QuoteSignedRule(), text) == [Found(claim: "I will look into it. I don't know the status, but I will certainly look into it.",
                                                               mention: "Hillary Clinton", cue: nil)])
        #expect(Suggester.speakers(in: text) == ["Hillary Clinton"])
        #expect(RuleRunner.run(QuoteSignedRule(), "\"We will build it and they will pay for it, believe me.\"\n\n– An immigrant himself –.").isEmpty,
                "a dash line with no name signs nothing")
    }

    @Test func quotationsSignedAtTheEndOfTheirLines() {
        let text = """
        Readers shared their thoughts on the debate.

        ”He can’t even answer a question without scaring people about something else first.”\u{00A0}― Esther Tapia\u{00A0}
        “Maybe, we can build a wall around Donald Trump.”― Steve Quinlan.
        Quinlan added that “it is all talk” — no more.
        """
        #expect(RuleRunner.run(QuoteSignedRule(), text) == [
            Found(claim: "He can’t even answer a question without scaring people about something else first.", mention: "Esther Tapia", cue: nil),
            Found(claim: "Maybe, we can build a wall around Donald Trump.", mention: "Steve Quinlan", cue: nil),
        ], "a quotation inside a line is not signed, nor one followed by more words")
        #expect(Suggester.speakers(in: text).prefix(2) == ["Esther Tapia", "Steve Quinlan"], "the signature speaks, not Donald Trump")
    }

    /// A short signed quotation on a line of its own ends in a name, not a full stop, yet is no heading, whatever its dash
    /// and quotation marks; a short line with no quoted sentence stays a heading.
    @Test func shortSignedQuotationsAreNoHeadings() {
        let text = "Readers on the stadium\n\n“Nobody I know wants this.”\u{00A0}—\u{00A0}Karen Lee, Oak Park\n\n"
            + "\"Taxpayers will pay for a toy.\" - Jo Smith\n\n“The roads will be jammed.” ― Mia Brown\n\n“Stadium deal” — the vote\n"
        #expect(Suggester(knownSpeakers: []).suggest(in: text).map { $0.speaker?.name } == ["Karen Lee", "Jo Smith", "Mia Brown"])
        #expect(Suggester(knownSpeakers: []).suggest(in: text).map(\.rule) == ["quote-signed", "quote-signed", "quote-signed"])
    }

    @Test func aGerundAndSoIsNoName() {
        let text = "Like many supporters, Maria Lopez said she was angered by the early call. Doing so ”appeared to be an attempt at poisoning the vote.” She thinks it changed the race."
        #expect(Suggester.speakers(in: text) == ["Maria Lopez", "Maria Lopez", "Maria Lopez"], "the quotation is hers, not by \"Doing so\"")
    }

    @Test func theWordsBeforeACueNoSpeakerPatternReads() {
        #expect(Suggester.speakers(in: "But security specialists say it’s a realistic extension of Moscow’s information warfare efforts.") == ["security specialists"])
        #expect(Suggester.speakers(in: "Most want a ban, but majorities in all five say they want immigrants already here to be allowed to stay.")
                == ["majorities in all five"])
        #expect(Suggester.speakers(in: "In separate interviews, three current and former Podesta employees said disagreements broke out within the firm.")
                == ["former Podesta employees"], "the words stop at `and`")
    }

    @Test func countsSpelledOut() {
        #expect(Suggester.speakers(in: "One in three said the party doesn’t care very much about the Latino community.") == ["One in three"])
        #expect(Suggester.speakers(in: "Half of Vermont Democrats say they want the next president’s policies to be more liberal.") == ["Half of Vermont Democrats"])
        #expect(Suggester.speakers(in: "About four in 10 said they were angry with the way the federal government is operating.") == ["About four in 10"])
    }

    @Test func aParticipleThatOpensASentenceIsNoName() {
        #expect(Suggester.speakers(in: "Walking to the next address, Ebeling said their political views were both changed by the war.") == ["Ebeling"])
        #expect(Suggester.speakers(in: "Manning said the plan would work within a year.") == ["Manning"], "a surname in -ing is still a name")
        #expect(Suggester.speakers(in: "Sen. Bernie Sanders (I-Vt.) disputed the deal, saying the agreement goes nowhere near far enough.") == ["Bernie Sanders"],
                "a party code after the subject")
    }
}
