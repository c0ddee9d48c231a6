/// A sentence that opens with its source: `According to the explanation from China’s National Development and Reform
/// Commission, the first distribution of wealth comes through market competition.`
struct AccordingToClauseRule: ClauseRule {
    let name = "according-to-clause"
    let triggers: Set<String> = ["according"]
    private static let pattern = Patterns.regex(Patterns.sentenceStart + #"(?<cue>According to)\s+(?<mention>[^,“”]{3,140}),\s+"#
        + Patterns.clause)

    func candidates(in paragraph: Paragraph, of text: ScalarText) -> [Candidate] {
        clauses(matching: Self.pattern, in: paragraph, text, confidence: 0.75)
    }
}
