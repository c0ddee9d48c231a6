/// A partial quote the writer's sentence goes on after is claimed with the rest of the sentence, as news annotation marks it:
/// in `The Moreno campaign estimates that “a levy of a tenth of a cent” on every ferry ticket would raise $4
/// million a year.` (a quote opening a `that` clause) and in `Lund said, "We have two days to go" until the county vote.`
/// (a quote after its cue, closed with no punctuation, then words in lower case) the claim runs from the quotation to the
/// sentence's end, not the quoted words alone.
///
/// ```swift
/// QuoteTheSentenceGoesOn.extended(candidate, in: paragraph, text)   // `“imposing a tax …” on … a year`, or the candidate as it was
/// ```
/// Only a quote claimed whole (no fragments) that does not end its sentence nor close with a comma (`that ''the public is not
/// comfortable,'' said Sylke Tempel`: its attribution follows), with no other quotation after it in the sentence.
enum QuoteTheSentenceGoesOn {
    static func extended(_ candidate: Candidate, in paragraph: Paragraph, _ text: ScalarText) -> Candidate {
        guard candidate.quoteType == .direct, candidate.fragments == nil,
              let quote = paragraph.quotes.first(where: { $0.inner == candidate.span }), quote.outer.start > paragraph.span.start,
              opensAThatClause(quote, text) || goesOnAfterItsCue(quote, candidate, text),
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

    private static func opensAThatClause(_ quote: QuoteSegment, _ text: ScalarText) -> Bool {
        text.slice(text.wordBefore(quote.outer.start)) == "that"
    }

    /// `Lund said, "We have two days to go" until …`: a quotation after its cue (`name-cue-quote`) that closes on a word
    /// and is followed by a word in lower case.
    private static func goesOnAfterItsCue(_ quote: QuoteSegment, _ candidate: Candidate, _ text: ScalarText) -> Bool {
        guard candidate.rule == "name-cue-quote", text.scalars[quote.inner.end - 1].isQuickAlphabetic else { return false }
        let next = text.wordAfter(quote.outer.end)
        return next.length > 0 && text.scalars[next.start].isQuickLowercase
    }
}
