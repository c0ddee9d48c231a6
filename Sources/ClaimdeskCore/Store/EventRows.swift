import Foundation

/// The append-only event log. The database refuses UPDATE and DELETE on it (triggers in ``SQLiteSchema`` and ``PostgresSchema``).
enum EventRows {
    struct NewEvent {
        var claimID: Int64?
        var docID: Int64?
        var action: String
        var detail: String?
        var before: ClaimState?
        var after: ClaimState?
        var reverts: Int64?
    }

    @discardableResult
    static func append(_ db: any SQLDatabase, _ event: NewEvent, reviewer: String, at: String, batch: Int64) throws -> Int64 {
        try db.insert("""
            INSERT INTO events (claim_id, doc_id, reviewer, at, action, detail, before, after, reverts, batch)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [event.claimID, event.docID, reviewer, at, event.action, event.detail,
                             try encode(event.before), try encode(event.after), event.reverts, batch])
    }

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

    static func fetch(_ db: any SQLDatabase, _ sql: String, _ arguments: [(any SQLBindable)?]) throws -> [ClaimEvent] {
        try db.rows(sql, arguments).map(event(from:))
    }

    static func event(from row: SQLRow) throws -> ClaimEvent {
        ClaimEvent(id: row["id"], claimID: row["claim_id"], docID: row["doc_id"], reviewer: row["reviewer"],
                   at: row["at"], action: row["action"], detail: row["detail"],
                   before: try decode(row["before"]), after: try decode(row["after"]), reverts: row["reverts"], batch: row["batch"])
    }

    static func encode(_ state: ClaimState?) throws -> String? {
        state.map(ClaimStateJSON.encode)
    }

    static func decode(_ json: String?) throws -> ClaimState? {
        guard let json else { return nil }
        return try JSONDecoder().decode(ClaimState.self, from: Data(json.utf8))
    }
}
