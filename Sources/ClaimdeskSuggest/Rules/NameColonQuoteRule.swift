/// A sentence whose subject introduces the quotation with a colon and no speech verb:
/// `Varga laid out the dilemma in a speech last month: “If we cut too early, we risk …”`. The speaker is the subject; after a
/// participle that opens the sentence, the subject after it (`Surveying rust-belt desolation, Williamson concludes: “…”`).
struct NameColonQuoteRule: QuoteRule {
    let name = "name-colon-quote"
    private static let pattern = Patterns.regex(#"^(?<mention>"# + Patterns.speaker + #")\s+\p{Ll}[^.!?“”"]{0,100}:\s*$"#)

    func attribute(_ quote: QuoteSegment, in paragraph: Paragraph, of text: ScalarText) -> Candidate? {
        guard quote.wordCount(in: text) >= 4 else { return nil }
        let sentence = Span(paragraph.sentenceStart(before: quote.outer.start, in: text), quote.outer.start)
        guard let match = text.firstMatch(Self.pattern, in: sentence) else { return nil }
        let mention = match["mention"].map { Self.isParticiple($0, text) ? paragraph.subject(before: quote.outer.start, in: text) ?? $0 : $0 }
        return Candidate(span: quote.inner, quoteType: .direct, mention: mention, rule: name, confidence: 0.7)
    }

    /// `Surveying`, `Pressed`: one capitalised word in -ing or -ed.
    private static func isParticiple(_ mention: Span, _ text: ScalarText) -> Bool {
        let word = text.slice(mention)
        return !word.contains(" ") && (word.hasSuffix("ing") || word.hasSuffix("ed"))
    }
}
