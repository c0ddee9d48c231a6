import GRDB

/// Imported documents: verbatim text with SHA-256 and metadata.
enum DocumentRows {
    static func fetchAll(_ db: Database) throws -> [Document] {
        try Row.fetchAll(db, sql: "SELECT \(columns) FROM documents ORDER BY id").map(document(from:))
    }

    static func fetch(_ db: Database, id: Int64) throws -> Document? {
        try Row.fetchOne(db, sql: "SELECT \(columns) FROM documents WHERE id = ?", arguments: [id]).map(document(from:))
    }

    static func fetch(_ db: Database, sha256: String) throws -> Document? {
        try Row.fetchOne(db, sql: "SELECT \(columns) FROM documents WHERE sha256 = ?", arguments: [sha256]).map(document(from:))
    }

    static func text(_ db: Database, id: Int64) throws -> String? {
        try String.fetchOne(db, sql: "SELECT text FROM documents WHERE id = ?", arguments: [id])
    }

    /// Every column but the text, which is loaded only when needed.
    private static let columns = "id, uid, title, path, url, outlet, published, language, sha256, previous_id, version, length, imported_by, imported_at"

    static func document(from row: Row) -> Document {
        Document(id: row["id"], uid: row["uid"], title: row["title"], path: row["path"], url: row["url"],
                 outlet: row["outlet"], published: row["published"], language: row["language"],
                 sha256: row["sha256"], previousID: row["previous_id"], version: row["version"], length: row["length"], importedBy: row["imported_by"], importedAt: row["imported_at"])
    }
}
