/// A quotation introduced by an `as` clause that names its source, right before it:
/// `As The Tribune's Amos Reed puts it, "Council members are unconvinced, and local merchants are unimpressed."`,
/// `But at the time, as the prosecutor put it, "apart from some drizzle, there was little to grumble about."`,
/// `As the Tin Lanterns sang in the 1970s, "They'll pave the whole valley over."`.
/// The speaker is the one named in the `as` clause (`as-cue-clause` reads the same clause before reported speech).
/// Only where the clause opens the sentence, follows `But`, `And`, `Yet`, `So` or a comma: `such as Xi said` is none.
struct AsCueQuoteRule: QuoteRule {
    let name = "as-cue-quote"
    private static let pattern = Patterns.regex(#"(?:^|(?<=\b(?:But|And|Yet|So|but|and)\s)|(?<=,\s))[Aa]s\s+(?<mention>"# + Patterns.speaker
        + #")\s+"# + Patterns.beforeCue + #"(?<cue>"# + Patterns.cue + #"|puts?\s+it|sang|sings)\b[^,“”"]{0,60},\s*$"#)

    func attribute(_ quote: QuoteSegment, in paragraph: Paragraph, of text: ScalarText) -> Candidate? {
        let before = Span(paragraph.sentenceStart(before: quote.outer.start, in: text), quote.outer.start)
        guard before.length > 6, quote.isSubstantive(in: text), text.slice(before).contains("s ") else { return nil }
        guard let match = text.firstMatch(Self.pattern, in: before), let mention = match["mention"] else { return nil }
        return Candidate(span: quote.inner, quoteType: .direct, mention: mention, cue: match["cue"], rule: name, confidence: 0.8)
    }
}
