import Testing
@testable import ClaimdeskSuggest

/// `that-clause-quote`: a partial quote inside a `that` clause after a verb or a noun of stating the cue lists do not hold
/// (invented sentences in the shape of political news).
@Suite struct ThatClauseQuoteRuleTests {
    let rule = ThatClauseQuoteRule()

    @Test func aVerbInEdOrIngBeforeThatMakesTheClauseTheClaim() {
        #expect(RuleRunner.run(rule, "Some sailors could be overheard grousing that the \"fake\" ferry tickets were more common than the real ones.")
                == [.init(claim: "the \"fake\" ferry tickets were more common than the real ones", mention: "Some sailors", cue: "grousing")])
        #expect(RuleRunner.claims(rule, "Water engineers have speculated that Lake Varna might be able to hold its \"flood reserve\" through other means.")
                == ["Lake Varna might be able to hold its \"flood reserve\" through other means"])
        #expect(RuleRunner.claims(rule, "A civil complaint was filed in 2019, alleging that inspectors used postcode data as a “convenient shortcut for suspicion.”")
                == ["inspectors used postcode data as a “convenient shortcut for suspicion.”"])
    }

    @Test func aNounOfStatingOrMakingItClearBeforeThat() {
        #expect(RuleRunner.claims(rule, "Voters remembered Lund's conclusion that her accounts were \"extremely sloppy.\"")
                == ["her accounts were \"extremely sloppy.\""])
        #expect(RuleRunner.run(rule, "Ortiz backed the budget, although she made it clear that the town has “serious doubts” about two line items.")
                == [.init(claim: "the town has “serious doubts” about two line items", mention: "she", cue: "made it clear")])
        #expect(RuleRunner.claims(rule, "The Oregon senator’s answer was that “the best investment a town can make is the library,” so the council should pay.")
                == ["“the best investment a town can make is the library,” so the council should pay"],
                "a noun of stating before *was*")
    }

    @Test func anAddresseeOrAPlaceMayStandBeforeThat() {
        #expect(RuleRunner.claims(rule, "Norvane promised Ortiz that she could run Fjordline as a ''wholly separate business.''")
                == ["she could run Fjordline as a ''wholly separate business.''"])
        #expect(RuleRunner.claims(rule, "Berg mused in Thursday's debate that Ortiz was \"disqualified from being the head of the harbour\" because of her loans.")
                == ["Ortiz was \"disqualified from being the head of the harbour\" because of her loans"])
        #expect(RuleRunner.run(rule, "Lindqvist told local radio host Ada Brandt on Friday that her post was \"a joke.\"")
                == [.init(claim: "her post was \"a joke.\"", mention: "Lindqvist", cue: "told")], "a cue, its addressee and when")
        #expect(RuleRunner.claims(rule, "The Harbour Board said for the first time that “prime grade” timber had passed through its sawmill.")
                == ["“prime grade” timber had passed through its sawmill"])
        #expect(RuleRunner.claims(rule, "Tomas Berg said he still held out hope that Moreno could pull a late \"surprise,\" he added.").isEmpty,
                "a new subject after the cue: the cue's own clause, not a `that` clause's")
    }

    @Test func aStraightQuotationOpeningTheClauseIsAQuote() {
        #expect(Suggester().suggest(in: "Dana Ortiz is telling supporters after her victory in the runoff that \"when you win, it's wonderful.\"")
                .map { "\($0.rule) \($0.quoteType) \($0.text)" } == ["that-clause-quote direct when you win, it's wonderful."])
        #expect(Suggester().suggest(in: "Clinton wrote for The Informer that \"the District is often neglected\" because it has no vote. She left.")
                .map { "\($0.rule) \($0.text)" } == ["that-clause-quote \"the District is often neglected\" because it has no vote"],
                "the sentence goes on after the quotation")
        #expect(RuleRunner.claims(rule, "Moreno said the delays are so long that \"we have got to look beyond the old harbour board.\"").isEmpty,
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
