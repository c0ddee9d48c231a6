/// A quotation that the writer's sentence introduces with a comma or a colon, with no speech verb the other rules know;
/// the speaker is the sentence's subject:
/// `Carson did not mention his opponents by name, but told his supporters, “Our nation is in horrible trouble.”`
/// `He then adopted a fake Southern accent and joked, “But I’mma just gonna make it easier for them.”`
/// `Grandi put it bluntly: “No Contracting State shall expel or return a refugee …”`
/// Only words that look like speech (a sentence, or six words or more); not after `and`, `or` or a preposition.
struct IntroducedQuoteRule: QuoteRule {
    let name = "introduced-quote"
    private static let pattern = Patterns.regex(#"[\p{L}\d)](?<!\b(?:and|or|of|in|on|at|for|with|from|as|to|like))\s*[,:]\s*$"#)

    func attribute(_ quote: QuoteSegment, in paragraph: Paragraph, of text: ScalarText) -> Candidate? {
        guard quote.wordCount(in: text) >= 4, quote.isSubstantive(in: text) else { return nil }
        let start = paragraph.sentenceStart(before: quote.outer.start, in: text)
        guard start < quote.outer.start, text.firstMatch(Self.pattern, in: Span(start, quote.outer.start)) != nil,
              let mention = paragraph.subject(before: quote.outer.start, in: text),
              !paragraph.quotes.contains(where: { $0.outer.contains(mention) }) else { return nil }
        return Candidate(span: quote.inner, quoteType: .direct, mention: mention, rule: name, confidence: 0.6)
    }
}
