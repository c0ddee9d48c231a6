/// Everything about a claim that a change can alter: the snapshot stored before and after each event.
///
/// Every change is `state → state'`, recorded as an event whose `before` and
/// `after` are these snapshots (JSON, sorted keys). The stored claim always equals
/// the `after` of its latest event, which is what makes `undo` and replay exact.
public struct ClaimState: Codable, Equatable, Sendable {
    /// The document (version) the span is anchored in.
    public var doc: Int64
    public var start: Int
    public var end: Int
    public var text: String
    /// The pieces of a discontinuous claim, in order, covering `start..<end` (nil: the claim is one span); see ``ClaimFragments``.
    public var fragments: [Range<Int>]?
    public var speaker: String?
    public var speakerStart: Int?
    public var speakerEnd: Int?
    public var cue: String?
    public var cueStart: Int?
    public var cueEnd: Int?
    public var quoteType: QuoteType?
    public var sources: [SourceLink] = []
    public var status: VerificationStatus = .unverified
    public var rationale: String?
    /// Whether the speaker really said these words: a verdict of its own, beside the content's ``status``.
    @OmittedWhenDefault public var attribution: AttributionStatus = .unverified
    public var attributionRationale: String?
    public var evidence: [EvidenceItem] = []
    public var tags: [String] = []
    public var reviewState: ReviewState = .open
    /// How the span fared when its document was last revised (nil until then).
    public var anchor: AnchorState?
    public var deleted = false

    public init(doc: Int64, start: Int, end: Int, text: String) {
        self.doc = doc
        self.start = start
        self.end = end
        self.text = text
    }

    public var span: Range<Int> { start..<end }

    enum CodingKeys: String, CodingKey {
        case doc, start, end, text, fragments, speaker, cue, status, rationale, evidence, tags, deleted, sources, anchor
        case speakerStart = "speaker_start", speakerEnd = "speaker_end"
        case cueStart = "cue_start", cueEnd = "cue_end", quoteType = "quote_type", reviewState = "review_state"
        case attribution = "attribution_status", attributionRationale = "attribution_rationale"
    }
}

/// One link in a claim's attribution chain: the source's name and how the claim came through it.
public struct SourceLink: Codable, Equatable, Sendable {
    public var name: String
    public var via: String?
    /// This source is the primary record of the words (the meeting note, the transcript), so it bears on the attribution.
    @OmittedWhenDefault public var primary = false

    public init(name: String, via: String? = nil, primary: Bool = false) {
        self.name = name
        self.via = via
        self.primary = primary
    }
}

/// One piece of evidence attached to a claim.
public struct EvidenceItem: Codable, Equatable, Sendable {
    public var ref: String
    public var stance: EvidenceStance
    public var note: String?
    public var reviewer: String
    public var at: String
    /// Whether it bears on the content or on the attribution.
    @OmittedWhenDefault public var about: EvidenceAbout = .content
}

extension ClaimState {
    /// Whether anything backs the attribution: a source marked as the primary record, or evidence about the attribution.
    public var hasAttributionRecord: Bool {
        sources.contains { $0.primary } || evidence.contains { $0.about == .attribution }
    }
}
