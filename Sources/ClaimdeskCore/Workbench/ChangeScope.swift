/// One change in progress: its transaction, its time, who makes it, and the batch its events share.
///
/// A command's events share a batch (the id its first event gets), so `undo` reverts a
/// whole command — every claim a `revise` re-anchored, every suggestion an `accept all` took,
/// and the speakers and sources it changed (see ``EntityJournal``).
public struct ChangeScope {
    let db: any SQLDatabase
    /// UTC time recorded on everything this change writes.
    public let at: String
    public let reviewer: String
    let batch: Int64
    let entities: EntityJournal

    /// Appends an event of this change.
    @discardableResult
    func record(_ event: EventRows.NewEvent) throws -> Int64 {
        try EventRows.append(db, event, reviewer: reviewer, at: at, batch: batch)
    }

    /// Call before changing a speaker or source: the change records its event with `action`.
    func touch(_ entity: EntityReference, action: String) throws {
        try entities.touch(entity, action: action, db)
    }
}
