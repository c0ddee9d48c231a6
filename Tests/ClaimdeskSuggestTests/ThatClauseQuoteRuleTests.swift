import Testing
@testable import ClaimdeskSuggest

/// `that-clause-quote`: a partial quote inside a `that` clause after a verb or a noun of stating the cue lists do not hold
/// (sentences paraphrased from political news).
@Suite struct ThatClauseQuoteRuleTests {
    let rule = ThatClauseQuoteRule()

    @Test func aVerbInEdOrIngBeforeThatMakesTheClauseTheClaim() {
        #expect(RuleRunner.run(rule, "Some Republicans could be heard grousing that the \"fake\" Trump literature was more plentiful than the real thing.")
                == [.init(claim: "the \"fake\" Trump literature was more plentiful than the real thing", mention: "Some Republicans", cue: "grousing")])
        #expect(RuleRunner.claims(rule, "Nuclear experts have speculated that North Korea might be able to boost its \"explosive yield\" through other means.")
                == ["North Korea might be able to boost its \"explosive yield\" through other means"])
        #expect(RuleRunner.claims(rule, "A federal lawsuit was filed in 2012, alleging that police used Muslim identity as a “permissible proxy for criminality.”")
                == ["police used Muslim identity as a “permissible proxy for criminality.”"])
    }

    @Test func aNounOfStatingOrMakingItClearBeforeThat() {
        #expect(RuleRunner.claims(rule, "Voters remembered Comey's conclusion that her actions were \"extremely careless.\"")
                == ["her actions were \"extremely careless.\""])
        #expect(RuleRunner.run(rule, "Clinton endorsed the deal, although she made it clear that she has “serious concerns” about a few provisions.")
                == [.init(claim: "she has “serious concerns” about a few provisions", mention: "she", cue: "made it clear")])
        #expect(RuleRunner.claims(rule, "The Florida senator’s answer was that “the most important institution in society is the family,” so government should help.")
                == ["“the most important institution in society is the family,” so government should help"],
                "a noun of stating before *was*")
    }

    @Test func anAddresseeOrAPlaceMayStandBeforeThat() {
        #expect(RuleRunner.claims(rule, "Microsoft promised Weiner that he could run LinkedIn as a ''fully independent entity.''")
                == ["he could run LinkedIn as a ''fully independent entity.''"])
        #expect(RuleRunner.claims(rule, "Rubio mused in Thursday's debate that Clinton was \"disqualified from being the commander in chief\" because of her server.")
                == ["Clinton was \"disqualified from being the commander in chief\" because of her server"])
        #expect(RuleRunner.run(rule, "Coulter told conservative radio host Hugh Hewitt on Wednesday that her tweet was \"a joke.\"")
                == [.init(claim: "her tweet was \"a joke.\"", mention: "Coulter", cue: "told")], "a cue, its addressee and when")
        #expect(RuleRunner.claims(rule, "The State Department said for the first time that “top secret” intelligence had passed through her server.")
                == ["“top secret” intelligence had passed through her server"])
        #expect(RuleRunner.claims(rule, "Cory James said he hadn't given up hope that Sanders could pull a convention \"surprise,\" he added.").isEmpty,
                "a new subject after the cue: the cue's own clause, not a `that` clause's")
    }

    @Test func aStraightQuotationOpeningTheClauseIsAQuote() {
        #expect(Suggester().suggest(in: "Donald Trump is telling supporters after his victory in the primary that \"when you win, it's beautiful.\"")
                .map { "\($0.rule) \($0.quoteType) \($0.text)" } == ["that-clause-quote direct when you win, it's beautiful."])
        #expect(Suggester().suggest(in: "Clinton wrote for The Informer that \"the District is often neglected\" because it has no vote. She left.")
                .map { "\($0.rule) \($0.text)" } == ["that-clause-quote \"the District is often neglected\" because it has no vote"],
                "the sentence goes on after the quotation")
        #expect(RuleRunner.claims(rule, "Sanders said the problems are so daunting that \"we have got to go beyond establishment politics.\"").isEmpty,
                "a result after `so`, and a verb between the cue and `that`")
    }

    @Test func noClaimWithoutAVerbOfStatingBeforeThatOrWithoutTheQuotationInTheClause() {
        #expect(RuleRunner.claims(rule, "The mayor backed the program that “common prosperity” inspired.").isEmpty, "a relative clause after a noun")
        #expect(RuleRunner.claims(rule, "There is nothing that “common prosperity” cannot fix, officials hope.").isEmpty, "a word in -ing that is no verb")
        #expect(RuleRunner.claims(rule, "He argued that taxes should rise. Later he praised the “Patience Pays” campaign.").isEmpty,
                "the `that` clause of another sentence")
        #expect(RuleRunner.claims(rule, "The campaign reported that it raised $5 million, calling the haul “a clear sign of momentum.”").isEmpty,
                "the quotation stands after the clause's end")
        #expect(QuoteRuleTests.goldScareQuotes.filter { !RuleRunner.claims(rule, $0).isEmpty } == [], "the gold texts' scare quotes")
    }
}
