/// A partial quote inside a `that` clause after a verb or a noun of stating that is no cue the other rules know: the clause
/// is what was said, as news annotation marks it, from after `that` to the clause's end:
/// `Some volunteers could be heard grumbling that the "knockoff" Moreno flyers were more common than the real ones` → `the
/// "knockoff" Moreno flyers were more common than the real ones` by Some volunteers; `engineers have guessed that the
/// dam might be able to raise its "safe output" by other means`; `Pike's recent evidence-free assertion that
/// "thousands" of commuters … cheered …`; `she made it clear that she had “grave doubts” about …`.
///
/// The word before `that` is a verb in *-ed* or *-ing* (`sniped`, `alleging`; not `nothing`, `during` …), a noun of stating
/// (`claim`, `assertion`, `accusation`, `suggestion` …; also before *was* or *is*: `The senator's answer was that`) or `made it clear`, perhaps with an addressee or a place before `that`
/// (`promised Weiner that`, `mused in Thursday's debate that`), or a cue and the words that say when, where or to whom
/// (`said for the first time that`, `told late-night radio host Ben Alder on Wednesday that`; no new subject or verb there:
/// `said he hadn't lost faith that`, `said the problems are so daunting that` is the cue's own clause); the quotation stands in the clause that `that`
/// opens, and the clause's speaker (the one named before the word, else the sentence's subject) must be found. The quotation
/// makes the clause someone's words: a `that` clause with no quotation in it is left to the clause rules and their cues; nor is
/// `so daunting that` (a result). A straight or doubled-apostrophe quotation opening the clause is claimed as a quote (`telling
/// supporters … that "when you win, it's beautiful."`; `QuoteTheSentenceGoesOn` extends it when the sentence goes on after it):
/// the clause pattern reads such marks as a quotation only inside the clause.
struct ThatClauseQuoteRule: QuoteRule {
    let name = "that-clause-quote"
    private static let statingNouns = ["claim", "claims", "assertion", "assertions", "accusation", "accusations", "allegation",
                                       "allegations", "suggestion", "contention", "conclusion", "argument", "insistence", "warning",
                                       "promise", "pledge", "charge", "declaration", "admission", "complaint", "prediction",
                                       "assurance", "assurances", "point", "answer", "response", "message", "view", "position"]
    /// Words in *-ing* that are no verbs, or whose `that` is a determiner or opens a relative clause.
    private static let notVerbs: Set<String> = ["nothing", "something", "anything", "everything", "thing", "during", "being", "morning",
                                                "evening", "meeting", "building", "hearing", "funding", "spending", "ruling", "bring",
                                                "bringing", "string", "feeling", "seeing", "doing"]
    private static let thatPattern = Patterns.regex(#"\b(?:(?<!\b(?:so|too|very|more|most|less)\s)(?<cue>\p{Ll}{2,}(?:ed|ing)|"# + WordAlternation.pattern(statingNouns)
        + #"|(?:make|makes|made|making)\s+(?:it\s+)?clear)(?:\s+(?:was|is))?(?:\s+(?:him|her|them|us|reporters|supporters|voters|\p{Lu}\p{Ll}+))?(?:\s+(?:to|in|on|at|during|of|after)\s+[^,.;:“”"]{1,40}?)?"#
        + #"|(?<spoken>"# + Patterns.cue + #")\s+(?:to|in|on|at|during|of|after|for|before|with|from|him|her|them|us|me|reporters|supporters|voters|the|an?|\p{Lu}\p{Ll}*|(?<=tell\s|tells\s|told\s|telling\s)\p{Ll}+)\b"#
        + #"(?:(?!\s(?:he|she|they|we|I|it|who|which|is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|do|does|did)\s)[^,.;:“”"]){0,60}?)\s+that\s+"#)
    private static let clause = Patterns.regex(#"^"# + Patterns.clause)

    /// The words before the quotation in its sentence that the pattern reads, from at most 100 code points before the last
    /// `that` (its verb, an addressee and a place); nil when no `that` stands there, as in most sentences.
    private static func window(before quote: QuoteSegment, _ paragraph: Paragraph, _ text: ScalarText) -> Span? {
        let sentence = Span(paragraph.sentenceStart(before: quote.outer.start, in: text), quote.outer.start)
        guard let that = text.wholeWords(["that"], capitalised: false, in: sentence).last else { return nil }
        return Span(max(sentence.start, that.start - 100), sentence.end)
    }

    func attribute(_ quote: QuoteSegment, in paragraph: Paragraph, of text: ScalarText) -> Candidate? {
        guard let before = Self.window(before: quote, paragraph, text),
              let match = text.allMatches(Self.thatPattern, in: before).last, let cue = match["cue"] ?? match["spoken"],
              !Self.notVerbs.contains(text.slice(cue)), !quote.isCapitalisedLikeATitle(in: text),
              let mention = CueSpeaker.speaker(of: cue, in: paragraph, text), mention.end <= cue.start else { return nil }
        guard DoubledApostrophes.openingStart(quote.outer.start, in: text) > match.whole.end || text.scalars[quote.outer.start] == "“" else {
            return Candidate(span: quote.inner, quoteType: .direct, mention: mention, cue: cue, rule: name, confidence: 0.5)
        }
        guard let claim = text.firstMatch(Self.clause, in: Span(match.whole.end, paragraph.span.end))?["claim"],
              claim.end >= quote.inner.end else { return nil }
        let span = Span(claim.start, DoubledApostrophes.closingEnd(claim.end, in: text))
        return Candidate(span: span, quoteType: .indirect, mention: mention, cue: cue, rule: name, confidence: 0.5)
    }
}
