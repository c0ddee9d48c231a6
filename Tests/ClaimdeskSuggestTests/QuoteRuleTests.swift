import Testing
@testable import ClaimdeskSuggest

/// Each quote rule on its own: the sentence in its doc comment, and what it must leave alone.
@Suite struct QuoteRuleTests {
    typealias Found = RuleRunner.Found

    @Test func quoteCueName() {
        let found = RuleRunner.run(QuoteCueNameRule(), "“The target is the wallet of wealthy domestic entrepreneurs,” said Lu Jun, founder of the Beijing Yirenping Center, in a phone interview.")
        #expect(found == [Found(claim: "The target is the wallet of wealthy domestic entrepreneurs,", mention: "Lu Jun", cue: "said")])
        let text = ScalarText("\"Reefs need ten years,\" said lead author Sarah Cho.")
        let candidate = Paragraph.split(text).flatMap { p in p.quotes.compactMap { QuoteCueNameRule().attribute($0, in: p, of: text) } }.first
        #expect(candidate?.note == "lead author")
        #expect(RuleRunner.run(QuoteCueNameRule(), "“It is over,” he said.").isEmpty, "the speaker comes first: another rule")
    }

    @Test func quoteNameCue() {
        #expect(RuleRunner.run(QuoteNameCueRule(), "“Common prosperity means prosperity for all, not just a few people,” Xi said, according to a note.")
                == [Found(claim: "Common prosperity means prosperity for all, not just a few people,", mention: "Xi", cue: "said")])
        #expect(RuleRunner.run(QuoteNameCueRule(), "\"The dam is safe,\" the Regional Water Authority said in a statement.")
                == [Found(claim: "The dam is safe,", mention: "the Regional Water Authority", cue: "said")])
        #expect(RuleRunner.run(QuoteNameCueRule(), "“So I don’t think so,” he later told VOA Mandarin.").map(\.mention) == ["he"])
        #expect(RuleRunner.run(QuoteNameCueRule(), "Critics called it a “gift to the banks,” and opposition leader Mark Ellison said so.").isEmpty,
                "a conjunction ends the attribution")
    }

    @Test func quoteAccordingTo() {
        #expect(RuleRunner.run(QuoteAccordingToRule(), "The ministry started to target “illegal NGOs with measures,” according to the state-owned news outlet China Daily.")
                == [Found(claim: "illegal NGOs with measures,", mention: "the state-owned news outlet China Daily", cue: "according to")])
    }

    @Test func nameCueQuote() {
        #expect(RuleRunner.run(NameCueQuoteRule(), "Zhou said, “Our success depends on our country’s policies. … We must act.”")
                == [Found(claim: "Our success depends on our country’s policies. … We must act.", mention: "Zhou", cue: "said")])
        #expect(RuleRunner.run(NameCueQuoteRule(), "On social media, the mayor of Vila Seca, Rui Costa, wrote: “Our taps ran dry at 6 a.m. today 😞”")
                .map(\.mention) == ["Rui Costa"], "an apposition that is only a name is the speaker")
        #expect(RuleRunner.run(NameCueQuoteRule(), "Zhou Hongyi, chairman of Qihoo 360, said: “Our success depends on policy.”").map(\.mention)
                == ["Zhou Hongyi"])
        #expect(RuleRunner.claims(NameCueQuoteRule(), "“People think water comes from the tap,” she said, “but it comes from the sky.”")
                == ["but it comes from the sky."], "the second half of a split quote")
        #expect(RuleRunner.run(NameCueQuoteRule(), "When he declared China had eliminated poverty, “common prosperity” became a theme.").isEmpty)
        #expect(RuleRunner.run(NameCueQuoteRule(), "Asked about a news conference, Robby Mook laughed and said, “We’ll see.”")
                == [Found(claim: "We’ll see.", mention: "Robby Mook", cue: "said")], "the cue is the subject's second verb")
    }

    @Test func nameColonQuote() {
        #expect(RuleRunner.run(NameColonQuoteRule(), "Varga laid out the dilemma in a speech last month: “If we cut too early, we risk losing everything.”")
                == [Found(claim: "If we cut too early, we risk losing everything.", mention: "Varga", cue: nil)])
        #expect(RuleRunner.run(NameColonQuoteRule(), "The lesson was simple: “Save more water every day.”").isEmpty, "no speaker as subject")
    }

    @Test func quoteContinues() {
        let rule = QuoteContinuesRule()
        #expect(RuleRunner.claims(rule, "“A first sentence here,” Xi said. “We can allow some to get rich first.”")
                == ["A first sentence here,", "We can allow some to get rich first."])
        #expect(RuleRunner.claims(rule, "“Beijing won’t allow companies to donate to independent NGOs freely.”") == ["Beijing won’t allow companies to donate to independent NGOs freely."])
        #expect(RuleRunner.claims(rule, "Beijing’s “common prosperity” initiative is new.").isEmpty, "a scare quote")
        #expect(RuleRunner.claims(rule, "He called the strike \"reckless\" and left. \"Nothing more,\" said one.").isEmpty)
    }

    @Test func participleQuote() {
        #expect(RuleRunner.run(ParticipleQuoteRule(), "Moreno’s office brushed off the remarks, telling reporters, “Neither Mayor Moreno nor his staff called.”")
                == [Found(claim: "Neither Mayor Moreno nor his staff called.", mention: "Moreno’s office", cue: "telling")])
        #expect(RuleRunner.claims(ParticipleQuoteRule(), "On Twitter, she responded by saying, \"Seriously, just stop lying.\"") == ["Seriously, just stop lying."])
        #expect(RuleRunner.claims(ParticipleQuoteRule(), "Ortiz closed her speech by saying “Not again.” The hall went quiet.") == ["Not again."],
                "no comma before a quotation shaped like a sentence")
        #expect(RuleRunner.claims(ParticipleQuoteRule(), "Moreno pounced, saying in a letter to members: ''The new ferry timetable is a disaster.''")
                == ["The new ferry timetable is a disaster."], "a colon after a circumstance")
        #expect(RuleRunner.claims(ParticipleQuoteRule(), "Doyle disputed the figures, saying the port had \"cooked the numbers\" again.").isEmpty,
                "a partial quote inside reported speech belongs to the clause")
    }

    @Test func quoteAfterSubject() {
        #expect(RuleRunner.run(QuoteAfterSubjectRule(), "Ohio State University's Marta Lindgren agreed. \"Moderate candidates are running short of time.\"")
                .map(\.mention) == ["Ohio State University's Marta Lindgren"], "the resolver drops the owner")
        #expect(RuleRunner.claims(QuoteAfterSubjectRule(), "The vote is on Tuesday. \"Moderate candidates are running short of time.\"").isEmpty,
                "the sentence before must open with a speaker")
        #expect(RuleRunner.claims(QuoteAfterSubjectRule(), "Lindgren agreed. The \"moderate\" lane is empty.").isEmpty, "not a scare quote")
    }

    @Test func introducedQuote() {
        #expect(RuleRunner.run(IntroducedQuoteRule(), "Ortiz did not mention her rivals by name, but told her volunteers, “Our harbour is in serious trouble.”")
                == [Found(claim: "Our harbour is in serious trouble.", mention: "Ortiz", cue: nil)])
        #expect(RuleRunner.claims(IntroducedQuoteRule(), "Halvorsen put it bluntly: “No Member Council shall close or sell a public library.”")
                == ["No Member Council shall close or sell a public library."])
        #expect(RuleRunner.claims(IntroducedQuoteRule(), "The lesson was simple: “Save more water every day.”").isEmpty, "no speaker as subject")
        #expect(RuleRunner.claims(IntroducedQuoteRule(), "Kim spoke of, “a new dawn for the party and the country.”").isEmpty, "not after a preposition")
        #expect(RuleRunner.claims(IntroducedQuoteRule(), "Kim, as always, “reckless”").isEmpty, "not a scare quote")
    }

    @Test func calledQuote() {
        let rule = CalledQuoteRule()
        #expect(RuleRunner.run(rule, "On Sunday, Former Oregon Gov. Alma Vance called Moreno “unhinged.” Lee left.")
                == [Found(claim: "Moreno “unhinged.”", mention: "Former Oregon Gov. Alma Vance", cue: "called")])
        #expect(RuleRunner.run(rule, "Ortiz went after Bell, calling him a “quitter.”")
                == [Found(claim: "him a “quitter.”", mention: "Ortiz", cue: "calling")], "a pronoun, an article before the quotation")
        #expect(RuleRunner.claims(rule, "Harbour chair Nils Berg dismissed the whole dispute as “a sideshow to the hard work of this season.”")
                == ["the whole dispute as “a sideshow to the hard work of this season.”"], "five words or more on a thing")
        #expect(RuleRunner.claims(rule, "Bolton called Obama’s record ''a disgrace to the men and women in uniform.''")
                == ["Obama’s record ''a disgrace to the men and women in uniform.''"], "doubled apostrophes close the claim")
        #expect(RuleRunner.claims(rule, "Bush described Rubio “a bright, charismatic leader.”").isEmpty, "described needs as")
        #expect(RuleRunner.claims(rule, "He also called for more “patience” from the board.").isEmpty, "called for is no label")
        #expect(RuleRunner.claims(rule, "They formed a club called the “Save The Harbour Trust.”").isEmpty, "a title")
        #expect(RuleRunner.run(rule, "On Monday, Lee called her “weak.”")
                == [Found(claim: "her “weak.”", mention: "Lee", cue: "called")], "her is a pronoun when nothing follows it")
        #expect(RuleRunner.claims(rule, "Lee called his “plan” a failure.").isEmpty, "a possessive before a quoted noun")
        #expect(RuleRunner.claims(rule, "At the dinner, Reyes introduced him as “the best harbour master we ever had.”")
                == ["him as “the best harbour master we ever had.”"], "a verb of presenting takes its label with as")
        #expect(RuleRunner.claims(rule, "Reyes introduced him to “the best harbour master we ever had.”").isEmpty, "not without as")
    }

    /// A short label on a thing that ends the sentence is the speaker's verdict; in passing, on what the writer has just
    /// described, or after a preposition (`terms`, a noun) it is not.
    @Test func calledQuoteTakesAVerdictThatEndsTheSentence() {
        let rule = CalledQuoteRule()
        #expect(RuleRunner.run(rule, "The harbour reopened on Monday. Mayor Ann Reyes called the long delays “plainly unacceptable.”")
                == [Found(claim: "the long delays “plainly unacceptable.”", mention: "Mayor Ann Reyes", cue: "called")])
        #expect(RuleRunner.claims(rule, "The inspector described the old pier as ''structurally unsafe.''") == ["the old pier as ''structurally unsafe.''"])
        #expect(RuleRunner.claims(rule, "Reyes called the delays “unacceptable” for the town.").isEmpty, "the sentence goes on")
        #expect(RuleRunner.claims(rule, "Reyes called the delays “unacceptable.”").isEmpty, "a single word is a scare quote")
        #expect(RuleRunner.claims(rule, "Farmers planted new crops. Reyes called those crops “a gamble.”").isEmpty, "what the writer described")
        #expect(RuleRunner.claims(rule, "Clerks searched for terms like “harbour.”").isEmpty, "a noun after a preposition")
        #expect(RuleRunner.claims(rule, "The pier is described as “unsafe.”").isEmpty, "a passive names no one who labels")
    }

    /// A label the writer's sentence goes on after in lower case takes the rest of the clause, up to a comma or a second verb.
    @Test func calledQuoteRunsOnWhenTheSentenceGoesOn() {
        let rule = CalledQuoteRule()
        #expect(RuleRunner.claims(rule, "Reyes called Lee “a costly hire” who would sink the town’s budget.")
                == ["Lee “a costly hire” who would sink the town’s budget"])
        #expect(RuleRunner.claims(rule, "Lee called him “a fine sailor” because he never lost a boat, and left.")
                == ["him “a fine sailor” because he never lost a boat"], "up to a comma")
        #expect(RuleRunner.claims(rule, "Lee called him “a fine sailor” and walked out of the hall.") == ["him “a fine sailor”"], "not over a second verb")
        #expect(RuleRunner.claims(rule, "Lee called him “a fine sailor,” which pleased the crew.") == ["him “a fine sailor,”"], "not after a comma")
    }

    /// The speaker of a cue after an aside between commas is named before the aside, not inside it.
    @Test func theSpeakerOfACueAfterAnAsideStandsBeforeIt() {
        let rule = CalledQuoteRule()
        #expect(RuleRunner.run(rule, "Harbour chief Tom Lee, who sailed in from Oslo, called the plan “a very expensive mistake.”")
                .map(\.mention) == ["Harbour chief Tom Lee"])
        #expect(RuleRunner.run(rule, "Ann Reyes, a neighbour of Tom Lee, calls him “a fine sailor.”").map(\.mention) == ["Ann Reyes"])
        #expect(RuleRunner.run(rule, "The board, Reyes said, called him “a fine sailor.”").map(\.mention) != ["The board"],
                "an aside that attributes the sentence")
    }

    /// A cue right after `and` or `but` shares the subject of the verb before the conjunction.
    @Test func aCueAfterAndSharesTheSubjectOfTheVerbBefore() {
        let rule = CalledQuoteRule()
        #expect(RuleRunner.run(rule, "At the harbour, where the storm hit hardest, Reyes thanked the crew and called the rescue “a remarkable piece of seamanship.”")
                .map(\.mention) == ["Reyes"])
        #expect(RuleRunner.run(rule, "The storm passed and Lee called the rescue “a remarkable piece of seamanship.”").map(\.mention) == ["Lee"],
                "the cue's own subject")
    }

    @Test func aQuotationShapedLikeATitleIsSpeechWhenItsCueFollows() {
        #expect(Suggester().suggest(in: "Kerry spoke on Friday. “Nusra is Al Qaeda,” Mr. Kerry said.").map(\.text) == ["Nusra is Al Qaeda,"])
        #expect(Suggester().suggest(in: "They walked on. ''Follow us,'' Ms. Gil said.").map(\.speaker?.name) == ["Gil"])
        #expect(Suggester().suggest(in: "In its report, titled “Holding the Line,” the bank said little.").isEmpty, "a title")
        #expect(Suggester().suggest(in: "He praised “The Lead with Jake Tapper” on air.").isEmpty)
    }

    @Test func cueQuote() {
        let rule = CueQuoteRule()
        #expect(RuleRunner.run(rule, "Protesters gathered, holding signs and chanting \"Dump Trump.\"")
                == [Found(claim: "Dump Trump.", mention: "Protesters", cue: "chanting")])
        #expect(RuleRunner.claims(rule, "As they marched, they chanted \"stop killing black people\" for an hour.") == ["stop killing black people"])
        #expect(RuleRunner.claims(rule, "Mr. Dalton roused the hall to sudden chants of ''Fix the roads!''") == ["Fix the roads!"], "chants of")
        #expect(RuleRunner.claims(rule, "Moreno posted a message on the town website reading “Thank you Ohio!”") == ["Thank you Ohio!"])
        #expect(RuleRunner.claims(rule, "Xi said “common prosperity” is the goal.").isEmpty, "after said, only a sentence")
        #expect(RuleRunner.claims(rule, "The crowd shouted “no”.").isEmpty, "one word shouted is no claim")
        #expect(RuleRunner.claims(rule, "She said the campaign posted a message reading “We are done.”").isEmpty, "inside reported speech")
        #expect(Suggester().suggest(in: "Oregon Sen. Rui Moreno says “the tide is running our way” despite his defeat.").map(\.text)
                == ["“the tide is running our way” despite his defeat"], "a partial quote after says is the clause's")
    }

    @Test func whatCalledQuote() {
        #expect(Suggester().suggest(in: "Dairies merged to form what they called ''milk cooperatives,'' all in one.").map(\.text)
                == ["milk cooperatives,"])
        #expect(Suggester().suggest(in: "He spoke of the party's rift - what Ryan called “our arguments this year.”").map(\.speaker?.name) == ["Ryan"])
        #expect(Suggester().suggest(in: "It is a club called the “Save The Harbour Trust.” It met.").isEmpty, "a name, no speaker")
        #expect(Suggester().suggest(in: "Ortiz says voters are tired of what she calls “empty promises.”").map(\.rule) == ["name-cue-clause"],
                "inside reported speech the clause is the claim")
    }

    @Test func aShortSentenceAfterItsCueAndAComma() {
        #expect(RuleRunner.claims(NameCueQuoteRule(), "Dana Ortiz, its acting chairwoman, told the Tribune news desk simply, \"We tried.\"") == ["We tried."])
        #expect(RuleRunner.claims(NameCueQuoteRule(), "Asked whether he would fire the writer, Priebus said, \"Probably.\"") == ["Probably."],
                "one word answering")
        #expect(Suggester().suggest(in: "Asked about a press conference, Sanders had previously said, “We’ll see.”").map(\.text).contains("We’ll see."),
                "title-shaped after a comma")
        #expect(Suggester().suggest(in: "The council met, according to its annual report, \"Ports in Transition.\"").isEmpty, "a title after a comma")
    }

    /// The gold texts' scare quotes: a short quoted label on a thing is the writer's, not a claim.
    @Test func calledQuoteLeavesScareQuotes() {
        #expect(Self.goldScareQuotes.filter { !RuleRunner.claims(CalledQuoteRule(), $0).isEmpty } == [])
    }

    static let goldScareQuotes = [
        "Port director Helen Marsh, who has run the authority since 2019, called the strike \"reckless\" and urged both sides to talk.",
        "Local historian Mary Olsen called the vote a \"turning point\" for the city.",
        "Some governments are paying to grow corals. Cho called those projects “important but tiny.”",
        "Critics called the decision a “gift to the banks,” and opposition leader Mark Ellison said on Thursday that savers lose.",
        "Tech tycoons rushed to support Beijing’s “common prosperity” initiative.",
        "Marsh said the talks were over, and she accused Doyle of \"playing games with people's livelihoods.\"",
    ]

    @Test func objectQuote() {
        let rule = ObjectQuoteRule()
        #expect(RuleRunner.run(rule, "Lee also bemoaned the current harbour mood in which sailors “simply ignore each other.”")
                == [Found(claim: "the current harbour mood in which sailors “simply ignore each other.”", mention: "Lee", cue: "bemoaned")])
        #expect(RuleRunner.claims(rule, "Berg blamed the new parking law on “clueless downtown planners.”")
                == ["the new parking law on “clueless downtown planners.”"])
        #expect(RuleRunner.run(rule, "He sent out an email as the meeting began, vowing to \"fight for every vote\" in the last primary.")
                == [Found(claim: "to \"fight for every vote\" in the last primary", mention: "He", cue: "vowing")], "a participle: the subject speaks")
        #expect(RuleRunner.run(rule, "The former director of ports mocked Moreno for “having a rough week.”").map(\.mention)
                == ["The former director of ports"], "the speaker without the verb")
        #expect(RuleRunner.claims(rule, "Moreno promised to end it all. The crowd cheered “loudly.”").isEmpty, "the verb is in another sentence")
        #expect(RuleRunner.claims(rule, "Moreno vowed to \"clean the rust\" off the old harbour cranes.") == ["to \"clean the rust\" off the old harbour cranes"],
                "a short quotation followed by a particle qualifies no noun")
        #expect(RuleRunner.claims(rule, "She blamed the flooding on a \"broken valve,\" not on the weather.")
                == ["the flooding on a \"broken valve,\" not on the weather"], "nor one closed by its comma")
        #expect(RuleRunner.claims(rule, "On her campaign website, Vasquez-Orr promises to “end” the Night Curfew.") == ["to “end” the Night Curfew"],
                "nor a verb in quotes after `to`")
    }

    /// Labels and named phrases are `called-quote`'s or nobody's, and the gold texts' scare quotes stay unproposed.
    @Test func objectQuoteLeavesLabelsAndNamedPhrases() {
        let texts = Self.goldScareQuotes + ["Xi Jinping praised the term “common prosperity.”", "Berg dismissed the whole quarrel as “absurd.”",
                                            "Merkel hailed the deal as a “breakthrough.”",
                                            "Tech tycoons rushed to show their support for Beijing’s “common prosperity” drive.",
                                            "Several tech companies pledged money this week to President Xi Jinping's \"common prosperity\" drive."]
        #expect(texts.filter { !RuleRunner.claims(ObjectQuoteRule(), $0).isEmpty } == [])
    }

    @Test func aPartialQuoteEndingTheWritersClauseTakesTheClause() {
        let rule = QuoteNameCueRule()
        #expect(RuleRunner.run(rule, "Park, though, would have to \"move closer to the port,\" Lindqvist said.")
                == [Found(claim: "Park, though, would have to \"move closer to the port,\"", mention: "Lindqvist", cue: "said")])
        #expect(Suggester().suggest(in: "The bill's failure was “heartbreaking,” she said.").map(\.quoteType) == [.indirect])
        #expect(RuleRunner.claims(rule, "They list their picks, and the harbour safety panel is less likely to be “swamped with complaints,” Lindqvist said.")
                == ["the harbour safety panel is less likely to be “swamped with complaints,”"], "the last clause")
        #expect(RuleRunner.claims(rule, "Emerging from three hours with Mr. Dalton, the harbour master ''looked exhausted,'' Mr. Ferreira said.")
                == ["the harbour master ''looked exhausted,''"], "not the opening phrase")
        for (text, quote) in [("No reporters came. ''That wasn't a fair way to greet me,'' he said.", "That wasn't a fair way to greet me,"),
                              ("Clinton called the plan unserious - “again, we need details,” Sanders said.", "again, we need details,"),
                              ("Sanders told reporters the race was “far from over,” Weaver said.", "far from over,")] {
            #expect(RuleRunner.claims(rule, text) == [quote], "\(text)")
        }
    }

    @Test func quoteReaction() {
        let rule = QuoteReactionRule()
        #expect(RuleRunner.run(rule, "Trump asked who would pay for the wall. “Mexico!” the audience screamed back.")
                == [Found(claim: "Mexico!", mention: "the audience", cue: "screamed")])
        #expect(RuleRunner.run(rule, "\"Quiet,\" he demanded, as Bush went on.") == [Found(claim: "Quiet,", mention: "he", cue: "demanded")])
        #expect(RuleRunner.claims(rule, "“It is time for the senator to step aside,” reads a Wednesday editorial.")
                == ["It is time for the senator to step aside,"], "the verb before its speaker")
        #expect(RuleRunner.claims(rule, "They watched “Frozen” read aloud.").isEmpty, "no comma, `!` or `?` closes a title")
        #expect(RuleRunner.claims(rule, "“We will win,” she said.").isEmpty, "verbs of saying are quote-name-cue's")
    }

    @Test func quoteAlone() {
        #expect(RuleRunner.claims(QuoteAloneRule(), "Cruz spoke for an hour. The crowd cheered when “We will repeal every word of Obamacare.”")
                == ["We will repeal every word of Obamacare."])
        #expect(RuleRunner.claims(QuoteAloneRule(), "He praised “The Lead with Jake Tapper,” on air.").isEmpty, "a title")
        #expect(RuleRunner.claims(QuoteAloneRule(), "Beijing’s “common prosperity” initiative is new.").isEmpty, "a scare quote")
        #expect(RuleRunner.claims(QuoteAloneRule(), "Critics saw “a plan that would hurt farmers and ranchers alike” in it.")
                == ["a plan that would hurt farmers and ranchers alike"], "eight words or more need no capital")
    }

    @Test func aPartialQuoteEndingTheWritersSentenceIsNotAttributedByTheNext() {
        let text = "Lund said the audit is “ongoing.” He said the board has not commented on the scope of the review."
        #expect(RuleRunner.claims(QuoteNameCueRule(), text).isEmpty)
        #expect(Suggester().suggest(in: text).map(\.text) == ["the audit is “ongoing.”", "the board has not commented on the scope of the review"])
    }
}
