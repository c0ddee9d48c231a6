import GRDB

/// What `undo` reverted.
public struct UndoResult: Sendable {
    /// The event that was reverted.
    public let reverted: ClaimEvent
    /// The claim as it is now.
    public let claim: Claim
}

extension Workbench {
    /// Reverts the reviewer's last change that is not yet reverted, as a new `undo` event.
    ///
    /// Refused when the claim changed since (by anyone): undo never overwrites another change.
    public func undo() throws(ClaimdeskError) -> UndoResult {
        try write { db, at in
            guard let event = try lastUndoableEvent(db), let claimID = event.claimID else {
                throw ClaimdeskError.refused("nothing to undo: \(reviewer) has no change left to revert")
            }
            let claim = try ClaimRows.fetch(db, id: claimID)!
            guard claim.state == event.after else {
                throw ClaimdeskError.refused("cannot undo event \(event.id) (\(event.action) on claim \(claimID)): the claim changed since; see `history \(claimID)` and change it by hand")
            }
            let restored = event.before ?? deletedCopy(of: claim.state)
            try ClaimRows.write(db, id: claimID, state: restored, reviewer: reviewer, at: at)
            try EventRows.append(db, EventRows.NewEvent(claimID: claimID, docID: claim.docID, action: "undo",
                                                        detail: "undo \(event.action) (event \(event.id))",
                                                        before: claim.state, after: restored, reverts: event.id),
                                 reviewer: reviewer, at: at)
            return UndoResult(reverted: event, claim: try ClaimRows.fetch(db, id: claimID)!)
        }
    }

    private func lastUndoableEvent(_ db: Database) throws -> ClaimEvent? {
        try EventRows.fetch(db, sql: """
            SELECT * FROM events e
            WHERE e.reviewer = ? AND e.claim_id IS NOT NULL AND e.action <> 'undo'
              AND NOT EXISTS (SELECT 1 FROM events u WHERE u.reverts = e.id)
            ORDER BY e.id DESC LIMIT 1
            """, arguments: [reviewer]).first
    }

    private func deletedCopy(of state: ClaimState) -> ClaimState {
        var copy = state
        copy.deleted = true
        return copy
    }
}
