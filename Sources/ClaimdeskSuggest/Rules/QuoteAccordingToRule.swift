/// A quotation attributed by `according to` after it, often a partial quote inside the writer's sentence:
/// `… started to target “illegal NGOs with measures such as …,” according to the state-owned news outlet China Daily.`
struct QuoteAccordingToRule: QuoteRule {
    let name = "quote-according-to"
    private static let pattern = Patterns.regex(#"^\s*,?\s*(?<cue>according to)\s+(?<mention>[^.,;“”"]{2,120})"#)

    func attribute(_ quote: QuoteSegment, in paragraph: Paragraph, of text: ScalarText) -> Candidate? {
        let after = Span(quote.outer.end, min(paragraph.span.end, quote.outer.end + 160))
        guard let match = text.firstMatch(Self.pattern, in: after) else { return nil }
        return Candidate(span: quote.inner, quoteType: .direct, mention: match["mention"], cue: match["cue"], rule: name, confidence: 0.8)
    }
}
