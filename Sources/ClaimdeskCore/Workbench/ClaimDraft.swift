/// What `claim` (or an accepted suggestion) gives for a new claim.
///
/// A discontinuous claim gives its pieces; `range` is then their covering span:
///
/// ```swift
/// let draft = ClaimDraft(fragments: [7..<26, 37..<59])   // range 7..<59, without 26..<37
/// ```
public struct ClaimDraft: Sendable {
    /// The covering span (the claim's `start`/`end`).
    public var range: Range<Int>
    /// The pieces of a discontinuous claim, in order, covering `range` (nil: the claim is `range`); see ``ClaimFragments``.
    public var fragments: [Range<Int>]?
    public var speaker: String?
    /// Title or affiliation for a speaker created by this claim.
    public var speakerNote: String?
    /// person, organisation or group, for a speaker created by this claim.
    public var speakerKind: String?
    public var speakerMention: Range<Int>?
    public var cue: Range<Int>?
    public var quoteType: QuoteType?
    public var sources: [SourceLink] = []
    public var status: VerificationStatus = .unverified
    public var rationale: String?
    /// Where to look before confirming the attribution (a suggestion's speaker resolved through a pronoun).
    public var attributionNote: String?
    public var tags: [String] = []
    public var origin: ClaimOrigin = .manual
    /// Recorded in the creating event, e.g. the suggestion rule and its confidence.
    public var detail: String?

    public init(range: Range<Int>) {
        self.range = range
    }

    /// A claim of these pieces (one piece: a contiguous claim); `range` is their covering span.
    public init(fragments: [Range<Int>]) {
        let start = fragments.map(\.lowerBound).min() ?? 0
        self.range = start..<max(start, fragments.map(\.upperBound).max() ?? 0)
        self.fragments = fragments.count > 1 ? fragments : nil
    }
}
