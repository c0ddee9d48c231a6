/// What `undo` or `redo` reverted: the events of one command, the claims as they are now, and
/// the new events that put its speakers and sources back.
public struct RevertResult: Sendable {
    public let reverted: [ClaimEvent]
    public let claims: [Claim]
    /// Each reverted speaker or source event with what reverting it did.
    public var entities: [(event: ClaimEvent, change: EntityChange)] = []
}

extension Workbench {
    /// Reverts the reviewer's last command that is not yet reverted (its claim and entity events), as new `undo` events.
    ///
    /// Refused when a claim, speaker or source changed since (by anyone): undo never overwrites another change.
    public func undo() throws(ClaimdeskError) -> RevertResult {
        try write { scope in
            guard let batch = try lastBatch(scope.db, where: "e.action NOT IN ('undo', 'baseline')") else {
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
                throw ClaimdeskError.refused("nothing to redo: you changed claims, speakers or sources after your last undo")
            }
            return try revert(batch, as: "redo", scope)
        }
    }

    /// Restores each event's `before`, newest first, checking the claim or entity still is its `after`.
    ///
    /// Entities come back before the claims that cite them, and go (when a creation is undone) after.
    private func revert(_ events: [ClaimEvent], as action: String, _ scope: ChangeScope) throws -> RevertResult {
        let newestFirst = Array(events.reversed())
        let entityEvents = newestFirst.filter { $0.entity != nil }
        try entityEvents.forEach { try checkUnchanged($0, action, scope.db) }
        var entities = try entityEvents.filter { $0.entityBefore != nil }.map { try revertEntity($0, as: action, scope) }
        let claims = try newestFirst.compactMap { try revertClaim($0, as: action, scope) }
        entities += try entityEvents.filter { $0.entityBefore == nil }.map { try revertEntity($0, as: action, scope) }
        return RevertResult(reverted: events.filter { $0.entity == nil }, claims: claims, entities: entities)
    }

    /// Puts a claim back as it was before `event` (a creation undone marks it deleted), with a new event;
    /// a speaker merged away since comes back as the speaker it was merged into.
    private func revertClaim(_ event: ClaimEvent, as action: String, _ scope: ChangeScope) throws -> Claim? {
        guard let claimID = event.claimID, let claim = try ClaimRows.fetch(scope.db, id: claimID) else { return nil }
        guard claim.state == event.after else {
            throw ClaimdeskError.refused("cannot \(action) \(event.action) on claim \(claimID) (event \(event.id)): the claim changed since; see `history \(claimID)` and change it by hand")
        }
        let restored = try ClaimRows.canonical(scope.db, event.before ?? deletedCopy(of: claim.state))
        try ClaimRows.write(scope.db, id: claimID, state: restored, reviewer: reviewer, at: scope.at)
        try scope.record(EventRows.NewEvent(claimID: claimID, docID: restored.doc, action: action,
                                            detail: "\(action) \(event.action) (event \(event.id))",
                                            before: claim.state, after: restored, reverts: event.id))
        return try ClaimRows.fetch(scope.db, id: claimID)!
    }

    /// Refuses when a speaker or source is no longer as `event` left it (checked for the whole command
    /// before anything is put back: putting a speaker back takes its aliases from whoever holds them).
    private func checkUnchanged(_ event: ClaimEvent, _ action: String, _ db: any SQLDatabase) throws {
        let entity = event.entity!
        guard try EntityRows.snapshot(db, entity) == event.entityAfter else {
            throw ClaimdeskError.refused("cannot \(action) \(event.action) on \(entity.kind) \(entity.id) (event \(event.id)): it changed since; see `log` and change it by hand")
        }
    }

    /// Puts a speaker or source back as it was before `event`, with a new event.
    private func revertEntity(_ event: ClaimEvent, as action: String, _ scope: ChangeScope) throws -> (event: ClaimEvent, change: EntityChange) {
        let entity = event.entity!
        scope.entities.settle(entity)
        let restored = try EntityRows.write(scope.db, entity, event.entityBefore)
        let kept = restored != nil && event.entityBefore == nil ? "; kept: claims still cite it" : ""
        try scope.record(EventRows.NewEvent(action: action, detail: "\(action) \(event.action) (event \(event.id))\(kept)", reverts: event.id,
                                            entity: entity, entityBefore: event.entityAfter, entityAfter: restored))
        return (event, EntityChange(entity: entity, before: event.entityAfter, after: restored))
    }

    /// The claim and entity events of the reviewer's newest batch matching `condition` that no event reverts yet.
    private func lastBatch(_ db: any SQLDatabase, where condition: String) throws -> [ClaimEvent]? {
        guard let batch: Int64 = try db.value("""
            SELECT e.batch FROM events e
            WHERE e.reviewer = ? AND (e.claim_id IS NOT NULL OR e.entity_kind IS NOT NULL) AND \(condition)
              AND NOT EXISTS (SELECT 1 FROM events r WHERE r.reverts = e.id)
            ORDER BY e.id DESC LIMIT 1
            """, [reviewer]) else { return nil }
        return try EventRows.fetch(db, """
            SELECT * FROM events WHERE batch = ? AND reviewer = ? AND (claim_id IS NOT NULL OR entity_kind IS NOT NULL) ORDER BY id
            """, [batch, reviewer])
    }

    private func newerChange(_ db: any SQLDatabase, than batch: [ClaimEvent]) throws -> Bool {
        try db.value("""
            SELECT EXISTS (SELECT 1 FROM events WHERE reviewer = ? AND (claim_id IS NOT NULL OR entity_kind IS NOT NULL)
                           AND id > ? AND action NOT IN ('undo', 'redo'))
            """, [reviewer, batch.last?.id ?? 0]) ?? false
    }

    private func deletedCopy(of state: ClaimState) -> ClaimState {
        var copy = state
        copy.deleted = true
        return copy
    }
}
