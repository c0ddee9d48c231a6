/// Checks shared by the reported-speech rules.
enum ReportedClause {
    /// Whether only spaces and commas stand between a quotation (not a title) and the mention:
    /// `”, he told VOA Mandarin` attributes that quotation; `titled “Holding the Line,” the bank said …` does not.
    static func followsQuote(_ mention: Span, in paragraph: Paragraph, _ text: ScalarText) -> Bool {
        var index = mention.start
        while index > paragraph.span.start, text.scalars[index - 1] == "," || text.isWhitespace(at: index - 1) { index -= 1 }
        return paragraph.quotes.contains { $0.outer.end == index && !$0.isTitle(in: text, paragraph: paragraph) }
    }

    /// Whether `that` stands between the cue and the clause: `”, he told POLITICO that Gore plans …` reports more speech
    /// after the cue that attributed the quotation.
    static func followsThat(_ cue: Span, _ claim: Span, _ text: ScalarText) -> Bool {
        cue.end < claim.start && text.slice(text.trimmed(Span(cue.end, claim.start))).hasSuffix("that")
    }

    /// Whether a verb that takes reported speech right after it (`said`, `says`, `told` …; not `posted`) stands in `span`:
    /// a quotation after it belongs to the reported clause.
    static func holdsCue(_ span: Span, _ text: ScalarText) -> Bool {
        SentenceWords(in: span, of: text).holdsAny(of: clauseCues)
    }

    private static let clauseCues: Set<String> = ["said", "says", "say", "told", "tells", "tell", "added", "adds", "argued", "argues",
                                                  "insisted", "insists", "claimed", "claims", "thinks", "believes", "noted", "explained"]
}
