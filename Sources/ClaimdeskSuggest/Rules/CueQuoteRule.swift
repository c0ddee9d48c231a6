/// A verb of shouting, chanting or writing right before the quotation, with no speaker pattern in between:
/// `about 200 protesters … chanting "Dump Trump."`, `they chanted "stop killing black people"`,
/// `Trump posted a message on Twitter reading “Thank you Georgia”`, `T-shirts quickly appeared that said "We won."`.
/// After shouting (`chanted`, `yelled`, `shouting` …) any quotation of two words or more is what was shouted; after saying or
/// writing (`said`, `reading`, `tweeted` …) only one shaped like a sentence (`QuoteSegment.isSubstantive`), so that
/// `Xi said “common prosperity” is the goal` stays a scare quote. The speaker is the one named right before the verb, else
/// the sentence's subject.
struct CueQuoteRule: QuoteRule {
    let name = "cue-quote"
    private static let shouting = ["chanted", "chanting", "chant", "chants", "shouted", "shouting", "shouts", "yelled", "yelling", "yells",
                                   "screamed", "screaming", "jeered", "cried", "sang", "singing", "exclaimed", "hollered"]
    private static let writing = ["said", "says", "reading", "read", "reads", "tweeted", "wrote", "writes", "posted", "declared", "told"]
    private static let pattern = Patterns.regex(#"\b(?<cue>"# + WordAlternation.pattern(shouting + writing)
        + #")(?:\s+(?:simply|only|just|repeatedly|loudly|back))?[,:]?\s*$"#)

    func attribute(_ quote: QuoteSegment, in paragraph: Paragraph, of text: ScalarText) -> Candidate? {
        let before = Span(max(paragraph.span.start, quote.outer.start - 40), quote.outer.start)
        guard let match = text.firstMatch(Self.pattern, in: before), let cue = match["cue"] else { return nil }
        let shouted = Self.shouting.contains(text.slice(cue).lowercased())
        guard shouted ? quote.wordCount(in: text) >= 2 : quote.isSubstantive(in: text) else { return nil }
        let mention = CueSpeaker.mention(before: cue, in: paragraph, text) ?? paragraph.subject(before: cue.end, in: text)
        return Candidate(span: quote.inner, quoteType: .direct, mention: mention, cue: cue, rule: name, confidence: 0.6)
    }
}
