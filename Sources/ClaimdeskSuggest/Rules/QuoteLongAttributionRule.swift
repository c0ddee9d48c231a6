/// A quotation that opens its sentence and ends with a comma, a question or an exclamation mark, then an attribution
/// `quote-name-cue` does not read (a long role, an apposition with a relative clause): the speaker is the one right before
/// the sentence's first cue, else the speaker right after the quotation.
/// `“Sooner or later, the board will give in,” Oregon Rep. Ana Lima’s chief of staff, Rui Costa, told the Tribune
/// before Park’s speech.` → `Rui Costa`; `“Moreno needs a plan for winning the river towns,” Dana Ortiz,
/// the pollster who founded pollwatch.example, tweeted on Friday.` → `Dana Ortiz`.
/// The cue then attributes the quotation and starts no reported speech (`before Park’s speech` is no claim).
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
