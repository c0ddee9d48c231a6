import Foundation
import GRDB

/// The append-only event log. The database refuses UPDATE and DELETE on it (triggers in ``Schema``).
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
    static func append(_ db: Database, _ event: NewEvent, reviewer: String, at: String, batch: Int64) throws -> Int64 {
        try db.run("""
            INSERT INTO events (claim_id, doc_id, reviewer, at, action, detail, before, after, reverts, batch)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [event.claimID, event.docID, reviewer, at, event.action, event.detail,
                             try encode(event.before), try encode(event.after), event.reverts, batch])
        return db.lastInsertedRowID
    }

    static func history(_ db: Database, claimID: Int64) throws -> [ClaimEvent] {
        try fetch(db, sql: "SELECT * FROM events WHERE claim_id = ? ORDER BY id", arguments: [claimID])
    }

    static func fetch(_ db: Database, sql: String, arguments: StatementArguments) throws -> [ClaimEvent] {
        try Row.fetchAll(db, sql: sql, arguments: arguments).map(event(from:))
    }

    static func event(from row: Row) throws -> ClaimEvent {
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
