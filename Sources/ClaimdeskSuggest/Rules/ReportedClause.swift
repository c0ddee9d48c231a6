/// Checks shared by the reported-speech rules.
enum ReportedClause {
    /// Whether only spaces and commas stand between a quotation (not a title) and the mention:
    /// `”, he told VOA Mandarin` attributes that quotation; `titled “Holding the Line,” the bank said …` does not, nor does
    /// `.” He said he’ll …` (a new sentence).
    static func followsQuote(_ mention: Span, in paragraph: Paragraph, _ text: ScalarText) -> Bool {
        var index = mention.start
        while index > paragraph.span.start, text.scalars[index - 1] == "," || text.isWhitespace(at: index - 1) { index -= 1 }
        return paragraph.quotes.contains { quote in
            quote.outer.end == index && !quote.isTitle(in: text, paragraph: paragraph) && !(endsItsSentence(quote, text) && text.scalars[mention.start].isQuickUppercase)
        }
    }

    /// `“… and it won’t happen.” He said he’ll support …`: a capitalised speaker after a quotation that ends its sentence opens a
    /// new sentence (`QuoteNameCueRule` leaves that quotation to other rules when the cue reports a clause).
    private static func endsItsSentence(_ quote: QuoteSegment, _ text: ScalarText) -> Bool {
        quote.inner.end > quote.inner.start && Lexicon.sentenceEnds.contains(text.scalars[quote.inner.end - 1])
    }

    /// Whether `that` stands between the cue and the clause: `”, he told POLITICO that Gore plans …` reports more speech
    /// after the cue that attributed the quotation.
    static func followsThat(_ cue: Span, _ claim: Span, _ text: ScalarText) -> Bool {
        cue.end < claim.start && text.slice(text.trimmed(Span(cue.end, claim.start))).hasSuffix("that")
    }

    /// `While Ramos said that journalists cannot have any political affiliation, he appears …`: speech reported inside a
    /// subordinate clause that opens the sentence (no comma between its opening word and the cue) ends at that clause's comma,
    /// outside quotations; other claims are returned as they are.
    static func endingSubordinateClause(_ claim: Span, cue: Span, in paragraph: Paragraph, _ text: ScalarText) -> Span {
        let start = paragraph.sentenceStart(before: cue.start, in: text)
        var wordEnd = start
        while wordEnd < cue.start, text.scalars[wordEnd].isQuickAlphabetic { wordEnd += 1 }
        guard Lexicon.subordinators.contains(text.slice(Span(start, wordEnd))),
              !(start..<cue.start).contains(where: { text.scalars[$0] == "," }) else { return claim }
        let comma = (claim.start..<claim.end).first { index in
            text.scalars[index] == "," && !paragraph.quotes.contains { $0.outer.start < index && index < $0.outer.end }
        }
        return Span(claim.start, comma ?? claim.end)
    }

    /// Whether a verb that takes reported speech right after it (`said`, `says`, `told` …; not `posted`) stands in `span`:
    /// a quotation after it belongs to the reported clause.
    static func holdsCue(_ span: Span, _ text: ScalarText) -> Bool {
        SentenceWords(in: span, of: text).holdsAny(of: clauseCues)
    }

    private static let clauseCues: Set<String> = ["said", "says", "say", "told", "tells", "tell", "added", "adds", "argued", "argues",
                                                  "insisted", "insists", "claimed", "claims", "thinks", "believes", "noted", "explained"]

    /// Whether what follows a cue that may also take an object opens a clause: `that`, or a word that opens one (a pronoun, a name,
    /// a number, a question word). A participle not attached by a comma (`issued a statement saying that …`, `with 50 percent
    /// saying they …`) or `to say` (`rushing to TV to say he did not …`) reports speech only then; `saying goodbye`, `saying the
    /// same thing`, `noting flagging conditions` are objects.
    static func opensAClause(_ claim: Span, after cue: Span, _ text: ScalarText) -> Bool {
        if text.slice(text.trimmed(Span(cue.end, claim.start))).hasSuffix("that") { return true }
        var end = claim.start
        while end < claim.end, text.scalars[end].isQuickAlphabetic || text.scalars[end] == "’" || text.scalars[end] == "'" { end += 1 }
        let word = text.slice(Span(claim.start, end))
        return clauseOpeners.contains(word.lowercased()) || text.scalars[claim.start].isQuickUppercase || ("0"..."9").contains(text.scalars[claim.start])
    }

    private static let clauseOpeners: Set<String> = ["he", "she", "they", "it", "we", "i", "you", "there", "what", "how", "why", "whether",
                                                     "if", "when", "he’s", "she’s", "it’s", "they’re", "he's", "she's", "it's", "they're",
                                                     "he’d", "she’d", "he'd", "she'd"]
}
