/// A quotation, then the cue, then the speaker (inverted order), with the words after the name (or a role before it:
/// `said lead author Sarah Cho`) as its note:
/// `“The target … is the wallet of wealthy domestic entrepreneurs,” said Lu Jun, founder of the … Beijing Yirenping Center,
/// in a phone interview …`
struct QuoteCueNameRule: QuoteRule {
    let name = "quote-cue-name"
    private static let pattern = Patterns.regex(#"^\s*,?\s*(?<cue>"# + AfterQuote.cue + #")\s+"# + Patterns.role
        + #"(?<mention>"# + Patterns.speaker + #")(?<note>,\s+[^.“”"]{3,160})?"#)
    /// `” said the 46-year-old.`: any description, when no speaker the other patterns know follows the cue.
    private static let describedSpeaker = Patterns.regex(#"^\s*,?\s*(?<cue>"# + AfterQuote.cue + #")\s+(?<mention>"#
        + AfterQuote.descriptionBeforeEnd + ")")

    /// `said a source close to the harbour board`, `says a source involved in the choir’s founding`: a description (`a
    /// source`) takes the words that say which one, up to a comma or the sentence's end.
    private static let whatDescribes = Patterns.regex(#"^\s+(?:close\s+to|familiar\s+with|involved\s+in|with|of|for|from|at|in|on|calling)\s+[^,.;:“”"()]{2,60}?(?=\s*(?:[,.;:“”"(]|$))"#)

    private static func withWhatDescribesIt(_ mention: Span, _ text: ScalarText) -> Span {
        let first = text.slice(mention).prefix { !$0.isWhitespace }
        guard ["a", "an", "one", "the", "another"].contains(first), let described = text.firstMatch(whatDescribes, in: Span(mention.end, min(text.count, mention.end + 80))) else {
            return mention
        }
        return Span(mention.start, described.whole.end)
    }

    /// `said one party activist.`: a description the speaker pattern ends at an organisation noun (`one party`) goes on over
    /// the lower-case words after it, up to the sentence's end or a comma.
    private static func longerDescription(than match: NamedGroups?, _ after: Span, _ text: ScalarText) -> NamedGroups? {
        guard let match, let mention = match["mention"], mention.end + 1 < text.count, text.isWhitespace(at: mention.end),
              text.scalars[mention.end + 1].isQuickLowercase,
              let described = text.firstMatch(describedSpeaker, in: after), let longer = described["mention"],
              longer.start == mention.start, longer.end > mention.end else { return match }
        return described
    }

    /// `Lindqvist, who calls the mayor a “fraud,” said he doesn’t believe …`: a pronoun and a verb after the cue are the subject of
    /// reported speech, not an inverted attribution (`said she` is not written so).
    private static func startsReportedSpeech(_ match: NamedGroups, _ text: ScalarText) -> Bool {
        guard let mention = match["mention"], Lexicon.personalPronouns.union(Lexicon.collectivePronouns).contains(text.slice(mention)) else { return false }
        let next = text.wordAfter(mention.end).start
        return next > mention.end && next < text.count && text.scalars[next].isQuickLowercase
    }

    func attribute(_ quote: QuoteSegment, in paragraph: Paragraph, of text: ScalarText) -> Candidate? {
        let after = Span(quote.outer.end, min(paragraph.span.end, quote.outer.end + 240))
        guard let match = Self.longerDescription(than: text.firstMatch(Self.pattern, in: after), after, text)
                ?? text.firstMatch(Self.describedSpeaker, in: after), !Self.startsReportedSpeech(match, text) else { return nil }
        let note = Apposition.note(match["note"], in: text) ?? match["role"].map { text.slice(text.trimmed($0)) }
        let mention = match["mention"].map { Self.withWhatDescribesIt($0, text) }
        let mixed = MixedQuote.clause(ending: quote, in: paragraph, text)
        return Candidate(span: mixed ?? quote.inner, quoteType: mixed == nil ? .direct : .indirect, mention: mention, note: note,
                         cue: match["cue"], rule: name, confidence: 0.9)
    }
}
