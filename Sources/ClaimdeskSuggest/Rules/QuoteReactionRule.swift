/// A quotation closed by a comma, `!` or `?`, then its speaker and a verb that is no verb of saying in the lexicon, in either
/// order: a reaction, a shout or an answer (`“Mexico!” the audience screamed back.`, `"Quiet," he demanded.`,
/// `“Denver,” he answered.`, `“…,” beamed Ms. Ruiz`), or a text that reads (`“…,” reads a Wednesday editorial`, `“…,” it read.`).
/// Short exclamations count: what the quote and verb say together is the claim. The verbs of saying are
/// `quote-name-cue`'s and `quote-cue-name`'s.
struct QuoteReactionRule: QuoteRule {
    let name = "quote-reaction"
    static let verbs = ["yelled", "screamed", "cried", "demanded", "answered", "beamed", "gushed", "laughed", "sighed", "snapped",
                        "interjected", "mused", "wondered", "marveled", "marvelled", "exulted", "scoffed", "read", "reads", "reasoned",
                        "boomed", "thundered", "groused", "bragged", "pleaded", "implored", "whispered", "muttered", "teased",
                        "hollered", "roared", "bellowed", "shrieked", "protested", "raged", "chimed in", "offered", "grumbled",
                        "crowed", "cheered"]
    private static let cue = #"(?<cue>\b"# + WordAlternation.pattern(verbs) + #"\b)"#
    /// A speaker, or the crowd or audience that answers a speaker (`Patterns.speaker` reads people, groups and organisations).
    private static let speaker = #"(?<mention>(?:the\s+)?(?:crowd|audience)|"# + Patterns.speaker + ")"
    private static let nameThenVerb = Patterns.regex(#"^\s*,?\s*"# + speaker + #"\s+"# + Patterns.beforeCue + cue)
    private static let verbThenName = Patterns.regex(#"^\s*,?\s*"# + cue + #"\s+"# + speaker)

    func attribute(_ quote: QuoteSegment, in paragraph: Paragraph, of text: ScalarText) -> Candidate? {
        guard quote.inner.length > 0, ",!?".unicodeScalars.contains(text.scalars[quote.inner.end - 1]) else { return nil }
        let after = Span(quote.outer.end, min(paragraph.span.end, quote.outer.end + 120))
        guard let match = text.firstMatch(Self.nameThenVerb, in: after) ?? text.firstMatch(Self.verbThenName, in: after) else { return nil }
        return Candidate(span: quote.inner, quoteType: .direct, mention: match["mention"], cue: match["cue"], rule: name, confidence: 0.7)
    }
}
