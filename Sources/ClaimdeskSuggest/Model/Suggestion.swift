/// A proposed claim with its speaker, cue and quote type, the rule that found it, and a check-worthiness hint.
public struct Suggestion: Sendable, Hashable {
    /// The claim: for a direct quote the words inside the marks, for reported speech the reported clause; for a quote
    /// interrupted by its attribution, from the first quoted word to the last (`fragments` holds the pieces).
    public var span: Span
    /// The text of `span`, exactly.
    public var text: String
    public var quoteType: QuoteType
    public var speaker: SuggestedSpeaker?
    /// The reporting words as written ("said", "told", "according to"); nil when nothing names the act of speaking.
    public var cue: String?
    public var cueSpan: Span?
    /// 0…1: how sure the rule is; halved when no speaker could be resolved.
    public var confidence: Double
    /// The rule that proposed it (`quote-name-cue`, `name-cue-clause`, …; see docs/SUGGESTIONS.md).
    public var rule: String
    /// 0…1: numbers, dates, money, percentages, comparisons and named institutions raise it.
    public var checkWorthiness: Double
    public var checkWorthinessReasons: [String]
    /// The quoted pieces of a quote interrupted by its attribution, in order, without the attribution between them:
    /// `“Go after their command,” he said. “Counteroffensive is the key.”` → the two quoted sentences; nil for a claim in one piece.
    public var fragments: [Span]? = nil
}
