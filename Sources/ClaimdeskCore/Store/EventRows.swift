import Foundation

/// The append-only event log. The database refuses UPDATE and DELETE on it (triggers in ``SQLiteSchema`` and ``PostgresSchema``).
///
/// A claim event has `claim_id` and claim snapshots; an entity event has `entity_kind` and
/// `entity_id` (a speaker's or source's row) and entity snapshots; a document event has neither.
enum EventRows {
    struct NewEvent {
        var claimID: Int64?
        var docID: Int64?
        var action: String
        var detail: String?
        var before: ClaimState?
        var after: ClaimState?
        var reverts: Int64?
        var entity: EntityReference?
        var entityBefore: EntityState?
        var entityAfter: EntityState?
    }

    /// Appends an event; with `id`, under that id (replaying an export into an empty log).
    @discardableResult
    static func append(_ db: any SQLDatabase, _ event: NewEvent, reviewer: String, at: String, batch: Int64, id: Int64? = nil) throws -> Int64 {
        let (before, after) = event.entity == nil
            ? (try encode(event.before), try encode(event.after))
            : (event.entityBefore?.json, event.entityAfter?.json)
        var arguments: [(any SQLBindable)?] = [event.claimID, event.docID, reviewer, at, event.action, event.detail, before, after,
                                               event.reverts, batch, event.entity?.kind.rawValue, event.entity?.id]
        if let id { arguments.append(id) }
        return try db.insert(id == nil ? insertEvent : insertEventWithID, arguments)
    }

    private static let insertEvent = """
        INSERT INTO events (claim_id, doc_id, reviewer, at, action, detail, before, after, reverts, batch, entity_kind, entity_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    /// The same under a given id (a replayed export).
    private static let insertEventWithID = """
        INSERT INTO events (claim_id, doc_id, reviewer, at, action, detail, before, after, reverts, batch, entity_kind, entity_id, id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// The batch a new change's events share: one more than the newest event's id (writers never interleave).
    static func nextBatch(_ db: any SQLDatabase) throws -> Int64 {
        try db.value("SELECT coalesce(max(id), 0) + 1 FROM events") ?? 1
    }

    /// The newest event's id: what an export's manifest records as the state it was taken in.
    static func lastID(_ db: any SQLDatabase) throws -> Int64? {
        try db.value("SELECT max(id) FROM events")
    }

    static func history(_ db: any SQLDatabase, claimID: Int64) throws -> [ClaimEvent] {
        try fetch(db, "SELECT * FROM events WHERE claim_id = ? ORDER BY id", [claimID])
    }

    /// A claim's events with those of its speaker and its sources, in time order.
    static func historyWithEntities(_ db: any SQLDatabase, claimID: Int64) throws -> [ClaimEvent] {
        try fetch(db, """
            SELECT e.* FROM events e WHERE e.claim_id = ?
               OR (((e.entity_kind = 'speaker' AND e.entity_id = (SELECT speaker_id FROM claims WHERE id = ?))
                    OR (e.entity_kind = 'source' AND e.entity_id IN (SELECT source_id FROM claim_sources WHERE claim_id = ?)))
                   AND \(currentLife))
            ORDER BY e.id
            """, [claimID, claimID, claimID])
    }

    /// A condition on entity event `e`: it belongs to the entity's current life, after the last event that
    /// removed it (SQLite may give a removed row's id to a new speaker or source).
    static let currentLife = """
        e.id > coalesce((SELECT max(r.id) FROM events r WHERE r.entity_kind = e.entity_kind AND r.entity_id = e.entity_id AND r.after IS NULL), 0)
        """

    static func fetch(_ db: any SQLDatabase, _ sql: String, _ arguments: [(any SQLBindable)?]) throws -> [ClaimEvent] {
        try db.rows(sql, arguments).map(event(from:))
    }

    static func event(from row: SQLRow) throws -> ClaimEvent {
        let kind = (row["entity_kind"] as String?).flatMap(EntityKind.init(rawValue:))
        guard let kind else {
            return ClaimEvent(id: row["id"], claimID: row["claim_id"], docID: row["doc_id"], reviewer: row["reviewer"],
                              at: row["at"], action: row["action"], detail: row["detail"],
                              before: try decode(row["before"]), after: try decode(row["after"]), reverts: row["reverts"], batch: row["batch"])
        }
        return ClaimEvent(id: row["id"], claimID: nil, docID: row["doc_id"], reviewer: row["reviewer"], at: row["at"],
                          action: row["action"], detail: row["detail"], before: nil, after: nil, reverts: row["reverts"], batch: row["batch"],
                          entity: EntityReference(kind: kind, id: row["entity_id"]),
                          entityBefore: try (row["before"] as String?).map(EntityState.decode),
                          entityAfter: try (row["after"] as String?).map(EntityState.decode))
    }

    static func encode(_ state: ClaimState?) throws -> String? {
        state.map(ClaimStateJSON.encode)
    }

    static func decode(_ json: String?) throws -> ClaimState? {
        guard let json else { return nil }
        return try ClaimStateJSON.decode(json) ?? JSONDecoder().decode(ClaimState.self, from: Data(json.utf8))
    }
}
