import GRDB

/// Sources: publications, statements, interviews and documents claims come through.
enum SourceRows {
    /// The id of the source named `name` (case-insensitive), created when new.
    static func resolveOrCreate(_ db: Database, name: String) throws -> Int64 {
        if let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM sources WHERE name = ?"), arguments: [name]) { return id }
        try db.run("INSERT INTO sources (name) VALUES (?)", [name])
        return db.lastInsertedRowID
    }

    /// The stored spelling of a source name, or `name` when new.
    static func canonicalName(_ db: Database, name: String) throws -> String {
        try String.fetchOne(db, sql: "SELECT name FROM sources WHERE name = ?", arguments: [name]) ?? name
    }
}
