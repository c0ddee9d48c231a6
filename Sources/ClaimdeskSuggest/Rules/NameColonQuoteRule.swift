/// A sentence whose subject introduces the quotation with a colon and no speech verb:
/// `Varga laid out the dilemma in a speech last month: “If we cut too early, we risk …”`. The speaker is the subject.
struct NameColonQuoteRule: QuoteRule {
    let name = "name-colon-quote"
    private static let pattern = Patterns.regex(#"^(?<mention>"# + Patterns.speaker + #")\s+\p{Ll}[^.!?“”"]{0,100}:\s*$"#)

    func attribute(_ quote: QuoteSegment, in paragraph: Paragraph, of text: ScalarText) -> Candidate? {
        guard quote.wordCount(in: text) >= 4 else { return nil }
        let sentence = Span(paragraph.sentenceStart(before: quote.outer.start, in: text), quote.outer.start)
        guard let match = text.firstMatch(Self.pattern, in: sentence) else { return nil }
        return Candidate(span: quote.inner, quoteType: .direct, mention: match["mention"], rule: name, confidence: 0.7)
    }
}
