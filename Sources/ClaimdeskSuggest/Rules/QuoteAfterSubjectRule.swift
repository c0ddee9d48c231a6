/// A quotation that opens a sentence, with no cue of its own, after a sentence about its speaker:
/// `Ashford College's Mira Holt agreed. "Moderate voters are running out of patience."`
/// `Mr. Kessler is unapologetic about his goal. ''I'm not pretending I don't want the levy to pass.''`
/// Only words that look like speech (a sentence, or six words or more), and only when the sentence before opens with a speaker.
/// Not when the sentence before opens with a quotation of its own: its attribution (`"…," said Ines Falk, a retired
/// ferry captain who teaches sailing. "When you …"`) is that quotation's, and the next one goes on with its speaker
/// (`quote-continues`), not with a description in the apposition.
struct QuoteAfterSubjectRule: QuoteRule {
    let name = "quote-after-subject"

    func attribute(_ quote: QuoteSegment, in paragraph: Paragraph, of text: ScalarText) -> Candidate? {
        guard !quote.opensParagraph, quote.isSubstantive(in: text),
              paragraph.sentenceStart(before: quote.outer.start + 1, in: text) == quote.outer.start,
              !opensWithQuotation(sentenceBefore: quote, paragraph, text),
              let mention = paragraph.subject(before: quote.outer.start - 1, in: text),
              !paragraph.isQuoted(mention) else { return nil }
        return Candidate(span: quote.inner, quoteType: .direct, mention: mention, rule: name, confidence: 0.6)
    }

    private func opensWithQuotation(sentenceBefore quote: QuoteSegment, _ paragraph: Paragraph, _ text: ScalarText) -> Bool {
        let start = paragraph.sentenceStart(before: quote.outer.start - 1, in: text)
        return paragraph.quotes.contains { $0.outer.start == start && $0.isSubstantive(in: text) }
    }
}
