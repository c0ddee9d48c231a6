import Foundation

/// Replays exported events into a project: same reviewers, times, actions and snapshots, in their
/// original order across claims, with the snapshots pointed at this project's document and
/// `reverts` pointed at the new event ids.
///
/// Events are checked and staged as their claims stream in, in a temporary table of the import's
/// transaction (gone when it ends), then appended in their original order: memory stays flat
/// however many events the file brings. This is the only SQL of the import outside `Store/`.
///
/// ```swift
/// var history = ImportedHistory()
/// try history.stage(claim.events, claimID: 12, docID: 1, origin: "claims.jsonl:3", db)
/// let count = try history.replay(db)
/// ```
struct ImportedHistory {
    private var staged = 0
    /// Original ids some event reverts: only their new ids are remembered.
    private var reverted: Set<Int64> = []

    /// Checks one claim's exported events and sets them aside for ``replay(_:)``.
    mutating func stage(_ events: [[String: Any]], claimID: Int64, docID: Int64, origin: String, _ db: any SQLDatabase) throws {
        if staged == 0 && !events.isEmpty {
            try db.execute("""
                CREATE TEMP TABLE import_history (position BIGINT, original_id BIGINT, claim_id BIGINT, doc_id BIGINT, reviewer TEXT,
                    at TEXT, action TEXT, detail TEXT, before TEXT, after TEXT, reverts BIGINT)
                """)
        }
        for event in events {
            guard let oldID = (event["id"] as? Int).map(Int64.init), let reviewer = event["reviewer"] as? String,
                  let at = event["at"] as? String, let action = event["action"] as? String else {
                throw ClaimdeskError.badInput("\(origin): an event lacks id, reviewer, at or action")
            }
            let reverts = (event["reverts"] as? Int).map(Int64.init)
            if let reverts { reverted.insert(reverts) }
            let before = try Self.snapshot(event["before"], docID: docID, origin).map(ClaimStateJSON.encode)
            let after = try Self.snapshot(event["after"], docID: docID, origin).map(ClaimStateJSON.encode)
            try db.execute("INSERT INTO import_history VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           [staged, oldID, claimID, docID, reviewer, at, action, event["detail"] as? String, before, after, reverts])
            staged += 1
        }
    }

    /// Appends the staged events oldest first, each in a batch of its own; returns how many.
    func replay(_ db: any SQLDatabase) throws -> Int {
        guard staged > 0 else { return 0 }
        var newIDs: [Int64: Int64] = [:]
        try db.forEachRow("""
            SELECT original_id, claim_id, doc_id, reviewer, at, action, detail, before, after, reverts
            FROM import_history ORDER BY original_id, position
            """, []) { row in
            let oldID: Int64 = row[0]
            let event = EventRows.NewEvent(claimID: row[1], docID: row[2], action: row[5], detail: row[6],
                                           before: try EventRows.decode(row[7]), after: try EventRows.decode(row[8]),
                                           reverts: (row[9] as Int64?).flatMap { newIDs[$0] })
            let id = try EventRows.append(db, event, reviewer: row[3], at: row[4], batch: try EventRows.nextBatch(db))
            if reverted.contains(oldID) { newIDs[oldID] = id }
        }
        try db.execute("DROP TABLE import_history")
        return staged
    }

    private static func snapshot(_ value: Any?, docID: Int64, _ origin: String) throws -> ClaimState? {
        guard let object = value as? [String: Any] else { return nil }
        do {
            var state = try JSONDecoder().decode(ClaimState.self, from: JSONSerialization.data(withJSONObject: object))
            state.doc = docID
            return state
        } catch {
            throw ClaimdeskError.badInput("\(origin): an event's snapshot is not a claim state (\(error.localizedDescription))")
        }
    }
}
