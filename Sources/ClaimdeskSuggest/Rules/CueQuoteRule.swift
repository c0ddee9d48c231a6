/// A verb of shouting, chanting or writing right before the quotation, with no speaker pattern in between:
/// `about 200 protesters … chanting "Dump Moreno."`, `they chanted "save our library now"`, `chants of “Vote him out!”`,
/// `Ortiz posted a note on Facebook reading “Thank you Ashford”`.
/// After shouting (`chanted`, `yelled`, `shouting` …) any quotation of two words or more is what was shouted; after writing
/// (`reading`, `tweeted` …) only one shaped like a sentence (`QuoteSegment.isSubstantive`), and not when a cue stands earlier
/// in the sentence (the quotation is then part of reported speech, the clause's). `said “…”` with no comma is a partial quote
/// in reported speech (`Ortiz says “the tide is turning our way” despite her loss`), not this rule's. The speaker is the one
/// named right before the verb, else the sentence's subject.
struct CueQuoteRule: QuoteRule {
    let name = "cue-quote"
    private static let shouting = ["chanted", "chanting", "chant", "chants", "shouted", "shouting", "shouts", "yelled", "yelling", "yells",
                                   "screamed", "screaming", "jeered", "cried", "sang", "singing", "exclaimed", "hollered", "cries"]
    private static let writing = ["reading", "read", "reads", "tweeted", "wrote", "writes", "posted"]
    private static let pattern = Patterns.regex(#"\b(?<cue>"# + WordAlternation.pattern(shouting + writing)
        + #")(?:\s+(?:simply|only|just|repeatedly|loudly|back|of))?[,:]?\s*$"#)

    func attribute(_ quote: QuoteSegment, in paragraph: Paragraph, of text: ScalarText) -> Candidate? {
        let before = Span(max(paragraph.span.start, quote.outer.start - 40), quote.outer.start)
        guard let match = text.firstMatch(Self.pattern, in: before), let cue = match["cue"] else { return nil }
        let shouted = Self.shouting.contains(text.slice(cue).lowercased())
        let sentenceBefore = Span(paragraph.sentenceStart(before: cue.start, in: text), cue.start)
        guard shouted ? quote.wordCount(in: text) >= 2 : quote.isSubstantive(in: text) && !ReportedClause.holdsCue(sentenceBefore, text)
        else { return nil }
        let mention = CueSpeaker.mention(before: cue, in: paragraph, text) ?? paragraph.subject(before: cue.end, in: text)
        return Candidate(span: quote.inner, quoteType: .direct, mention: mention, cue: cue, rule: name, confidence: 0.6)
    }
}
