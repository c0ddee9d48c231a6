import Testing
@testable import ClaimdeskSuggest

/// Speakers of news copy the speaker round's patterns missed (sentences written here in the shapes of news copy): words
/// after a quotation that attribute it, a quote that continues past a long attribution, a signed quotation, the words before
/// a cue no speaker pattern reads, counts spelled out, participles that open a sentence.
@Suite struct NewsSpeakerTests {
    typealias Found = RuleRunner.Found

    @Test func verbsThatOnlyFollowAQuotationAttributeIt() {
        #expect(RuleRunner.run(QuoteCueNameRule(), "“This is wonderful!” beamed Dana Ortiz of Fairhope, Oregon, who slipped into the hall.")
                .map(\.cue) == ["beamed"])
        #expect(Suggester.speakers(in: "“This is wonderful!” beamed Dana Ortiz of Fairhope, Oregon, who slipped into the hall.") == ["Dana Ortiz"])
        #expect(RuleRunner.run(QuoteCueNameRule(), "“There are jellyfish that have shown more backbone than Sen. Moreno,” reads a Tuesday editorial in The Harbour Tribune.")
                .map(\.mention) == ["a Tuesday editorial in The Harbour Tribune"])
        #expect(RuleRunner.run(QuoteNameCueRule(), "“The Harbour Ledger is saying tonight that its reporters had a private lunch with you,” Okafor started.")
                .map(\.cue) == ["started"])
        #expect(RuleRunner.run(NameCueClauseRule(), "The senator beamed that the vote went his way.").isEmpty, "beamed reports no clause")
        #expect(RuleRunner.run(QuoteNameCueRule(), "“What was the big turning point that made her change course so completely?” Lund questioned.")
                .map(\.mention) == ["Lund"])
    }

    @Test func anyDescriptionAfterAQuotationIsItsSpeaker() {
        #expect(RuleRunner.run(QuoteCueNameRule(), "“Marta is, and has always been, a fearless organizer,” said the 52-year-old. “Now, she will fight for this town.”")
                .map(\.mention) == ["the 52-year-old"])
        #expect(RuleRunner.run(QuoteCueNameRule(), "''It's not a shop anymore, it's a family,'' said the younger Mr. Halvorsen, flanked by his cousins.")
                .map(\.mention) == ["the younger Mr. Halvorsen"], "a title's full stop ends no description")
        #expect(RuleRunner.run(QuoteCueNameRule(), "(“I don’t want to start a brawl over it,” said one party activist.)").map(\.mention) == ["one party activist"],
                "the description goes on past the organisation noun `party`")
        #expect(Suggester.speakers(in: "“This matters a great deal to both of them,” said one former GOP leadership aide.") == ["former GOP leadership aide"],
                "`one former` is no role before the name `GOP`")
        #expect(RuleRunner.run(QuoteNameCueRule(), "\"I have been saying all through this race that the harbour is run by amateurs,\" the Nevada senator and Democratic gubernatorial candidate said.")
                .map(\.mention) == ["the Nevada senator and Democratic gubernatorial candidate"])
        #expect(RuleRunner.run(QuoteNameCueRule(), "\"The damage the defendant's scheme did to the town's pension fund cannot be measured,\" state prosecutors wrote in a motion.")
                .map(\.mention) == ["state prosecutors"], "a group in lower case")
        #expect(RuleRunner.run(QuoteNameCueRule(), "“We will win,” as his supporters say.").isEmpty, "a group opens with no conjunction")
        #expect(RuleRunner.run(QuoteNameCueRule(), "But even as Ortiz claimed on Monday that “Admiral Vance got fired for much less,” one of the former lawyers for Thomas Vance said the cases differ.")
                .isEmpty, "after a partial quote the words that follow are the writer's")
    }

    @Test func aQuoteThatContinuesSkipsNamesInThePreviousAttribution() {
        let text = """
        “What Moreno did is almost begging for that kind of showdown,” said Walt Brenner, a longtime Oregon GOP organizer who had backed Halvorsen and is set to go as a delegate to the Republican State Convention in August. “There are people who want to see it.”
        """
        #expect(Suggester.speakers(in: text).allSatisfy { $0 == "Walt Brenner" } && !Suggester.speakers(in: text).isEmpty, "\(Suggester.speakers(in: text))")
    }

    @Test func aQuotationAfterASentenceThatOpensWithItsOwnQuotationContinuesItsSpeaker() {
        let text = """
        "There's a flood of rumours out there, and it keeps getting deeper," said Mark Ellison, a retired radio producer who teaches broadcasting at the University of Montana. "When you add group chats to that, anything goes."
        """
        #expect(RuleRunner.run(QuoteAfterSubjectRule(), text).isEmpty)
        #expect(Suggester.speakers(in: text).allSatisfy { $0 == "Mark Ellison" } && !Suggester.speakers(in: text).isEmpty, "\(Suggester.speakers(in: text))")
        #expect(RuleRunner.run(QuoteAfterSubjectRule(), "Harbour State University's Dana Kovac agreed. \"Moderate Republicans are running short of time.\"")
                .map(\.mention) == ["Harbour State University's Dana Kovac"], "a sentence about the speaker still attributes the next quotation")
    }

    @Test func aQuotationSignedOnTheNextLine() {
        let text = """
        "I will check on it. I can't say where it stands, but I will surely check on it."

        - Dana Ortiz.

        Ortiz has surely been checking on it a long time.
        """
        #expect(RuleRunner.run(QuoteSignedRule(), text) == [Found(claim: "I will check on it. I can't say where it stands, but I will surely check on it.",
                                                               mention: "Dana Ortiz", cue: nil)])
        #expect(Suggester.speakers(in: text) == ["Dana Ortiz"])
        #expect(RuleRunner.run(QuoteSignedRule(), "\"We will build it and they will pay for it, believe me.\"\n\n– An immigrant himself –.").isEmpty,
                "a dash line with no name signs nothing")
    }

    @Test func quotationsSignedAtTheEndOfTheirLines() {
        let text = """
        Readers shared their thoughts on the debate.

        ”She can’t even take a question without blaming the weather for something first.”\u{00A0}― Rosa Ibarra\u{00A0}
        “Maybe, we can build a fence around Ellen Park.”― Neil Quint.
        Quint added that “it is all talk” — no more.
        """
        #expect(RuleRunner.run(QuoteSignedRule(), text) == [
            Found(claim: "She can’t even take a question without blaming the weather for something first.", mention: "Rosa Ibarra", cue: nil),
            Found(claim: "Maybe, we can build a fence around Ellen Park.", mention: "Neil Quint", cue: nil),
        ], "a quotation inside a line is not signed, nor one followed by more words")
        #expect(Suggester.speakers(in: text).prefix(2) == ["Rosa Ibarra", "Neil Quint"], "the signature speaks, not Ellen Park")
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
        let text = "Like many supporters, Maria Lopez said she was annoyed by the early call. Doing so ”seemed to be a way of tilting the count.” She thinks it changed the race."
        #expect(Suggester.speakers(in: text) == ["Maria Lopez", "Maria Lopez", "Maria Lopez"], "the quotation is hers, not by \"Doing so\"")
    }

    @Test func theWordsBeforeACueNoSpeakerPatternReads() {
        #expect(Suggester.speakers(in: "But transport specialists say it’s a logical extension of the port’s long expansion plans.") == ["transport specialists"])
        #expect(Suggester.speakers(in: "Most want a toll, but majorities in all six counties say residents should ride the ferry for free.")
                == ["majorities in all six counties"])
        #expect(Suggester.speakers(in: "In separate calls, three current and former Halvorsen employees said arguments broke out inside the office.")
                == ["former Halvorsen employees"], "the words stop at `and`")
    }

    @Test func countsSpelledOut() {
        #expect(Suggester.speakers(in: "One in three said the council doesn’t care much about the river towns.") == ["One in three"])
        #expect(Suggester.speakers(in: "Half of Oregon farmers say they want the next governor’s water rules to be less strict.") == ["Half of Oregon farmers"])
        #expect(Suggester.speakers(in: "About four in 10 said that the harbour board was badly run.") == ["About four in 10"])
    }

    @Test func aParticipleThatOpensASentenceIsNoName() {
        #expect(Suggester.speakers(in: "Walking to the next stall, Okafor said their family recipes were both changed by the move.") == ["Okafor"])
        #expect(Suggester.speakers(in: "Manning said the plan would work within a year.") == ["Manning"], "a surname in -ing is still a name")
        #expect(Suggester.speakers(in: "Sen. Rui Moreno (I-Vt.) disputed the deal, saying the agreement goes nowhere near far enough.") == ["Rui Moreno"],
                "a party code after the subject")
    }
}
