/// A quotation with no cue and no sentence about its speaker, inside the writer's paragraph: someone's words all the
/// same when they look like speech — a sentence that starts with a capital, or eight words or more. Its speaker is the
/// subject of the writer's sentence around it (`Okafor called on fellow anglers to “speak out against those who poison the river …”`, `The
/// town released a statement saying Moreno’s comments “rest on his guesses, not on the records”`), else the person
/// named last before it (`Greta Hollis, who grew up with Okafor, “We all knew she would go far.”`), else the previous
/// claim's:
/// `Pike spoke for an hour in Dayton. The crowd cheered when “We will repeal every line of the parking code.”`
/// Never a scare-quoted phrase or a title (`“The Menders: Ada Crane, Felix Dorn and the Harbour Press Office”`,
/// `“The Hour with Nora Blake,”`: most long words capitalised).
struct QuoteAloneRule: QuoteRule {
    let name = "quote-alone"

    func attribute(_ quote: QuoteSegment, in paragraph: Paragraph, of text: ScalarText) -> Candidate? {
        let words = quote.wordCount(in: text)
        let opensWithCapital = text.scalars[quote.inner.start].properties.isUppercase
        guard words >= 8 || (words >= 3 && opensWithCapital && quote.isSubstantive(in: text)),
              !quote.isCapitalisedLikeATitle(in: text) else { return nil }
        let subject = (paragraph.subject(before: quote.outer.start, in: text) ?? Self.describedSubject(before: quote, paragraph, text)).flatMap { mention in
            paragraph.quotes.contains { $0.outer.contains(mention) } ? nil : mention
        }
        return Candidate(span: quote.inner, quoteType: .direct, mention: subject, rule: name, confidence: 0.5, continuesPrevious: true,
                         speakerIsLastNamed: true)
    }

    /// `The petition accuses the Moreno campaign of “trying to silence …”`, `The impostor gushed about a “common interest …”`: a
    /// sentence that opens with a description whose head no speaker pattern knows, then its verb (in -s or -ed, or `found`), with
    /// no clause opened between the verb and the quotation (`The crowd cheered when “…”` is someone else's).
    private static func describedSubject(before quote: QuoteSegment, _ paragraph: Paragraph, _ text: ScalarText) -> Span? {
        let start = paragraph.sentenceStart(before: quote.outer.start, in: text)
        return text.firstMatch(describedSubject, in: Span(start, quote.outer.start))?["mention"]
    }

    private static let describedSubject = Patterns.regex(#"^(?<mention>(?:The|A|An|His|Her|Its|Their)\s+(?:(?!"# + auxiliary + #")[\p{L}\d\-’']+\s+){0,4}?"#
        + #"(?!"# + auxiliary + #")\p{Ll}[\p{Ll}\-]+)\s+(?:\p{Ll}+ly\s+)?(?!"# + auxiliary + #")(?:\p{Ll}+(?:s|ed)|found)\b(?!\s+"# + auxiliary + #")"#
        + #"(?![^“”"]*\b(?:when|as|after|before|because|while|if|until|and|then|but)\b)"#)
    /// `His fact-check was retweeted`, `The tax cut plans are`: no verb of the description, no subject of its own.
    private static let auxiliary = #"(?:was|is|are|were|has|have|had|does|do|did|will|would|can|could|should|may|might|must|as)\b"#
}
