/// What `claim` (or an accepted suggestion) gives for a new claim.
public struct ClaimDraft: Sendable {
    public var range: Range<Int>
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
}
