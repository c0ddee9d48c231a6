/// Reported speech whose cue is the second verb of its speaker, with `that`:
/// `The friend, Leo Marsh, pleaded guilty last year and testified that Whitfield had personally written the invoices.`
struct NameAndCueClauseRule: ClauseRule {
    let name = "name-and-cue-clause"
    let triggers: Set<String> = Lexicon.speechVerbWords
    private static let pattern = Patterns.regex(#"(?<mention>"# + Patterns.speaker + #"),?\s+\p{Ll}[^.;:“”"]{0,80}?\s+and\s+"#
        + Patterns.beforeCue + #"(?<cue>"# + Patterns.cue + #")\s+that\s+"# + Patterns.clause)

    func candidates(in paragraph: Paragraph, of text: ScalarText) -> [Candidate] {
        text.allMatches(Self.pattern, in: paragraph.span).compactMap { match in
            guard let mention = match["mention"], let claim = match["claim"], claim.length >= 12,
                  !ReportedClause.followsQuote(mention, in: paragraph, text) else { return nil }
            return Candidate(span: text.trimmed(claim), quoteType: .indirect, mention: mention, cue: match["cue"], rule: name, confidence: 0.65)
        }
    }
}
