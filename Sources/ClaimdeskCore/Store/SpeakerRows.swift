import GRDB

/// Speakers: named people, organisations or groups, with aliases, reused across documents.
enum SpeakerRows {
    /// The speaker whose name or alias is `name` (case-insensitive), or nil.
    static func find(_ db: Database, name: String) throws -> (id: Int64, name: String)? {
        let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT id, name FROM speakers WHERE name = ?
            UNION ALL
            SELECT s.id, s.name FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id WHERE a.alias = ?
            LIMIT 1
            """), arguments: [name, name])
        return row.map { ($0["id"], $0["name"]) }
    }

    /// The id of the speaker named or aliased `name`, created when new.
    static func resolveOrCreate(_ db: Database, name: String) throws -> Int64 {
        if let speaker = try find(db, name: name) { return speaker.id }
        try db.run("INSERT INTO speakers (name) VALUES (?)", [name])
        return db.lastInsertedRowID
    }

    /// The canonical name for `name`: the speaker it names or aliases, else `name` itself.
    static func canonicalName(_ db: Database, name: String) throws -> String {
        try find(db, name: name)?.name ?? name
    }

    static func aliases(_ db: Database, speakerID: Int64) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT alias FROM speaker_aliases WHERE speaker_id = ? ORDER BY alias", arguments: [speakerID])
    }
}
