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
            var replay = Replay.claims
            try db.forEachRow("SELECT * FROM events WHERE claim_id IS NOT NULL ORDER BY claim_id, id", []) { row in
                try checkCancelled()
                try replay.apply(try EventRows.event(from: row), db, problems: &problems)
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
        var replay = Replay.entities
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

/// One subject's state (a claim's, a speaker's or a source's) rebuilt from its events, in order.
private struct Replay<Key: Equatable, State: Equatable> {
    /// The subject an event is about, and its snapshots.
    let subject: (ClaimEvent) -> Key?
    let snapshots: (ClaimEvent) -> (before: State?, after: State?)
    /// `claim 3`, and what such a subject is called (`claim`).
    let name: (Key) -> (String, noun: String)
    let stored: (any SQLDatabase, Key) throws -> State?
    let changes: (State?, State?) -> String
    var key: Key?
    var state: State?
    var events = 0

    /// Applies the next event (events come subject by subject, oldest first), finishing the previous subject.
    mutating func apply(_ event: ClaimEvent, _ db: any SQLDatabase, problems: inout [String]) throws {
        let next = subject(event)
        if next != key {
            try finish(db, into: &problems)
            (key, state) = (next, nil)
        }
        let (before, after) = snapshots(event)
        if before != state, let key {
            let (subject, noun) = name(key)
            problems.append("\(subject): event \(event.id) (\(event.action)) does not start where the previous event left the \(noun)")
        }
        state = after
        events += 1
    }

    /// Compares the rebuilt state with the stored one.
    func finish(_ db: any SQLDatabase, into problems: inout [String]) throws {
        guard let key else { return }
        let current = try stored(db, key)
        if current != state {
            let (subject, noun) = name(key)
            problems.append("\(subject): the stored \(noun) differs from its replayed events (\(changes(state, current)))")
        }
    }
}

extension Replay where Key == Int64, State == ClaimState {
    /// Claims, with their claim events.
    static var claims: Self {
        Replay(subject: \.claimID, snapshots: { ($0.before, $0.after) }, name: { ("claim \($0)", noun: "claim") },
               stored: { db, id in try ClaimRows.fetch(db, id: id)?.state }, changes: ClaimText.changes)
    }
}

extension Replay where Key == EntityReference, State == EntityState {
    /// Speakers (with their aliases) and sources, with their entity events.
    static var entities: Self {
        Replay(subject: \.entity, snapshots: { ($0.entityBefore, $0.entityAfter) },
               name: { ("\($0.kind.rawValue) \($0.id)", noun: $0.kind.rawValue) },
               stored: { db, entity in try EntityRows.snapshot(db, entity) }, changes: EntityText.changes)
    }
}
