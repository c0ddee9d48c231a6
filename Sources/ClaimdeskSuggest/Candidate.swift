/// What a rule found, before its speaker is resolved in text order.
struct Candidate {
    var span: Span
    var quoteType: QuoteType
    /// Where the speaker is named (pronoun, name, group or description), if anywhere.
    var mention: Span?
    /// Title or affiliation written beside the name.
    var note: String?
    var cue: Span?
    var rule: String
    var confidence: Double
    /// A quote with no cue of its own that continues the previous claim's speaker.
    var continuesPrevious = false
    /// A quote with no cue whose speaker is the person named last before it (`quote-alone`), not the previous claim's.
    var speakerIsLastNamed = false
    /// The mention is a transcript's speaker label (`PENCE`), a name in capitals (`TranscriptTurn`).
    var mentionIsLabel = false
    /// The quoted pieces when the claim is a quote interrupted by its attribution (`InterruptedQuote`).
    var fragments: [Span]?

    /// Where speaker resolution happens: at the mention, else at the claim.
    var resolutionPoint: Int { mention?.start ?? span.start }
}
