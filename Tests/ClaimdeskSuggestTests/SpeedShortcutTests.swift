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

    /// Patterns that open with a cue, as the gates of `clause-name-cue` and `interrupted-clause` do.
    private static let cueOpened = [Patterns.regex("(?<cue>" + Patterns.cue + #")(?=[.;](?:\s|$)|,(?!\s*[“"])|$)"#),
                                    Patterns.regex(Patterns.cue + #"(?:\s+"# + Patterns.weekday + #")?,\s+[^”"\s]"#)]

    private static func expectSameAsTheSearch(_ string: String, span: Span? = nil) {
        let text = ScalarText(string)
        let span = span ?? text.whole
        for pattern in cueOpened {
            #expect(text.holdsMatch(ofCueOpening: pattern, in: span) == text.holdsMatch(of: pattern, in: span), "\(string.debugDescription)")
        }
    }

    @Test func cueOpenedPatternsAreFoundAsTheSearchFindsThem() throws {
        let (article, _) = try SuggestionEvaluation.load("voa-common-prosperity.json")
        let text = ScalarText(article)
        for paragraph in Paragraph.split(text) {
            for sentence in paragraph.sentences(in: text) { Self.expectSameAsTheSearch(article, span: sentence) }
        }
        for string in ["Taxes rose, he said.", "Taxes rose, he said, and fell.", "he pointed out, then", "he said\u{301}.", "he\u{AD}said.",
                       "x\u{301}said.", "ésaid.", "resaid.", "Said.", "said", "said Monday, we", "said, “we", "told; so", ""] {
            Self.expectSameAsTheSearch(string)
        }
        Self.expectSameAsTheSearch("unsaid, yes", span: Span(2, 11))
    }

    @Test func cueOpenedPatternsAgreeWithTheSearchOnRandomText() {
        let pieces = ["said", "says", "told", "pointed", " out", " ", ",", ".", ";", "\u{301}", "\u{AD}", "é", "x", "S", "1", "“", " Monday"]
        var generator = SeededGenerator(seed: 4)
        for _ in 0..<500 {
            let string = (0..<Int.random(in: 1...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            Self.expectSameAsTheSearch(string)
        }
    }
}
