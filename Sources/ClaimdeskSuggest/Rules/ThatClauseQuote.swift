/// A partial quote that opens a `that` clause the writer goes on with is claimed with the rest of the clause, as news annotation
/// marks it: in `The Sanders campaign projects that “imposing a tax of a fraction of a percent” on financial transactions would
/// raise $75 billion a year.` the claim runs from the quotation to the sentence's end, not the quoted words alone.
///
/// ```swift
/// ThatClauseQuote.extended(candidate, in: paragraph, text)   // `“imposing a tax …” on … a year`, or the candidate as it was
/// ```
/// Only a quote claimed whole (no fragments) right after `that`, that does not end its sentence nor close with a comma (`that
/// ''the public is not comfortable,'' said Sylke Tempel`: its attribution follows), with no other quotation after it in the sentence.
enum ThatClauseQuote {
    static func extended(_ candidate: Candidate, in paragraph: Paragraph, _ text: ScalarText) -> Candidate {
        guard candidate.quoteType == .direct, candidate.fragments == nil,
              let quote = paragraph.quotes.first(where: { $0.inner == candidate.span }), quote.outer.start > paragraph.span.start,
              text.slice(text.wordBefore(quote.outer.start)) == "that",
              !Lexicon.sentenceEnds.contains(text.scalars[quote.inner.end - 1]), text.scalars[quote.inner.end - 1] != "," else { return candidate }
        let end = paragraph.sentenceEnd(after: quote.outer.end, in: text)
        guard end == paragraph.span.end || !Lexicon.openingMarks.contains(text.scalars[end]) else { return candidate }
        var rest = text.trimmed(Span(quote.outer.end, end))
        while rest.length > 0, Lexicon.sentenceEnds.contains(text.scalars[rest.end - 1]) { rest = Span(rest.start, rest.end - 1) }
        guard text.wordCount(in: rest, upTo: 2) >= 2 else { return candidate }
        var extended = candidate
        extended.span = Span(quote.outer.start, rest.end)
        extended.quoteType = .indirect
        return extended
    }
}
