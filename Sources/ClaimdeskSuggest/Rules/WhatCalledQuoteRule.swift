/// A label someone is said to use, in the writer's `what X called`: the quotation is theirs, whatever its length:
/// `banks formed what they called ''financial supermarkets,''` → `financial supermarkets,` by they;
/// `the club's feud - what he called ''our quarrels this season.''`, `what critics describe as “a power grab.”`.
/// `called “…”` alone is a title or a name (`QuoteSegment.isTitle`), and `a group called the “Friends Of The Ferry Fund”`
/// names no speaker: only `what`, a speaker, the verb of naming. Not inside reported speech (`Varga says residents are
/// hungry for what she calls “real answers.”` is the clause's claim): no cue earlier in the sentence.
struct WhatCalledQuoteRule: QuoteRule {
    let name = "what-called-quote"
    private static let pattern = Patterns.regex(#"\b[Ww]hat\s+(?<mention>he|she|they|it|we|I|critics|supporters|opponents|"#
        + #"\p{Lu}[\p{L}’'.\-]*(?:\s+\p{Lu}[\p{L}’'.\-]*){0,3}|(?:the|his|her|their|its)\s+[\p{L}\-]+(?:\s+[\p{L}\-]+)?)"#
        + #"\s+(?:(?:has|have|had|once|often|repeatedly|\p{Ll}+ly)\s+)?(?<cue>call(?:s|ed)?|dubbed|termed|labell?ed|describe[sd]\s+as)"#
        + #"(?:\s+(?:an?|the))?\s*$"#)

    func attribute(_ quote: QuoteSegment, in paragraph: Paragraph, of text: ScalarText) -> Candidate? {
        let before = Span(max(paragraph.span.start, quote.outer.start - 80), quote.outer.start)
        guard let match = text.firstMatch(Self.pattern, in: before) else { return nil }
        guard !ReportedClause.holdsCue(Span(paragraph.sentenceStart(before: match.whole.start, in: text), match.whole.start), text) else { return nil }
        return Candidate(span: quote.inner, quoteType: .direct, mention: match["mention"], cue: match["cue"], rule: name, confidence: 0.6)
    }
}
