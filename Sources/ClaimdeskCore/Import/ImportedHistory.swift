import Foundation

/// Replays exported events into a project: same reviewers, times, actions and snapshots, in their
/// original order across claims, speakers and sources, with the snapshots pointed at this project's
/// document, entity events at this project's speaker or source of the same name, and `reverts` at
/// the new event ids. Into a log whose ids are all below the exported ones, events keep their ids,
/// so the project exports again byte for byte.
enum ImportedHistory {
    /// One exported event and what it now belongs to.
    struct Entry {
        enum Subject {
            case claim(id: Int64, docID: Int64)
            case entity(EntityKind)
        }

        let subject: Subject
        let origin: String
        let event: [String: Any]

        var originalID: Int { event["id"] as? Int ?? 0 }
    }

    /// What a replay appended: the events, and the speakers and sources they rebuilt with their last state.
    struct Result {
        var events = 0
        var entities: [EntityReference: EntityState?] = [:]
    }

    /// Appends the spooled events oldest first (each exported event once). Entity events are replayed only for
    /// speakers and sources `isNew` says this import created: one already in the project keeps its own
    /// history (what the import changes on it is recorded as a new event instead).
    static func replay(_ spool: ImportedEventSpool, _ db: any SQLDatabase, isNew: (EntityReference) -> Bool) throws -> Result {
        let oldest: Int64? = try spool.oldestID()
        let keepIDs = try oldest.map { $0 > (try EventRows.lastID(db) ?? 0) } ?? false
        if keepIDs { try spool.keepExportedIDs() }
        var result = Result()
        try spool.forEach { entry in
            let event = entry.event
            guard let oldID = (event["id"] as? Int).map(Int64.init), let reviewer = event["reviewer"] as? String,
                  let at = event["at"] as? String, let action = event["action"] as? String else {
                throw ClaimdeskError.badInput("\(entry.origin): an event lacks id, reviewer, at or action")
            }
            let reverts = try (event["reverts"] as? Int).flatMap { try spool.newID(for: $0) }
            var newEvent = EventRows.NewEvent(action: action, detail: event["detail"] as? String, reverts: reverts)
            switch entry.subject {
            case .claim(let claimID, let docID):
                (newEvent.claimID, newEvent.docID) = (claimID, docID)
                newEvent.before = try snapshot(event["before"], docID: docID, entry.origin)
                newEvent.after = try snapshot(event["after"], docID: docID, entry.origin)
            case .entity(let kind):
                newEvent.entityBefore = try entitySnapshot(event["before"], entry.origin)
                newEvent.entityAfter = try entitySnapshot(event["after"], entry.origin)
                let entity = try localEntity(kind, named: (newEvent.entityAfter ?? newEvent.entityBefore)?.name, db, entry.origin)
                guard isNew(entity) else { return try spool.setNewID(nil, for: Int(oldID)) }
                newEvent.entity = entity
                result.entities[entity] = newEvent.entityAfter
            }
            let newID = try EventRows.append(db, newEvent, reviewer: reviewer, at: at, batch: try EventRows.nextBatch(db), id: keepIDs ? oldID : nil)
            if !keepIDs { try spool.setNewID(newID, for: Int(oldID)) }
            result.events += 1
        }
        if keepIDs, let counter = db.dialect.afterExplicitIDs(table: "events") { try db.execute(counter) }
        return result
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

    private static func entitySnapshot(_ value: Any?, _ origin: String) throws -> EntityState? {
        guard let object = value as? [String: Any] else { return nil }
        do {
            return try JSONDecoder().decode(EntityState.self, from: JSONSerialization.data(withJSONObject: object))
        } catch {
            throw ClaimdeskError.badInput("\(origin): an entity event's snapshot is not a speaker or source (\(error.localizedDescription))")
        }
    }

    /// This project's speaker or source an exported entity event is about, by name.
    private static func localEntity(_ kind: EntityKind, named name: String?, _ db: any SQLDatabase, _ origin: String) throws -> EntityReference {
        let id: Int64? = switch kind {
        case .speaker: try name.flatMap { try SpeakerRows.find(db, name: $0)?.id }
        case .source: try name.flatMap { try SourceRows.find(db, name: $0) }
        }
        guard let id else {
            throw ClaimdeskError.badInput("\(origin): an entity event names \(kind.rawValue) '\(name ?? "")', which no claim of the file cites")
        }
        return EntityReference(kind: kind, id: id)
    }
}
