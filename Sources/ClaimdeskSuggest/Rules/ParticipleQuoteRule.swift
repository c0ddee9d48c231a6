/// A quotation introduced by a participle; the speaker is the sentence's subject:
/// `Lund’s campaign shrugged off the remarks, telling reporters, “Neither Mayor Lund nor anyone on her staff complained.”`
/// `She replied on Facebook by saying, "Honestly, just stop guessing."` — a comma or colon after the cue (and its addressee),
/// a colon after a circumstance (`saying in a post on Twitter: “…”`), or nothing before a quotation shaped like a sentence
/// (`Okafor ended her speech by saying “Never again.”`);
/// `saying the port had "cooked the numbers"` is reported speech with a partial quote, not this.
struct ParticipleQuoteRule: QuoteRule {
    let name = "participle-quote"
    private static let pattern = Patterns.regex(#"\s(?<cue>"# + Patterns.participleCue + #"|telling|writing|tweeting|by\s+saying)"#
        + #"(?:\s+(?:reporters|supporters|him|her|them|us|me|the\s+\p{Ll}+|\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+){0,2}))?(?:\s*(?<mark>[,:])|\s+[^,:“”".]{1,40}(?<colon>:))?\s*$"#)

    func attribute(_ quote: QuoteSegment, in paragraph: Paragraph, of text: ScalarText) -> Candidate? {
        let before = Span(paragraph.sentenceStart(before: quote.outer.start, in: text), quote.outer.start)
        guard let match = text.firstMatch(Self.pattern, in: before), let cue = match["cue"],
              match["mark"] != nil || match["colon"] != nil || quote.isSubstantive(in: text),
              let mention = paragraph.subject(before: cue.start, in: text) else { return nil }
        return Candidate(span: quote.inner, quoteType: .direct, mention: mention, cue: cue, rule: name, confidence: 0.7)
    }
}
