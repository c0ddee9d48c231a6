/// A sentence that names its source at the end:
/// `The Norland krone rose 0.4 percent against the euro after the decision, according to data from the Ardo Stock Exchange.`
/// A quotation right before `according to` belongs to `quote-according-to`.
struct ClauseAccordingToRule: ClauseRule {
    let name = "clause-according-to"
    let triggers: Set<String> = ["according"]
    private static let pattern = Patterns.regex(Patterns.leadingClause + #"(?<cue>according to)\s+(?<mention>[^.;“”]{2,120}?)(?=[.!?](?:\s|$)|\s*$)"#)

    func candidates(in paragraph: Paragraph, of text: ScalarText) -> [Candidate] {
        clauses(matching: Self.pattern, in: paragraph, text, minimumLength: 20, confidence: 0.7)
    }
}
