
/// What `undo` or `redo` reverted: the events of one command, and the claims as they are now.
public struct RevertResult: Sendable {
    public let reverted: [ClaimEvent]
    public let claims: [Claim]
}

extension Workbench {
    /// Reverts the reviewer's last command that is not yet reverted (all its claim events), as new `undo` events.
    ///
    /// Refused when a claim changed since (by anyone): undo never overwrites another change.
    public func undo() throws(ClaimdeskError) -> RevertResult {
        try write { scope in
            guard let batch = try lastBatch(scope.db, where: "e.action <> 'undo'") else {
                throw ClaimdeskError.refused("nothing to undo: \(reviewer) has no change left to revert")
            }
            return try revert(batch, as: "undo", scope)
        }
    }

    /// Re-applies what the reviewer's last `undo` reverted, as new `redo` events.
    ///
    /// Only right after undo: a new change by the reviewer ends what can be redone, as in an editor.
    public func redo() throws(ClaimdeskError) -> RevertResult {
        try write { scope in
            guard let batch = try lastBatch(scope.db, where: "e.action = 'undo'") else {
                throw ClaimdeskError.refused("nothing to redo: \(reviewer) has no undo left to take back")
            }
            if try newerChange(scope.db, than: batch) {
                throw ClaimdeskError.refused("nothing to redo: you changed claims after your last undo")
            }
            return try revert(batch, as: "redo", scope)
        }
    }

    /// Restores each event's `before` (newest first), checking the claim still is its `after`.
    private func revert(_ events: [ClaimEvent], as action: String, _ scope: ChangeScope) throws -> RevertResult {
        var claims: [Claim] = []
        for event in events.reversed() {
            guard let claimID = event.claimID, let claim = try ClaimRows.fetch(scope.db, id: claimID) else { continue }
            guard claim.state == event.after else {
                throw ClaimdeskError.refused("cannot \(action) \(event.action) on claim \(claimID) (event \(event.id)): the claim changed since; see `history \(claimID)` and change it by hand")
            }
            let restored = event.before ?? deletedCopy(of: claim.state)
            try ClaimRows.write(scope.db, id: claimID, state: restored, reviewer: reviewer, at: scope.at)
            try scope.record(EventRows.NewEvent(claimID: claimID, docID: restored.doc, action: action,
                                                detail: "\(action) \(event.action) (event \(event.id))",
                                                before: claim.state, after: restored, reverts: event.id))
            claims.append(try ClaimRows.fetch(scope.db, id: claimID)!)
        }
        return RevertResult(reverted: events, claims: claims)
    }

    /// The claim events of the reviewer's newest batch matching `condition` that no event reverts yet.
    private func lastBatch(_ db: any SQLDatabase, where condition: String) throws -> [ClaimEvent]? {
        guard let batch: Int64 = try db.value("""
            SELECT e.batch FROM events e
            WHERE e.reviewer = ? AND e.claim_id IS NOT NULL AND \(condition)
              AND NOT EXISTS (SELECT 1 FROM events r WHERE r.reverts = e.id)
            ORDER BY e.id DESC LIMIT 1
            """, [reviewer]) else { return nil }
        return try EventRows.fetch(db, """
            SELECT * FROM events WHERE batch = ? AND reviewer = ? AND claim_id IS NOT NULL ORDER BY id
            """, [batch, reviewer])
    }

    private func newerChange(_ db: any SQLDatabase, than batch: [ClaimEvent]) throws -> Bool {
        try db.value("""
            SELECT EXISTS (SELECT 1 FROM events WHERE reviewer = ? AND claim_id IS NOT NULL AND id > ? AND action NOT IN ('undo', 'redo'))
            """, [reviewer, batch.last?.id ?? 0]) ?? false
    }

    private func deletedCopy(of state: ClaimState) -> ClaimState {
        var copy = state
        copy.deleted = true
        return copy
    }
}
