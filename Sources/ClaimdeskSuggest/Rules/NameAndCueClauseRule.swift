/// Reported speech whose cue is the speaker's second verb, after `and` or `but` (with `that` for verbs that also take an object):
/// `The friend, Leo Marsh, pleaded guilty last year and testified that Whitfield had personally written the invoices.`
/// `Marsh put off deciding whether the Tenants League could question Varga but said the group could return next month.`
/// Inside a relative or subordinate clause the claim ends at that clause's comma (`ReportedClause.endingSubordinateClause`):
/// `The mayor, who toured the site and said the bridge was safe, later closed it.`
struct NameAndCueClauseRule: ClauseRule {
    let name = "name-and-cue-clause"
    let triggers: Set<String> = Lexicon.speechVerbWords
    /// From the conjunction to the start of what was said: `and testified that W…`.
    private static let secondVerb = #"(?:and|but)\s+"# + Patterns.beforeCue + #"(?<cue>"# + Patterns.cue + #")(?:\s+(?<that>that))?\s+(?!of\b|to\b|that\b)"#
    private static let pattern = Patterns.regex(#"(?<mention>"# + Patterns.speaker + #"),?\s+\p{Ll}(?:["“][^“”"]{0,80}["”]|[^.;:“”"]){0,100}?,?\s+"#
        + secondVerb + Patterns.clause)
    /// What the pattern needs and finds fast (it starts at `and` or `but`): a sentence without a second verb of saying is
    /// not searched for speakers.
    private static let gate = Patterns.regex(#"\b"# + secondVerb + Patterns.clauseStart)

    /// The sentence's subject does the second act too: the pattern reads the first speaker within reach of `and said`, often
    /// an object (`… called on the agency to review the town’s water pipes and said` → `the Moreno campaign`; `One of the women,
    /// Rosa Lind, 64, had worked at the mill and said` → `Rosa Lind`). With no subject read, or a name in the subject's
    /// apposition (`The friend, Leo Marsh, pleaded guilty and testified`), the mention stands.
    private static func subject(_ mention: Span, cue: Span, in paragraph: Paragraph, _ text: ScalarText) -> Span {
        guard let subject = paragraph.subject(before: cue.start, in: text),
              text.trimmed(Span(subject.end, max(subject.end, mention.start))).length > 1 || subject.end > mention.start else { return mention }
        return subject
    }

    func reads(_ sentence: SentenceWords) -> Bool {
        sentence.holdsAny(of: ["and", "but"]) && sentence.mayReportSpeech
    }

    func candidates(in paragraph: Paragraph, of text: ScalarText) -> [Candidate] {
        guard text.holdsMatch(of: Self.gate, in: paragraph.span) else { return [] }
        return text.allMatches(Self.pattern, in: paragraph.span).compactMap { match in
            guard let mention = match["mention"], let claim = match["claim"], claim.length >= 8,
                  match["that"] != nil || !Lexicon.cuesNeedingThat.contains(text.slice(match["cue"]!)),
                  !ReportedClause.followsQuote(mention, in: paragraph, text) else { return nil }
            let span = text.trimmed(ReportedClause.endingSubordinateClause(claim, cue: match["cue"]!, in: paragraph, text))
            return Candidate(span: span, quoteType: .indirect, mention: Self.subject(mention, cue: match["cue"]!, in: paragraph, text),
                             cue: match["cue"], rule: name, confidence: 0.65)
        }
    }
}
