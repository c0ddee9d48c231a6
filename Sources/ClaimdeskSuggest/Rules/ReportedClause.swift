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

    /// `“… and the fees will stay.” She said she’ll back …`: a capitalised speaker after a quotation that ends its sentence opens a
    /// new sentence (`QuoteNameCueRule` leaves that quotation to other rules when the cue reports a clause).
    private static func endsItsSentence(_ quote: QuoteSegment, _ text: ScalarText) -> Bool {
        quote.inner.end > quote.inner.start && Lexicon.sentenceEnds.contains(text.scalars[quote.inner.end - 1])
    }

    /// Whether `that` stands between the cue and the clause: `”, he told POLITICO that Gore plans …` reports more speech
    /// after the cue that attributed the quotation.
    static func followsThat(_ cue: Span, _ claim: Span, _ text: ScalarText) -> Bool {
        cue.end < claim.start && text.slice(text.trimmed(Span(cue.end, claim.start))).hasSuffix("that")
    }

    /// `While Okoro said that referees cannot have any club affiliation, he appears …`: speech reported inside a
    /// subordinate clause that opens the sentence (no comma between its opening word and the cue) ends at that clause's comma,
    /// outside quotations; so does speech reported in a relative or subordinate clause after a comma (`Pike, who had once said he
    /// would debate the incumbent, criticized …`, `The new fares, which officials said will start in June, will not
    /// apply …`, `However, while the league says they are in the mail, they are not …`); other claims are returned as they are.
    static func endingSubordinateClause(_ claim: Span, cue: Span, in paragraph: Paragraph, _ text: ScalarText) -> Span {
        let start = paragraph.sentenceStart(before: cue.start, in: text)
        let lastComma = (start..<cue.start).last { index in
            text.scalars[index] == "," && !paragraph.quotes.contains { $0.outer.start < index && index < $0.outer.end }
        }
        var word = text.wordAfter(lastComma.map { $0 + 1 } ?? start)
        if lastComma != nil, ["and", "but"].contains(text.slice(word)) { word = text.wordAfter(word.end) }
        guard word.end <= cue.start, opensASubordinateClause(text.slice(word), afterAComma: lastComma != nil),
              lastComma != nil || !(start..<cue.start).contains(where: { text.scalars[$0] == "," }) else { return claim }
        let comma = (claim.start..<claim.end).first { index in
            text.scalars[index] == "," && !paragraph.quotes.contains { $0.outer.start < index && index < $0.outer.end }
        }
        guard let comma else { return claim }
        return lastComma == nil || resumesTheSentence(after: comma, text) ? Span(claim.start, comma) : claim
    }

    /// Whether the words after a comma closing a clause after a comma go on with the sentence around it (`, criticized
    /// Clinton`, `, he continued`), not with the clause itself (`, when she claimed that the Islamic State, or ISIS, has …`,
    /// `, which were evenly split between Lund and Pike, with a couple …`, `, including …`).
    private static func resumesTheSentence(after comma: Int, _ text: ScalarText) -> Bool {
        let word = text.slice(text.wordAfter(comma + 1))
        return !word.isEmpty && !word.hasSuffix("ing") && !clauseGoesOn.contains(word)
    }

    private static let clauseGoesOn: Set<String> = ["or", "and", "but", "nor", "especially", "with", "without", "such", "as", "like",
                                                    "in", "on", "at", "of", "for", "from", "to", "by", "according", "not", "even",
                                                    "than", "plus", "then", "so", "which", "who", "whom", "whose", "where", "when",
                                                    "while", "if", "because", "since", "though", "although", "after", "before"]

    /// A sentence's first word that opens a subordinate clause (`While`, `Although` …), or after a comma such a word in lower
    /// case or a relative pronoun (`, who`, `, which`, `, though`).
    private static func opensASubordinateClause(_ word: String, afterAComma: Bool) -> Bool {
        guard afterAComma, let first = word.first, first.isLowercase else { return Lexicon.subordinators.contains(word) }
        return relativeOpeners.contains(word) || Lexicon.subordinators.contains(first.uppercased() + word.dropFirst())
    }

    private static let relativeOpeners: Set<String> = ["who", "which", "whose", "whom"]

    /// Whether a verb that takes reported speech right after it (`said`, `says`, `told` …; not `posted`) stands in `span`:
    /// a quotation after it belongs to the reported clause.
    static func holdsCue(_ span: Span, _ text: ScalarText) -> Bool {
        SentenceWords(in: span, of: text).holdsAny(of: clauseCues)
    }

    private static let clauseCues: Set<String> = ["said", "says", "say", "told", "tells", "tell", "added", "adds", "argued", "argues",
                                                  "insisted", "insists", "claimed", "claims", "thinks", "believes", "noted", "explained"]

    /// Whether what follows a cue that may also take an object opens a clause: `that`, or a word that opens one (a pronoun, a name,
    /// a number, a question word). A participle not attached by a comma (`issued a statement saying that …`, `with 50 percent
    /// saying they …`) or `to say` (`hurrying to the radio to say he did not …`) reports speech only then; `saying goodbye`, `saying the
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
