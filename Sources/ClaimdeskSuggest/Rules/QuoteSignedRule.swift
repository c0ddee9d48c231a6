/// A quotation that makes up its paragraph, signed on the next line with a dash and the speaker's name, or that makes up
/// its line, signed at the end of that line, as fact-checks and round-ups print them:
///
/// ```
/// "I will check on it. I don't know the details, but I will surely check on it."
///
/// - Dana Ortiz.
///
/// “She can’t even take a question without changing the subject to the harbour first.” ― Nora Vik
/// “Maybe we can build a fence around the whole council.”― Ada Quinn.
/// ```
/// The name may be followed by a comma and what the speaker was doing (`-Mayor Park, tweeting after Varga's speech.`).
/// A dash line that opens with no name (`– An immigrant himself –.`) signs nothing.
struct QuoteSignedRule: QuoteRule {
    let name = "quote-signed"
    private static let signature = Patterns.regex(#"^\s*"# + signer)
    private static let sameLineSignature = Patterns.regex(#"^[^\S\r\n]*"# + signer)
    private static let signer = #"[-–—―]\s?(?<mention>"# + Patterns.name + #")(?:\.|,[^\n]{0,80})?[^\S\r\n]*(?:\r?\n|$)"#

    func attribute(_ quote: QuoteSegment, in paragraph: Paragraph, of text: ScalarText) -> Candidate? {
        let signed = quote.outer.end == paragraph.span.end ? Self.signature : Self.sameLineSignature
        guard quote.opensLine(in: text), quote.isSubstantive(in: text),
              let match = text.firstMatch(signed, in: Span(quote.outer.end, min(text.count, quote.outer.end + 120))),
              let mention = match["mention"] else { return nil }
        return Candidate(span: quote.inner, quoteType: .direct, mention: mention, rule: name, confidence: 0.6)
    }
}
