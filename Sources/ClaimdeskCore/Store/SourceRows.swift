/// Sources: publications, statements, interviews and documents claims come through.
enum SourceRows {
    /// The id of the source named `name` (without ASCII case), or nil.
    static func find(_ db: any SQLDatabase, name: String) throws -> Int64? {
        try db.value("SELECT id FROM sources WHERE \(db.dialect.namedEquals("name"))", [name])
    }

    /// The id of the source named `name` (without ASCII case), created when new.
    static func resolveOrCreate(_ db: any SQLDatabase, name: String) throws -> Int64 {
        if let id = try find(db, name: name) { return id }
        return try db.insert("INSERT INTO sources (name) VALUES (?)", [name])
    }

    /// Sets a source's kind and url where given; with `overwrite` false, only where it has none yet.
    static func setDetails(_ db: any SQLDatabase, id: Int64, kind: String?, url: String?, overwrite: Bool) throws {
        let (kindValue, urlValue) = overwrite ? ("coalesce(?, kind)", "coalesce(?, url)") : ("coalesce(kind, ?)", "coalesce(url, ?)")
        try db.execute("UPDATE sources SET kind = \(kindValue), url = \(urlValue) WHERE id = ?", [kind, url, id])
    }

    /// The stored spelling of a source name, or `name` when new.
    static func canonicalName(_ db: any SQLDatabase, name: String) throws -> String {
        try named(db, name: name)?.name ?? name
    }

    /// The source named `name` (without ASCII case) with its stored spelling, or nil.
    static func named(_ db: any SQLDatabase, name: String) throws -> (id: Int64, name: String)? {
        try db.row("SELECT id, name FROM sources WHERE \(db.dialect.namedEquals("name"))", [name]).map { ($0["id"], $0["name"]) }
    }
}
