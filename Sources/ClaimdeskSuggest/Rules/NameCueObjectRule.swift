/// What a speaker announced, reported or acknowledged in a clause without `that`:
/// `Dana Ortiz announced she and her husband are expecting their third child.`,
/// `KVRX reported at least four crop-dusting planes filled the skies with pro-levy banners.`
/// Only a clause (a subject, then within its first nine words a verb: an auxiliary, a modal or a past form in *-ed*), never a bare
/// object: `China announced a new wave of crackdowns` and `Kim repeated her warning on Monday` are no claims.
/// The speaker is the name, group or description right before the cue (past `also`, `on Tuesday` …), and there must be one:
/// `China announced …` is a claim of China's, `the reported figures` or `it was announced` are none.
/// `announced that …` is `name-cue-clause`'s; `reported on …`, `confirmed to …` are no objects.
struct NameCueObjectRule: ClauseRule {
    let name = "name-cue-object"
    static let cues = ["announced", "announces", "reported", "reports", "acknowledged", "acknowledges", "admitted", "admits", "mentioned",
                       "mentions", "confirmed", "confirms", "revealed", "reveals", "disclosed", "discloses", "conceded",
                       "concedes", "proposed", "proposes"]
    let triggers = Set(cues)
    private static let pattern = Patterns.regex(#"(?<cue>\b"# + WordAlternation.pattern(cues) + #"\b)(?:"# + Patterns.timeAfterCue + ")?"
        + #"\s+(?!(?:that|to|on|in|at(?!\s+least)|by|for|with|from|of|about|as|and|but|or|when|while|after|before|during|up|out|back|last|"#
        + #"earlier|later|yesterday|today|so|nothing|anything|something|no|yes|himself|herself|themselves|itself)\b|@|"# + Patterns.weekday + ")"
        + Patterns.clause)
    /// Words before the cue that make it no act of speech by a speaker: `was reported`, `the reported figures`, `to announce`.
    private static let notSpeakingBefore: Set<String> = ["to", "be", "is", "was", "were", "been", "being", "are", "the", "The", "a", "an",
                                                         "widely", "not", "t", "never", "newly"]

    private static let verbs: Set<String> = ["is", "are", "was", "were", "will", "would", "has", "had", "have", "could", "can", "should",
                                             "may", "might", "must", "did", "does", "do", "won’t", "won't", "isn’t", "isn't", "wasn’t",
                                             "wasn't", "plans", "wants", "needs"]

    /// A subject and its verb within the first nine words: `she will resign`, `at least six planes filled the skies`;
    /// not `a new wave of crackdowns targeting NGOs`.
    private static func isClause(_ claim: Span, _ text: ScalarText) -> Bool {
        let words = text.slice(claim).split(whereSeparator: \.isWhitespace).prefix(9).map { $0.lowercased() }
        return words.dropFirst().contains { verbs.contains($0) || ($0.count > 4 && $0.hasSuffix("ed")) }
    }

    func candidates(in paragraph: Paragraph, of text: ScalarText) -> [Candidate] {
        text.allMatches(Self.pattern, in: paragraph.span).compactMap { match in
            guard let cue = match["cue"], let claim = match["claim"], claim.length >= 8,
                  !Self.notSpeakingBefore.contains(text.slice(text.wordBefore(cue.start))),
                  !paragraph.isQuoted(cue),
                  Self.isClause(claim, text), let mention = CueSpeaker.mention(before: cue, in: paragraph, text) else { return nil }
            return Candidate(span: text.trimmed(claim), quoteType: .indirect, mention: mention, cue: cue, rule: name, confidence: 0.55)
        }
    }
}
