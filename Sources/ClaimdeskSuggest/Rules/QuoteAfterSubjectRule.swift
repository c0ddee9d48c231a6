/// A quotation that opens a sentence, with no cue of its own, after a sentence about its speaker:
/// `Iowa State University's Dianne Bystrom agreed. "Mainstream Republicans are running out of time."`
/// `Mr. Hannity is unapologetic about his aim. ''I'm not hiding the fact that I want Donald Trump to win.''`
/// Only words that look like speech (a sentence, or six words or more), and only when the sentence before opens with a speaker.
struct QuoteAfterSubjectRule: QuoteRule {
    let name = "quote-after-subject"

    func attribute(_ quote: QuoteSegment, in paragraph: Paragraph, of text: ScalarText) -> Candidate? {
        guard !quote.opensParagraph, quote.isSubstantive(in: text),
              paragraph.sentenceStart(before: quote.outer.start + 1, in: text) == quote.outer.start,
              let mention = paragraph.subject(before: quote.outer.start - 1, in: text),
              !paragraph.quotes.contains(where: { $0.outer.contains(mention) }) else { return nil }
        return Candidate(span: quote.inner, quoteType: .direct, mention: mention, rule: name, confidence: 0.6)
    }
}
