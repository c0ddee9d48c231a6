/// One claim as exported: every field of the JSONL contract (schema version 1).
///
/// Formats other than JSONL shape the same record their own way.
public struct ExportRecord: Sendable, Equatable {
    public static let schemaVersion = 1

    public var id: String
    public var docID: String
    public var docTitle: String
    public var docSHA256: String
    public var docURL: String?
    public var start: Int
    public var end: Int
    public var text: String
    public var prefix: String
    public var suffix: String
    public var speaker: String?
    public var speakerAliases: [String]
    public var speakerStart: Int?
    public var speakerEnd: Int?
    public var cue: String?
    public var cueStart: Int?
    public var cueEnd: Int?
    public var quoteType: QuoteType?
    public var sources: [ExportedSource]
    public var status: VerificationStatus
    public var rationale: String?
    public var evidence: [EvidenceItem]
    public var tags: [String]
    public var origin: ClaimOrigin
    public var reviewState: ReviewState
    public var createdBy: String
    public var createdAt: String
    public var updatedBy: String
    public var updatedAt: String
    public var historyCount: Int
    /// The claim's events, only with `export --with-history` (written as an extra `events` key, last).
    public var events: [ExportedEvent]? = nil
    /// The events of the claim's speaker and sources, only with `export --with-history` (an extra `entity_events` key, after `events`).
    public var entityEvents: [ExportedEvent]? = nil
    /// The document's publication date (YYYY-MM-DD), for formats that carry it; not in the JSONL contract.
    public var docPublished: String? = nil
    /// The speaker's kind (person, organisation, group) when known; not in the JSONL contract.
    public var speakerKind: String? = nil
    /// The claim's number in its project (what commands take: `history 3`); not in the JSONL contract.
    public var number: Int64? = nil
}

/// One event in an export with history; `before` and `after` are the stored JSON snapshots.
public struct ExportedEvent: Sendable, Equatable {
    public var id: Int64
    /// `speaker` or `source` for an entity event (written as `entity`); nil for a claim event.
    public var entity: EntityKind? = nil
    public var at: String
    public var reviewer: String
    public var action: String
    public var detail: String?
    public var beforeJSON: String?
    public var afterJSON: String?
    public var reverts: Int64?
}

/// A source in an exported attribution chain.
public struct ExportedSource: Sendable, Equatable {
    public var name: String
    public var kind: String?
    public var via: String?
    public var url: String?
}
