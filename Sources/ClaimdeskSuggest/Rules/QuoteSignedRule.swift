/// A quotation that makes up its paragraph, signed on the next line with a dash and the speaker's name, as fact-checks and
/// round-ups print them:
///
/// ```
/// "I will look into it. I don't know the status, but I will certainly look into it."
///
/// - Hillary Clinton.
/// ```
/// The name may be followed by a comma and what the speaker was doing (`-President Obama, tweeting after Clinton's speech.`).
/// A dash line that opens with no name (`– An immigrant himself –.`) signs nothing.
struct QuoteSignedRule: QuoteRule {
    let name = "quote-signed"
    private static let signature = Patterns.regex(#"^\s*[-–—―]\s?(?<mention>"# + Patterns.name + #")(?:\.|,[^\n]{0,80})?[ \t]*(?:\r?\n|$)"#)

    func attribute(_ quote: QuoteSegment, in paragraph: Paragraph, of text: ScalarText) -> Candidate? {
        guard quote.opensParagraph, quote.outer.end == paragraph.span.end, quote.isSubstantive(in: text),
              let match = text.firstMatch(Self.signature, in: Span(paragraph.span.end, min(text.count, paragraph.span.end + 120))),
              let mention = match["mention"] else { return nil }
        return Candidate(span: quote.inner, quoteType: .direct, mention: mention, rule: name, confidence: 0.6)
    }
}
