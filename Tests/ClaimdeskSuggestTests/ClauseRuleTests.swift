import Testing
@testable import ClaimdeskSuggest

/// Each reported-speech rule on its own: the sentence in its doc comment, and what it must leave alone.
@Suite struct ClauseRuleTests {
    typealias Found = RuleRunner.Found

    @Test func nameCueClause() {
        let rule = NameCueClauseRule()
        #expect(RuleRunner.run(rule, "Daniel Zhang, CEO at Alibaba group, said his company’s donation represented its willingness.")
                == [Found(claim: "his company’s donation represented its willingness", mention: "Daniel Zhang", cue: "said")])
        #expect(RuleRunner.claims(rule, "Wang told VOA Mandarin that businesses are forced to donate.") == ["businesses are forced to donate"])
        #expect(RuleRunner.run(rule, "The mayor of Vila Seca, Rui Costa, said the taps ran dry at dawn.").map(\.mention) == ["Rui Costa"])
        #expect(RuleRunner.claims(rule, "Ruiz told reporters that the budget would be reviewed.") == ["the budget would be reviewed"])
        #expect(RuleRunner.claims(rule, "Norbank said in a note to clients that wage growth remained “uncomfortably high.”")
                == ["wage growth remained “uncomfortably high.”"], "a closing quotation ends the clause after its mark")
        #expect(RuleRunner.claims(rule, "Meanwhile, analysts say this new wave of donation will not help.") == ["this new wave of donation will not help"])
        #expect(RuleRunner.claims(rule, "Marsh said the authority would not reopen talks, and she accused Doyle of lying.")
                == ["the authority would not reopen talks"])
        #expect(RuleRunner.claims(rule, "“I don’t think so,” he said of the third distribution.").isEmpty)
        #expect(RuleRunner.claims(rule, "“It is over,” he told VOA Mandarin via phone that day.").isEmpty)
        #expect(RuleRunner.claims(rule, "This year, China announced a new wave of crackdowns targeting NGOs.").isEmpty, "announced needs that")
    }

    @Test func nameAndCueClause() {
        #expect(RuleRunner.run(NameAndCueClauseRule(), "The friend, Leo Marsh, pleaded guilty last year and testified that Whitfield had written the invoices.")
                == [Found(claim: "Whitfield had written the invoices", mention: "Leo Marsh", cue: "testified")])
        #expect(RuleRunner.claims(NameAndCueClauseRule(), "Marsh pleaded guilty and said nothing.").isEmpty, "needs that")
    }

    @Test func accordingToClause() {
        #expect(RuleRunner.run(AccordingToClauseRule(), "According to the explanation from China’s National Development and Reform Commission, the first distribution comes through markets.")
                == [Found(claim: "the first distribution comes through markets",
                          mention: "the explanation from China’s National Development and Reform Commission", cue: "According to")])
        #expect(RuleRunner.claims(AccordingToClauseRule(), "He left, according to friends.").isEmpty)
    }

    @Test func clauseNameCue() {
        #expect(RuleRunner.run(ClauseNameCueRule(), "Inflation slowed to 3.1 percent in May, the statistics office said last week.")
                == [Found(claim: "Inflation slowed to 3.1 percent in May", mention: "the statistics office", cue: "said")])
        #expect(RuleRunner.claims(ClauseNameCueRule(), "Water will be cut off starting Friday, the regional government announced on Wednesday, as reservoirs fell.")
                == ["Water will be cut off starting Friday"])
        #expect(RuleRunner.claims(ClauseNameCueRule(), "Stressing the need to develop these enterprises, Zhou said, “Our success depends on policy.”").isEmpty)
    }

    @Test func clauseAccordingTo() {
        #expect(RuleRunner.run(ClauseAccordingToRule(), "The krone rose 0.4 percent against the euro, according to data from the Ardo Stock Exchange.")
                == [Found(claim: "The krone rose 0.4 percent against the euro", mention: "data from the Ardo Stock Exchange", cue: "according to")])
        #expect(RuleRunner.claims(ClauseAccordingToRule(), "In May, it began to target “illegal NGOs,” according to China Daily.").isEmpty,
                "a quotation before according to is the quote rule's")
    }

    @Test func participleClause() {
        #expect(RuleRunner.run(ParticipleClauseRule(), "Doyle disputed the figures, saying the port had \"cooked the numbers\" to scare the public.")
                == [Found(claim: "the port had \"cooked the numbers\" to scare the public", mention: "Doyle", cue: "saying")])
        #expect(RuleRunner.run(ParticipleClauseRule(), "\"That is generous,\" he said, adding that the authority was \"ready to talk tonight.\"")
                == [Found(claim: "the authority was \"ready to talk tonight.\"", mention: "he", cue: "adding")])
        #expect(RuleRunner.claims(ParticipleClauseRule(), "Tech giants answered the call, pledging financial support for social causes.").isEmpty)
    }
}
