/// A sentence that opens with its source: `According to the explanation from China’s National Development and Reform
/// Commission, the first distribution of wealth comes through market competition.`
struct AccordingToClauseRule: ClauseRule {
    let name = "according-to-clause"
    let triggers: Set<String> = ["according"]
    private static let pattern = Patterns.regex(Patterns.sentenceStart + #"(?<cue>According to)\s+(?<mention>[^,“”]{3,140}),\s+"#
        + Patterns.clause)

    func candidates(in paragraph: Paragraph, of text: ScalarText) -> [Candidate] {
        text.allMatches(Self.pattern, in: paragraph.span).compactMap { match in
            guard let claim = match["claim"] else { return nil }
            return Candidate(span: text.trimmed(claim), quoteType: .indirect, mention: match["mention"], cue: match["cue"],
                             rule: name, confidence: 0.75)
        }
    }
}
