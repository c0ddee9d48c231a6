/// A question someone would not answer, in the writer's words: a negated or declined act of speech, then a question word;
/// the claim starts at the question word and runs to the end of the clause:
/// `Varga would not say whether she would prefer that the board face Moreno.` → `whether she would prefer that the board face Moreno`,
/// `Pruitt, who declined to say who she hopes to hire, …` → `who she hopes to hire`,
/// `Cook did not say when the practice stopped.` → `when the practice stopped`, `wouldn’t say Tuesday how …`.
/// Not a declined comment with no question (`declined to comment on the lawsuit`: an object); the speaker is the one named
/// before the negation.
struct DeclinedQuestionClauseRule: ClauseRule {
    let name = "declined-question-clause"
    let triggers: Set<String> = ["not", "declined", "refused", "wouldn", "didn", "won", "hasn", "haven", "doesn", "never"]
    private static let pattern = Patterns.regex(#"(?<cue>\b(?:(?:would|did|does|do|will|could|has|have|had)(?:\s+not|n[’']t)|won[’']t|never|(?:declined|refused|declines|refuses)\s+to)"#
        + #"\s+(?:(?:yet|immediately|publicly)\s+)?(?:say|said|disclose|specify|reveal|explain|discuss|comment\s+on|tell\s+(?:reporters|\p{Lu}[\p{L}.]*|him|her|them|us))\b)"#
        + #"(?:\s+"# + Patterns.weekday + #")?\s+(?=(?:whether|if|how|why|what|when|where|who|which)\s)"# + Patterns.clause)

    func candidates(in paragraph: Paragraph, of text: ScalarText) -> [Candidate] {
        text.allMatches(Self.pattern, in: paragraph.span).compactMap { match in
            guard let cue = match["cue"], let claim = match["claim"], claim.length >= 8,
                  !paragraph.isQuoted(cue) else { return nil }
            let mention = CueSpeaker.mention(before: cue, in: paragraph, text) ?? paragraph.subject(before: cue.end, in: text)
            return Candidate(span: text.trimmed(claim), quoteType: .indirect, mention: mention, cue: cue, rule: name, confidence: 0.55)
        }
    }
}
