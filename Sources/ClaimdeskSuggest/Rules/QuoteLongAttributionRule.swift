/// A quotation that opens its sentence and ends with a comma, a question or an exclamation mark, then an attribution
/// `quote-name-cue` does not read (a long role, an apposition with a relative clause): the speaker is the one right before
/// the sentence's first cue, else the speaker right after the quotation.
/// `“Eventually, positions are gonna soften,” California Rep. Duncan Hunter’s chief of staff, Joe Kasper, told POLITICO
/// before Ryan’s interview.` → `Joe Kasper`; `“Clinton needs a strategy for targeting Johnson & Stein voters,” Nate Silver,
/// the polling guru who founded fivethirtyeight.com tweeted on Wednesday.` → `Nate Silver`.
/// The cue then attributes the quotation and starts no reported speech (`before Ryan’s interview` is no claim).
struct QuoteLongAttributionRule: QuoteRule {
    let name = "quote-long-attribution"
    private static let cue = Patterns.regex(AfterQuote.cue)
    private static let speakerAfterQuote = Patterns.regex(#"^\s*"# + Patterns.role + #"(?<mention>"# + Patterns.speaker + ")")
    /// The attribution and its cue lie within this many code points of the quotation's end.
    private static let reach = 200

    func attribute(_ quote: QuoteSegment, in paragraph: Paragraph, of text: ScalarText) -> Candidate? {
        guard quote.inner.end > quote.inner.start, ",?!".unicodeScalars.contains(text.scalars[quote.inner.end - 1]),
              paragraph.sentenceStart(before: quote.outer.start + 1, in: text) == quote.outer.start else { return nil }
        let sentenceEnd = min(paragraph.sentenceEnd(after: quote.outer.end, in: text), quote.outer.end + Self.reach)
        let attribution = Span(quote.outer.end, sentenceEnd)
        guard let cue = text.firstMatch(Self.cue, in: attribution)?.whole,
              let mention = speaker(before: cue, after: quote, in: paragraph, text) else { return nil }
        return Candidate(span: quote.inner, quoteType: .direct, mention: mention, cue: cue, rule: name, confidence: 0.7)
    }

    /// The speaker right before the cue (`Joe Kasper, told`), else the one right after the quotation (`Nate Silver, the …`).
    private func speaker(before cue: Span, after quote: QuoteSegment, in paragraph: Paragraph, _ text: ScalarText) -> Span? {
        if let mention = CueSpeaker.mention(before: cue, in: paragraph, text), mention.start >= quote.outer.end { return mention }
        guard let mention = text.firstMatch(Self.speakerAfterQuote, in: Span(quote.outer.end, cue.start))?["mention"],
              !Lexicon.personalPronouns.union(Lexicon.collectivePronouns).contains(text.slice(mention).lowercased()) else { return nil }
        return mention
    }
}
