/// A quotation, then the cue, then the speaker (inverted order), with the words after the name (or a role before it:
/// `said lead author Sarah Cho`) as its note:
/// `“The target … is the wallet of wealthy domestic entrepreneurs,” said Lu Jun, founder of the … Beijing Yirenping Center,
/// in a phone interview …`
struct QuoteCueNameRule: QuoteRule {
    let name = "quote-cue-name"
    private static let pattern = Patterns.regex(#"^\s*,?\s*(?<cue>"# + Patterns.cue + #")\s+"# + Patterns.role
        + #"(?<mention>"# + Patterns.speaker + #")(?<note>,\s+[^.“”"]{3,160})?"#)

    func attribute(_ quote: QuoteSegment, in paragraph: Paragraph, of text: ScalarText) -> Candidate? {
        let after = Span(quote.outer.end, min(paragraph.span.end, quote.outer.end + 240))
        guard let match = text.firstMatch(Self.pattern, in: after) else { return nil }
        let note = Apposition.note(match["note"], in: text) ?? match["role"].map { text.slice(text.trimmed($0)) }
        return Candidate(span: quote.inner, quoteType: .direct, mention: match["mention"], note: note,
                         cue: match["cue"], rule: name, confidence: 0.9)
    }
}
