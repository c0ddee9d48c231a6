
/// The result of replaying the event log.
public struct VerifyReport: Sendable {
    public let claims: Int
    public let events: Int
    /// One line per disagreement; empty when log and stored state agree.
    public let problems: [String]
}

extension Workbench {
    /// Rebuilds every claim from its events alone and compares it with the stored claim.
    ///
    /// Each event's `before` must equal the state the previous event left (an unbroken
    /// chain), and the last `after` must equal the stored claim, field for field. Events
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
            problems += try SearchIndex.problems(db)
            let claims: [Int64] = try db.values("SELECT id FROM claims WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.claim_id = claims.id)")
            problems += claims.map { "claim \($0): stored, but no event records it" }
            let count: Int = try db.value("SELECT count(*) FROM claims") ?? 0
            return VerifyReport(claims: count, events: replay.events, problems: problems)
        }
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
