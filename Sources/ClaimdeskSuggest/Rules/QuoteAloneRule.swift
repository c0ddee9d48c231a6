/// A quotation with no cue and no sentence about its speaker, inside the writer's paragraph: someone's words all the
/// same when they look like speech — a sentence that starts with a capital, or eight words or more. Its speaker is the
/// subject of the writer's sentence around it (`Ali called on fellow Muslims to “stand up to those who use Islam …”`, `The
/// town released a statement saying Trump’s comments “are based on his opinion, not actual facts”`), else the person
/// named last before it (`Dorothy Poynter, who grew up with Ali, “We were all so proud of him.”`), else the previous
/// claim's:
/// `Cruz spoke for an hour in Des Moines. The crowd cheered when “We will repeal every word of Obamacare.”`
/// Never a scare-quoted phrase or a title (`“The Fixers: Eddie Mannix, Howard Strickling and the MGM Publicity Machine”`,
/// `“The Lead with Jake Tapper,”`: most long words capitalised).
struct QuoteAloneRule: QuoteRule {
    let name = "quote-alone"

    func attribute(_ quote: QuoteSegment, in paragraph: Paragraph, of text: ScalarText) -> Candidate? {
        let words = quote.wordCount(in: text)
        let opensWithCapital = text.scalars[quote.inner.start].properties.isUppercase
        guard words >= 8 || (words >= 3 && opensWithCapital && quote.isSubstantive(in: text)),
              !quote.isCapitalisedLikeATitle(in: text) else { return nil }
        let subject = paragraph.subject(before: quote.outer.start, in: text).flatMap { mention in
            paragraph.quotes.contains { $0.outer.contains(mention) } ? nil : mention
        }
        return Candidate(span: quote.inner, quoteType: .direct, mention: subject, rule: name, confidence: 0.5, continuesPrevious: true,
                         speakerIsLastNamed: true)
    }
}
