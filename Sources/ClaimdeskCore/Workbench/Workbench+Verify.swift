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
    /// chain), and the last `after` must equal the stored row, field for field. Events
    /// stream claim by claim, so memory stays flat however long the history.
    public func verify() throws(ClaimdeskError) -> VerifyReport {
        try store.read { db in
            var problems: [String] = []
            if let integrity = try db.integrityProblem() {
                problems.append("integrity_check: \(integrity)")
            }
            var replay = Replay()
            try db.forEachRow("SELECT * FROM events WHERE claim_id IS NOT NULL ORDER BY claim_id, id", []) { row in
                try checkCancelled()
                let event = try EventRows.event(from: row)
                if event.claimID != replay.claimID { try replay.finish(db, into: &problems) }
                replay.apply(event, problems: &problems)
            }
            try replay.finish(db, into: &problems)
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
            let event = try EventRows.event(from: row)
            if event.entity != replay.entity { try replay.finish(db, into: &problems) }
            replay.apply(event, problems: &problems)
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

/// One claim's state rebuilt from its events, in order.
private struct Replay {
    var claimID: Int64?
    var state: ClaimState?
    var events = 0

    mutating func apply(_ event: ClaimEvent, problems: inout [String]) {
        if event.claimID != claimID { (claimID, state) = (event.claimID, nil) }
        if event.before != state {
            problems.append("claim \(event.claimID!): event \(event.id) (\(event.action)) does not start where the previous event left the claim")
        }
        state = event.after
        events += 1
    }

    /// Compares the rebuilt state with the stored claim.
    func finish(_ db: any SQLDatabase, into problems: inout [String]) throws {
        guard let claimID else { return }
        let stored = try ClaimRows.fetch(db, id: claimID)?.state
        if stored != state {
            problems.append("claim \(claimID): the stored claim differs from its replayed events (\(ClaimText.changes(from: state, to: stored)))")
        }
    }
}

/// One speaker's or source's state rebuilt from its events, in order.
private struct EntityReplay {
    var entity: EntityReference?
    var state: EntityState?
    var events = 0

    mutating func apply(_ event: ClaimEvent, problems: inout [String]) {
        if event.entity != entity { (entity, state) = (event.entity, nil) }
        if event.entityBefore != state {
            problems.append("\(event.entity!.kind.rawValue) \(event.entity!.id): event \(event.id) (\(event.action)) does not start where the previous event left it")
        }
        state = event.entityAfter
        events += 1
    }

    /// Compares the rebuilt state with the stored row (and a speaker's aliases).
    func finish(_ db: any SQLDatabase, into problems: inout [String]) throws {
        guard let entity else { return }
        let stored = try EntityRows.snapshot(db, entity)
        if stored != state {
            problems.append("\(entity.kind.rawValue) \(entity.id): the stored \(entity.kind.rawValue) differs from its replayed events (\(EntityText.changes(from: state, to: stored)))")
        }
    }
}
