import GRDB

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
    /// chain), and the last `after` must equal the stored claim, field for field.
    public func verify() throws(ClaimdeskError) -> VerifyReport {
        try store.read { db in
            var problems: [String] = []
            if let integrity = try String.fetchOne(db, sql: "PRAGMA integrity_check"), integrity != "ok" {
                problems.append("integrity_check: \(integrity)")
            }
            let events = try EventRows.fetch(db, sql: "SELECT * FROM events WHERE claim_id IS NOT NULL ORDER BY claim_id, id", arguments: [])
            let replayed = replay(events, problems: &problems)
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM claims ORDER BY id")
            for id in ids {
                let stored = try ClaimRows.fetch(db, id: id)!.state
                if replayed[id] != stored {
                    problems.append("claim \(id): the stored claim differs from its replayed events (\(ClaimText.changes(from: replayed[id], to: stored)))")
                }
            }
            return VerifyReport(claims: ids.count, events: events.count, problems: problems)
        }
    }

    private func replay(_ events: [ClaimEvent], problems: inout [String]) -> [Int64: ClaimState] {
        var states: [Int64: ClaimState] = [:]
        for event in events {
            let claimID = event.claimID!
            if event.before != states[claimID] {
                problems.append("claim \(claimID): event \(event.id) (\(event.action)) does not start where the previous event left the claim")
            }
            states[claimID] = event.after
        }
        return states
    }
}
