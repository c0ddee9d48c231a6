import Testing
@testable import ClaimdeskSuggest

/// The shortcuts that spare a regular expression its search (`speed4`) give the answers the search gives.
@Suite struct SpeedShortcutTests {
    @Test func lastNonWhitespaceLooksPastICUsWhiteSpace() {
        let text = ScalarText("He said,\u{202F}\n\u{2028} “Go.” Then:\u{200B}")
        #expect(text.lastNonWhitespace(in: Span(0, 12)) == ",")
        #expect(text.lastNonWhitespace(in: Span(0, text.count)) == "\u{200B}", "a zero-width space is no white space")
        #expect(text.lastNonWhitespace(in: Span(8, 12)) == nil)
    }

    /// `name-cue-quote` searches only before a quotation whose last code point before it (past white space) is `,` or `:`.
    @Test func nameCueQuoteStillReadsACueBeforeAnyWhiteSpace() {
        let quote = "“Our success depends on our country’s policies.”"
        #expect(RuleRunner.claims(NameCueQuoteRule(), "Zhou said,\u{202F}\n\(quote)") == ["Our success depends on our country’s policies."])
        #expect(RuleRunner.claims(NameCueQuoteRule(), "Zhou said:\u{2028}\(quote)") == ["Our success depends on our country’s policies."])
        #expect(RuleRunner.claims(NameCueQuoteRule(), "Zhou said \(quote)").isEmpty, "no comma or colon")
        #expect(RuleRunner.claims(NameCueQuoteRule(), "Zhou said,\u{200B}\(quote)").isEmpty, "`\\s*$` does not read a zero-width space")
    }
}
