/// A quotation that the writer's sentence introduces with a comma or a colon, with no speech verb the other rules know;
/// the speaker is the sentence's subject:
/// `Pike did not mention his rivals by name, but told his volunteers, “Our town is in serious trouble.”`
/// `He then put on a fake pirate voice and joked, “Well, I’mma just gonna keep it simple for y’all.”`
/// `Okafor put it bluntly: “No member club shall sign or transfer a minor …”`
/// When a verb in -ed introduces the quotation, the one named right before that verb speaks, not the sentence's subject:
/// `She said her figures were solid, to which O'Brady interjected: "It's simply not so."` → O'Brady.
/// Only words that look like speech (a sentence, or six words or more); not after `and`, `or` or a preposition.
struct IntroducedQuoteRule: QuoteRule {
    let name = "introduced-quote"
    private static let pattern = Patterns.regex(#"[\p{L}\d)](?<!\b(?:and|or|of|in|on|at|for|with|from|as|to|like))\s*[,:]\s*$"#)

    func attribute(_ quote: QuoteSegment, in paragraph: Paragraph, of text: ScalarText) -> Candidate? {
        guard quote.wordCount(in: text) >= 4, quote.isSubstantive(in: text) else { return nil }
        let start = paragraph.sentenceStart(before: quote.outer.start, in: text)
        guard start < quote.outer.start, text.firstMatch(Self.pattern, in: Span(start, quote.outer.start)) != nil,
              let mention = Self.speakerOfVerb(before: quote, from: start, paragraph, text) ?? paragraph.subject(before: quote.outer.start, in: text),
              !paragraph.isQuoted(mention) else { return nil }
        return Candidate(span: quote.inner, quoteType: .direct, mention: mention, rule: name, confidence: 0.6)
    }

    /// The speaker named right before the verb in -ed that ends the words before the quotation (`O'Brady interjected:`).
    private static func speakerOfVerb(before quote: QuoteSegment, from start: Int, _ paragraph: Paragraph, _ text: ScalarText) -> Span? {
        var end = quote.outer.start
        while end > start, text.isWhitespace(at: end - 1) || text.scalars[end - 1] == "," || text.scalars[end - 1] == ":" { end -= 1 }
        let verb = text.wordBefore(end)
        guard verb.end == end, verb.length > 3, text.scalars[verb.start].isQuickLowercase, text.slice(verb).hasSuffix("ed") else { return nil }
        return CueSpeaker.mention(before: verb, in: paragraph, text)
    }
}
