/// Reads and writes speakers (with their aliases) and sources as whole ``EntityState`` snapshots,
/// so entity events can record, replay and revert them as claim events do claims.
enum EntityRows {
    /// The entity as stored now, or nil when there is no such row.
    static func snapshot(_ db: any SQLDatabase, _ entity: EntityReference) throws -> EntityState? {
        switch entity.kind {
        case .speaker:
            guard let row = try db.row("SELECT name, kind, note FROM speakers WHERE id = ?", [entity.id]) else { return nil }
            return EntityState(name: row["name"], kind: row["kind"], note: row["note"],
                               aliases: try SpeakerRows.aliases(db, speakerID: entity.id))
        case .source:
            guard let row = try db.row("SELECT name, kind, url FROM sources WHERE id = ?", [entity.id]) else { return nil }
            return EntityState(name: row["name"], kind: row["kind"], url: row["url"])
        }
    }

    /// The highest row id of a kind (0 when none): rows above it were created later.
    static func maxID(_ db: any SQLDatabase, _ kind: EntityKind) throws -> Int64 {
        try db.value("SELECT coalesce(max(id), 0) FROM \(kind.table)") ?? 0
    }

    /// The ids of a kind above `id`, in order: the rows created since `id` was the highest.
    static func ids(_ db: any SQLDatabase, _ kind: EntityKind, above id: Int64) throws -> [Int64] {
        try db.values("SELECT id FROM \(kind.table) WHERE id > ? ORDER BY id", [id])
    }

    /// Makes the stored entity equal `state` (nil removes it) and returns what is stored afterwards:
    /// an entity claims still cite (deleted claims too) is kept rather than removed. A speaker takes
    /// its aliases back from whichever speaker holds them now, so entities restore in any order.
    @discardableResult
    static func write(_ db: any SQLDatabase, _ entity: EntityReference, _ state: EntityState?) throws -> EntityState? {
        guard let state else {
            if try isCited(db, entity) { return try snapshot(db, entity) }
            if entity.kind == .speaker { try db.execute("DELETE FROM speaker_aliases WHERE speaker_id = ?", [entity.id]) }
            try db.execute("DELETE FROM \(entity.kind.table) WHERE id = ?", [entity.id])
            return nil
        }
        let (detail, detailValue) = entity.kind == .speaker ? ("note", state.note) : ("url", state.url)
        if try snapshot(db, entity) == nil {
            try db.execute("INSERT INTO \(entity.kind.table) (id, name, kind, \(detail)) VALUES (?, ?, ?, ?)",
                           [entity.id, state.name, state.kind, detailValue])
        } else {
            try db.execute("UPDATE \(entity.kind.table) SET name = ?, kind = ?, \(detail) = ? WHERE id = ?",
                           [state.name, state.kind, detailValue, entity.id])
        }
        if entity.kind == .speaker {
            try db.execute("DELETE FROM speaker_aliases WHERE speaker_id = ?", [entity.id])
            for alias in state.aliases ?? [] {
                try db.execute("DELETE FROM speaker_aliases WHERE \(db.dialect.namedEquals("alias"))", [alias])
                try SpeakerRows.addAlias(db, alias, speakerID: entity.id)
            }
        }
        return try snapshot(db, entity)
    }

    private static func isCited(_ db: any SQLDatabase, _ entity: EntityReference) throws -> Bool {
        let sql = entity.kind == .speaker
            ? "SELECT EXISTS (SELECT 1 FROM claims WHERE speaker_id = ?)"
            : "SELECT EXISTS (SELECT 1 FROM claim_sources WHERE source_id = ?)"
        return try db.value(sql, [entity.id]) ?? false
    }
}
