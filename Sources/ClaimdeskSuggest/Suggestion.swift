/// A half-open span of code points (Python `str` indices).
public struct Span: Sendable, Hashable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }

    public func overlap(_ other: Span) -> Int { max(0, min(end, other.end) - max(start, other.start)) }
}

/// Whether a claim is quoted word for word or reported.
public enum SuggestedQuoteType: String, Sendable {
    case direct, indirect
}

/// Who a suggestion attributes the claim to.
public struct SuggestedSpeaker: Sendable, Hashable {
    /// The resolved name ("Zhou Hongyi" for "Zhou" or "he").
    public var name: String
    /// Where the text names the speaker (the pronoun or surname when that is what it says).
    public var mention: Span?
    /// Not a known speaker yet: accepting the suggestion creates it.
    public var isNew: Bool
    /// Title or affiliation given beside a new name ("founder of …").
    public var note: String?
    /// person, organisation or group.
    public var kind: String
}

/// A proposed claim with its speaker, cue and quote type, and the rule that found it.
public struct Suggestion: Sendable, Hashable {
    public var span: Span
    public var text: String
    public var quoteType: SuggestedQuoteType
    public var speaker: SuggestedSpeaker?
    public var cue: String?
    public var cueSpan: Span?
    public var confidence: Double
    public var rule: String
    /// 0…1: numbers, dates, money, comparisons and named institutions raise it.
    public var checkWorthiness: Double
    public var checkWorthinessReasons: [String]
}

/// A speaker the project knows, with its aliases.
public struct KnownSpeaker: Sendable, Hashable {
    public var name: String
    public var aliases: [String]

    public init(name: String, aliases: [String] = []) {
        self.name = name
        self.aliases = aliases
    }
}
