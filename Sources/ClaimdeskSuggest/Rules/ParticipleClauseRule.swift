/// More reported speech attached to a sentence by a participle; the speaker is the sentence's subject:
/// `Doyle disputed the authority's figures, saying the port had "cooked the numbers" to turn the public against the strike.`
/// `"That is the most generous package …," he said, adding that the authority was "ready to talk tonight."`
/// `Rubio flipped his choice on the spot – saying he was rooting for Manning`, `… and saying that productive senators are overrated`.
struct ParticipleClauseRule: ClauseRule {
    let name = "participle-clause"
    let triggers: Set<String> = Lexicon.speechParticipleWords
    private static let pattern = Patterns.regex(#"(?:,|\s+[-–—]|\s+(?:and|while|by|after))\s+(?<cue>"# + Patterns.participleCue + #")(?:\s+that\b)?\s+"# + Patterns.clause)

    func candidates(in paragraph: Paragraph, of text: ScalarText) -> [Candidate] {
        text.allMatches(Self.pattern, in: paragraph.span).compactMap { match in
            guard let claim = match["claim"], let cue = match["cue"], claim.length >= 12,
                  let mention = paragraph.subject(before: cue.start, in: text) ?? CueSpeaker.mention(ofCueBefore: match.whole.start, in: paragraph, text)
            else { return nil }
            return Candidate(span: text.trimmed(claim), quoteType: .indirect, mention: mention, cue: cue, rule: name, confidence: 0.7)
        }
    }
}
