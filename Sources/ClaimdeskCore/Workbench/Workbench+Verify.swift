/// The result of replaying the event log.
public struct VerifyReport: Sendable {
    public let claims: Int
    public let events: Int
    /// Speakers and sources rebuilt from their events.
    public var speakers = 0
    public var sources = 0
    /// One line per disagreement; empty when log and stored state agree.
    public let problems: [String]
}

extension Workbench {
    /// Rebuilds every claim, speaker (with its aliases) and source from its events alone and
    /// compares it with what is stored.
    ///
    /// Each event's `before` must equal the state the previous event left (an unbroken
    /// chain), and the last `after` must equal the stored row, field for field. One pass
    /// over the log in claim order; claim snapshots are compared as JSON text and decoded only when
    /// the text differs, and stored claims are read a window of ids at a time, so memory stays
    /// flat however long the history. The engine's own check comes first: on SQLite `PRAGMA quick_check`,
    /// or with `full` `PRAGMA integrity_check`, which also checks that every index holds exactly its
    /// table's rows (twice the time at a million claims; see ``SQLDatabase/integrityProblem(full:)``).
    public func verify(full: Bool = false) throws(ClaimdeskError) -> VerifyReport {
        let progress = progress("verify", unit: "events")
        return try store.read { db in
            var problems: [String] = []
            if let integrity = try db.integrityProblem(full: full) {
                problems.append("\(full ? "integrity_check" : "quick_check"): \(integrity)")
            }
            progress?.start(total: try db.value("SELECT count(*) FROM events WHERE claim_id IS NOT NULL") ?? 0)
            var replay = ClaimReplay(stored: StoredClaims(db: db))
            try db.forEachRow("SELECT id, claim_id, action, before, after FROM events WHERE claim_id IS NOT NULL ORDER BY claim_id, id", []) { row in
                try checkCancelled()
                try replay.apply(id: row[0], claimID: row[1], action: row[2], before: row[3], after: row[4], problems: &problems)
                progress?.advance()
            }
            try replay.finish(into: &problems)
            progress?.finish()
            problems += try SearchIndex.problems(db)
            let claims: [Int64] = try db.values("SELECT id FROM claims WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.claim_id = claims.id)")
            problems += claims.map { "claim \($0): stored, but no event records it" }
            let count: Int = try db.value("SELECT count(*) FROM claims") ?? 0
            let entities = try verifyEntities(db, into: &problems)
            var report = VerifyReport(claims: count, events: replay.events + entities.events, problems: problems)
            (report.speakers, report.sources) = (entities.speakers, entities.sources)
            return report
        }
    }

    /// Replays the speaker and source events and compares each result with the stored row.
    private func verifyEntities(_ db: any SQLDatabase, into problems: inout [String]) throws -> (events: Int, speakers: Int, sources: Int) {
        var replay = EntityReplay()
        try db.forEachRow("SELECT * FROM events WHERE entity_kind IS NOT NULL ORDER BY entity_kind, entity_id, id", []) { row in
            try checkCancelled()
            try replay.apply(try EventRows.event(from: row), db, problems: &problems)
        }
        try replay.finish(db, into: &problems)
        var counts: [EntityKind: Int] = [:]
        for kind in EntityKind.allCases {
            let unrecorded: [Int64] = try db.values("""
                SELECT id FROM \(kind.table) t WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.entity_kind = ? AND e.entity_id = t.id) ORDER BY id
                """, [kind.rawValue])
            problems += unrecorded.map { "\(kind.rawValue) \($0): stored, but no event records it" }
            counts[kind] = try db.value("SELECT count(*) FROM \(kind.table)") ?? 0
        }
        return (replay.events, counts[.speaker] ?? 0, counts[.source] ?? 0)
    }
}

/// One claim's state rebuilt from its events, in order, as the JSON the last event left.
private struct ClaimReplay {
    var stored: StoredClaims
    var claimID: Int64?
    var state: String?
    var events = 0

    mutating func apply(id: Int64, claimID: Int64, action: String, before: String?, after: String?, problems: inout [String]) throws {
        if claimID != self.claimID {
            try finish(into: &problems)
            (self.claimID, state) = (claimID, nil)
        }
        if try !Self.same(before, state) {
            problems.append("claim \(claimID): event \(id) (\(action)) does not start where the previous event left the claim")
        }
        state = after
        events += 1
    }

    /// Compares the rebuilt state with the stored claim.
    mutating func finish(into problems: inout [String]) throws {
        guard let claimID else { return }
        let claim = try stored.claim(claimID)
        if try !Self.same(claim.map { ClaimStateJSON.encode($0.state) }, state) {
            let replayed = try EventRows.decode(state)
            problems.append("claim \(claimID): the stored claim differs from its replayed events (\(ClaimText.changes(from: replayed, to: claim?.state)))")
        }
    }

    /// Whether two snapshots hold the same state: the same text, or (written by an older encoder) the same decoded fields.
    private static func same(_ left: String?, _ right: String?) throws -> Bool {
        if left == right { return true }
        return try EventRows.decode(left) == EventRows.decode(right)
    }
}

/// Stored claims, read in windows of ids as the replay walks up through them.
private struct StoredClaims {
    let db: any SQLDatabase
    private var window: Range<Int64> = 0..<0
    private var claims: [Int64: Claim] = [:]

    init(db: any SQLDatabase) {
        self.db = db
    }

    mutating func claim(_ id: Int64) throws -> Claim? {
        if !window.contains(id) {
            window = id..<(id + 1024)
            claims = try ClaimRows.fetch(db, ids: window)
        }
        return claims[id]
    }
}

/// A speaker's (with its aliases) or a source's state rebuilt from its entity events, in order.
private struct EntityReplay {
    var entity: EntityReference?
    var state: EntityState?
    var events = 0

    /// Applies the next event (events come entity by entity, oldest first), finishing the previous entity.
    mutating func apply(_ event: ClaimEvent, _ db: any SQLDatabase, problems: inout [String]) throws {
        if event.entity != entity {
            try finish(db, into: &problems)
            (entity, state) = (event.entity, nil)
        }
        if event.entityBefore != state, let entity {
            problems.append("\(entity.kind.rawValue) \(entity.id): event \(event.id) (\(event.action)) does not start where the previous event left the \(entity.kind.rawValue)")
        }
        state = event.entityAfter
        events += 1
    }

    /// Compares the rebuilt state with the stored row.
    func finish(_ db: any SQLDatabase, into problems: inout [String]) throws {
        guard let entity else { return }
        let current = try EntityRows.snapshot(db, entity)
        if current != state {
            let noun = entity.kind.rawValue
            problems.append("\(noun) \(entity.id): the stored \(noun) differs from its replayed events (\(EntityText.changes(from: state, to: current)))")
        }
    }
}
