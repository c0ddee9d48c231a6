/// Imported documents: verbatim text with SHA-256 and metadata.
enum DocumentRows {
    static func fetchAll(_ db: any SQLDatabase) throws -> [Document] {
        try db.rows("SELECT \(columns) FROM documents ORDER BY id").map(document(from:))
    }

    static func fetch(_ db: any SQLDatabase, id: Int64) throws -> Document? {
        try db.row("SELECT \(columns) FROM documents WHERE id = ?", [id]).map(document(from:))
    }

    static func fetch(_ db: any SQLDatabase, sha256: String) throws -> Document? {
        try db.row("SELECT \(columns) FROM documents WHERE sha256 = ?", [sha256]).map(document(from:))
    }

    static func text(_ db: any SQLDatabase, id: Int64) throws -> String? {
        try db.value("SELECT text FROM documents WHERE id = ?", [id])
    }

    /// Stores a document (a first import, or a new version of `previousID`); returns its id.
    static func insert(_ db: any SQLDatabase, _ document: NewDocument) throws -> Int64 {
        let id = try db.insert("""
            INSERT INTO documents (uid, title, path, url, outlet, published, language, sha256, previous_id, version, text, length, imported_by, imported_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [DocumentIdentity.uid(sha256: document.sha256), document.title, document.path, document.metadata.url,
                  document.metadata.outlet, document.metadata.published, document.metadata.language, document.sha256,
                  document.previousID, document.version, document.text, document.text.unicodeScalars.count,
                  document.importedBy, document.importedAt])
        try SearchIndex.documentAdded(db, id: id, text: document.text)
        return id
    }

    /// A document about to be stored.
    struct NewDocument {
        var title: String
        var path: String
        var metadata: DocumentMetadata
        var sha256: String
        var text: String
        var previousID: Int64?
        var version = 1
        var importedBy: String
        var importedAt: String
    }

    /// Every column but the text, which is loaded only when needed.
    private static let columns = "id, uid, title, path, url, outlet, published, language, sha256, previous_id, version, length, imported_by, imported_at"

    static func document(from row: SQLRow) -> Document {
        Document(id: row["id"], uid: row["uid"], title: row["title"], path: row["path"], url: row["url"],
                 outlet: row["outlet"], published: row["published"], language: row["language"],
                 sha256: row["sha256"], previousID: row["previous_id"], version: row["version"], length: row["length"], importedBy: row["imported_by"], importedAt: row["imported_at"])
    }
}
