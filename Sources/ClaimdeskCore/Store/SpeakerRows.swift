/// Speakers: named people, organisations or groups, with aliases, reused across documents.
enum SpeakerRows {
    /// The speaker whose name or alias is `name` (without ASCII case), or nil.
    static func find(_ db: any SQLDatabase, name: String) throws -> (id: Int64, name: String)? {
        let row = try db.row("""
            SELECT id, name FROM speakers WHERE \(db.dialect.namedEquals("name"))
            UNION ALL
            SELECT s.id, s.name FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id WHERE \(db.dialect.namedEquals("a.alias"))
            LIMIT 1
            """, [name, name])
        return row.map { ($0["id"], $0["name"]) }
    }

    /// Other speakers whose name ends with the same word as `name`, without ASCII case (`Maria Lopez` for `Sen. Maria Lopez`
    /// or `Lopez`): perhaps the same person under another name. At most three, by name.
    static func sharingLastWord(_ db: any SQLDatabase, with name: String) throws -> [String] {
        guard let last = name.split(separator: " ").last.map({ String($0).asciiLowercased }) else { return [] }
        let names: [String] = try db.values(
            "SELECT name FROM speakers WHERE lower(name) = ? OR lower(name) LIKE ? ESCAPE '\\' ORDER BY \(db.dialect.nameOrder("name")) LIMIT 4",
            [last, "% " + last.likeEscaped])
        return Array(names.filter { $0.asciiLowercased != name.asciiLowercased }.prefix(3))
    }

    /// The id of the speaker named or aliased `name`, created when new.
    static func resolveOrCreate(_ db: any SQLDatabase, name: String) throws -> Int64 {
        if let speaker = try find(db, name: name) { return speaker.id }
        return try db.insert("INSERT INTO speakers (name) VALUES (?)", [name])
    }

    /// The canonical name for `name`: the speaker it names or aliases, else `name` itself.
    static func canonicalName(_ db: any SQLDatabase, name: String) throws -> String {
        try find(db, name: name)?.name ?? name
    }

    static func aliases(_ db: any SQLDatabase, speakerID: Int64) throws -> [String] {
        try db.values("SELECT alias FROM speaker_aliases WHERE speaker_id = ? ORDER BY \(db.dialect.nameOrder("alias"))", [speakerID])
    }

    /// Adds an alias unless it is there already (in any ASCII case).
    static func addAlias(_ db: any SQLDatabase, _ alias: String, speakerID: Int64) throws {
        try db.execute("INSERT INTO speaker_aliases (alias, speaker_id) VALUES (?, ?) ON CONFLICT DO NOTHING", [alias, speakerID])
    }

    /// Sets a speaker's kind and note where given; with `overwrite` false, only where it has none yet.
    static func setDetails(_ db: any SQLDatabase, id: Int64, kind: String?, note: String?, overwrite: Bool) throws {
        let (kindValue, noteValue) = overwrite ? ("coalesce(?, kind)", "coalesce(?, note)") : ("coalesce(kind, ?)", "coalesce(note, ?)")
        try db.execute("UPDATE speakers SET kind = \(kindValue), note = \(noteValue) WHERE id = ?", [kind, note, id])
    }

    /// Removes a speaker and its aliases (no claim may cite it).
    static func remove(_ db: any SQLDatabase, id: Int64) throws {
        try db.execute("DELETE FROM speaker_aliases WHERE speaker_id = ?", [id])
        try db.execute("DELETE FROM speakers WHERE id = ?", [id])
    }

    /// The claims (deleted ones too) a speaker is given for, by number.
    static func claimIDs(_ db: any SQLDatabase, speakerID: Int64) throws -> [Int64] {
        try db.values("SELECT id FROM claims WHERE speaker_id = ? ORDER BY id", [speakerID])
    }

    /// Removes an alias of a speaker (in any ASCII case); false when the speaker has no such alias.
    static func removeAlias(_ db: any SQLDatabase, _ alias: String, speakerID: Int64) throws -> Bool {
        let removed: [String] = try db.values(
            "DELETE FROM speaker_aliases WHERE speaker_id = ? AND \(db.dialect.namedEquals("alias")) RETURNING alias", [speakerID, alias])
        return !removed.isEmpty
    }
}
