/// A partial quote inside a `that` clause after a verb or a noun of stating that is no cue the other rules know: the clause
/// is what was said, as news annotation marks it, from after `that` to the clause's end:
/// `Some Republicans could be heard grousing that the "fake" Trump literature was more plentiful than the real thing` → `the
/// "fake" Trump literature was more plentiful than the real thing` by Some Republicans; `experts have speculated that North
/// Korea might be able to boost its "explosive yield" through other means`; `Trump's recent evidence-free assertion that
/// "thousands" of Muslim Americans … celebrated …`; `she made it clear that she has “serious concerns” about …`.
///
/// The word before `that` is a verb in *-ed* or *-ing* (`sniped`, `alleging`; not `nothing`, `during` …), a noun of stating
/// (`claim`, `assertion`, `accusation`, `suggestion` …) or `made it clear`, perhaps with an addressee or a place before `that`
/// (`promised Weiner that`, `mused in Thursday's debate that`); the quotation stands in the clause that `that`
/// opens, and the clause's speaker (the one named before the word, else the sentence's subject) must be found. The quotation
/// makes the clause someone's words: a `that` clause with no quotation in it is left to the clause rules and their cues.
struct ThatClauseQuoteRule: QuoteRule {
    let name = "that-clause-quote"
    private static let statingNouns = ["claim", "claims", "assertion", "assertions", "accusation", "accusations", "allegation",
                                       "allegations", "suggestion", "contention", "conclusion", "argument", "insistence", "warning",
                                       "promise", "pledge", "charge", "declaration", "admission", "complaint", "prediction",
                                       "assurance", "assurances", "point"]
    /// Words in *-ing* that are no verbs, or whose `that` is a determiner or opens a relative clause.
    private static let notVerbs: Set<String> = ["nothing", "something", "anything", "everything", "thing", "during", "being", "morning",
                                                "evening", "meeting", "building", "hearing", "funding", "spending", "ruling", "bring",
                                                "bringing", "king", "ring", "string", "wing", "feeling", "seeing", "doing"]
    private static let thatPattern = Patterns.regex(#"\b(?<cue>\p{Ll}{2,}(?:ed|ing)|"# + WordAlternation.pattern(statingNouns)
        + #"|(?:make|makes|made|making)\s+(?:it\s+)?clear)(?:\s+(?:to|in|on|at|during|of|after)\s+[^,.;:“”"]{1,40}?|\s+(?:him|her|them|us|reporters|supporters|voters|\p{Lu}\p{Ll}+))?\s+that\s+(?=\S)"#)
    private static let clause = Patterns.regex(#"^"# + Patterns.clause)

    func attribute(_ quote: QuoteSegment, in paragraph: Paragraph, of text: ScalarText) -> Candidate? {
        let before = Span(paragraph.sentenceStart(before: quote.outer.start, in: text), quote.outer.start)
        guard let match = text.allMatches(Self.thatPattern, in: before).last, let cue = match["cue"],
              !Self.notVerbs.contains(text.slice(cue)), !quote.isCapitalisedLikeATitle(in: text),
              let claim = text.firstMatch(Self.clause, in: Span(match.whole.end, paragraph.span.end))?["claim"],
              claim.end >= quote.inner.end, let mention = CueSpeaker.speaker(of: cue, in: paragraph, text),
              mention.end <= cue.start else { return nil }
        return Candidate(span: Span(claim.start, DoubledApostrophes.closingEnd(claim.end, in: text)), quoteType: .indirect, mention: mention, cue: cue,
                         rule: name, confidence: 0.5)
    }
}
