/// Collects what one change does to speakers and sources, and records it as entity events when
/// the change ends: one event per entity, its state before the change and after.
///
/// Code that changes an entity calls ``ChangeScope/touch(_:action:)`` first; entities created
/// on the way (a claim's new speaker, a new source in a chain) are found by their ids, above the
/// highest ids when the change began, and get a `create` event.
/// ```swift
/// try scope.touch(EntityReference(kind: .speaker, id: 4), action: "alias")
/// try SpeakerRows.addAlias(scope.db, "Xi", speakerID: 4)   // recorded when the change ends
/// ```
final class EntityJournal {
    private struct Entry {
        let entity: EntityReference
        let action: String
        let before: EntityState?
    }

    private let highestIDs: [EntityKind: Int64]
    private var entries: [Entry] = []
    private var settled: Set<EntityReference> = []

    init(_ db: any SQLDatabase) throws {
        var highest: [EntityKind: Int64] = [:]
        for kind in EntityKind.allCases { highest[kind] = try EntityRows.maxID(db, kind) }
        highestIDs = highest
    }

    /// Whether the entity was created by this change.
    func isNew(_ entity: EntityReference) -> Bool {
        entity.id > highestIDs[entity.kind] ?? 0
    }

    /// Remembers an entity's state before this change alters it (once per entity and change).
    func touch(_ entity: EntityReference, action: String, _ db: any SQLDatabase) throws {
        guard !settled.contains(entity) else { return }
        settled.insert(entity)
        entries.append(Entry(entity: entity, action: action, before: isNew(entity) ? nil : try EntityRows.snapshot(db, entity)))
    }

    /// Leaves an entity out of the journal: its events are recorded otherwise (a replayed history).
    func settle(_ entity: EntityReference) {
        settled.insert(entity)
        entries.removeAll { $0.entity == entity }
    }

    /// Records the events: touched entities in the order touched, then the ones created on the way.
    func record(_ scope: ChangeScope) throws {
        for entry in entries {
            let after = try EntityRows.snapshot(scope.db, entry.entity)
            guard after != entry.before else { continue }
            try scope.record(EventRows.NewEvent(action: entry.action, entity: entry.entity, entityBefore: entry.before, entityAfter: after))
        }
        for kind in EntityKind.allCases {
            for id in try EntityRows.ids(scope.db, kind, above: highestIDs[kind] ?? 0) where !settled.contains(EntityReference(kind: kind, id: id)) {
                let entity = EntityReference(kind: kind, id: id)
                try scope.record(EventRows.NewEvent(action: "create", entity: entity, entityAfter: try EntityRows.snapshot(scope.db, entity)))
            }
        }
    }
}
