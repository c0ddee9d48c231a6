/// More reported speech attached to a sentence by a participle; the speaker is the sentence's subject:
/// `Doyle disputed the authority's figures, saying the port had "cooked the numbers" to turn the public against the strike.`
/// `"That is the most generous package …," he said, adding that the authority was "ready to talk tonight."`
struct ParticipleClauseRule: ClauseRule {
    let name = "participle-clause"
    let triggers: Set<String> = Lexicon.speechParticipleWords
    private static let pattern = Patterns.regex(#",\s+(?<cue>"# + Patterns.participleCue + #")(?:\s+that\b)?\s+"# + Patterns.clause)
    /// The subject: a speaker followed by a lower-case word (its verb).
    private static let subject = Patterns.regex(#"^[\s,]*(?<mention>"# + Patterns.speaker + #")\s+\p{Ll}"#)

    func candidates(in paragraph: Paragraph, of text: ScalarText) -> [Candidate] {
        text.allMatches(Self.pattern, in: paragraph.span).compactMap { match in
            guard let claim = match["claim"], let cue = match["cue"], claim.length >= 12,
                  let mention = subject(before: cue.start, paragraph, text) else { return nil }
            return Candidate(span: text.trimmed(claim), quoteType: .indirect, mention: mention, cue: cue, rule: name, confidence: 0.7)
        }
    }

    /// The subject of the sentence holding `offset`, after a quotation that opens the sentence.
    private func subject(before offset: Int, _ paragraph: Paragraph, _ text: ScalarText) -> Span? {
        var start = paragraph.sentenceStart(before: offset, in: text)
        if let opening = paragraph.quotes.first(where: { $0.outer.start == start && $0.outer.end < offset }) { start = opening.outer.end }
        return text.firstMatch(Self.subject, in: Span(start, offset))?["mention"]
    }
}
