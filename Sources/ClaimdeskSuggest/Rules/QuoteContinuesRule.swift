/// A quotation with no cue of its own that goes on with the previous speaker's words: one that opens a paragraph
/// (`“Beijing won’t allow companies to donate to independent NGOs freely, …”` after `“…,” he said of the third distribution.`,
/// or the next paragraph of a quotation left open), or one after another quotation in the same paragraph
/// (`“…,” Xi said, according to a meeting note …. “We can allow some to get rich first, …”`).
/// Only words that look like speech count: a sentence, or six words or more; never a scare-quoted phrase.
struct QuoteContinuesRule: QuoteRule {
    let name = "quote-continues"

    func attribute(_ quote: QuoteSegment, in paragraph: Paragraph, of text: ScalarText) -> Candidate? {
        guard quote.isSubstantive(in: text) else { return nil }
        let followsSpeech = paragraph.quotes.contains { $0.outer.end <= quote.outer.start && $0.isSubstantive(in: text) }
        guard quote.opensParagraph || followsSpeech else { return nil }
        return Candidate(span: quote.inner, quoteType: .direct, rule: name, confidence: 0.6, continuesPrevious: true)
    }
}
