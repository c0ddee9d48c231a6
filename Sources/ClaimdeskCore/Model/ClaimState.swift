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
        case doc, start, end, text, speaker, cue, status, rationale, evidence, tags, deleted, sources, anchor
        case speakerStart = "speaker_start", speakerEnd = "speaker_end"
        case cueStart = "cue_start", cueEnd = "cue_end", quoteType = "quote_type", reviewState = "review_state"
    }
}

/// One link in a claim's attribution chain: the source's name and how the claim came through it.
public struct SourceLink: Codable, Equatable, Sendable {
    public var name: String
    public var via: String?

    public init(name: String, via: String? = nil) {
        self.name = name
        self.via = via
    }
}

/// One piece of evidence attached to a claim.
public struct EvidenceItem: Codable, Equatable, Sendable {
    public var ref: String
    public var stance: EvidenceStance
    public var note: String?
    public var reviewer: String
    public var at: String
}
