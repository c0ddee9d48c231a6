/// One append-only entry of a project's history: a change to a claim, a document, a speaker or a source.
public struct ClaimEvent: Sendable, Equatable {
    public let id: Int64
    public let claimID: Int64?
    public let docID: Int64?
    public let reviewer: String
    /// UTC, ISO 8601 with milliseconds.
    public let at: String
    public let action: String
    /// A short human description, or rule details for suggested claims.
    public let detail: String?
    public let before: ClaimState?
    public let after: ClaimState?
    /// The event this one reverts (for undo and redo).
    public let reverts: Int64?
    /// The events of one command share a batch; undo reverts a whole batch.
    public let batch: Int64
    /// The speaker or source an entity event changed (nil for claim and document events).
    public var entity: EntityReference? = nil
    /// An entity event's snapshots (nil before a creation, nil after a removal).
    public var entityBefore: EntityState? = nil
    public var entityAfter: EntityState? = nil
}

/// A speaker or source row: `speaker 4`.
public struct EntityReference: Sendable, Hashable {
    public let kind: EntityKind
    public let id: Int64
}
