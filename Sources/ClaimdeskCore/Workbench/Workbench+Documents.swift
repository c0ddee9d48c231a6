import Foundation

extension Workbench {
    /// Imports a text file verbatim and makes it the reviewer's current document.
    ///
    /// Identical bytes imported again return the existing document (`created` is false).
    public func importDocument(path: String, metadata: DocumentMetadata) throws(ClaimdeskError) -> (document: Document, created: Bool) {
        try DocumentMetadataValidator.validate(metadata)
        let file = try TextFileDecoder.read(path: path)
        let title = metadata.title ?? ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return try write { scope in
            let db = scope.db
            if let existing = try DocumentRows.fetch(db, sha256: file.sha256) {
                try setCurrent(db, docID: existing.id)
                return (existing, false)
            }
            let id = try DocumentRows.insert(db, DocumentRows.NewDocument(
                title: title, path: path, metadata: metadata, sha256: file.sha256, text: file.text, importedBy: reviewer, importedAt: scope.at))
            let detail = "imported \(path) (\(file.byteCount) bytes, sha256 \(file.sha256.prefix(12)))"
            try scope.record(EventRows.NewEvent(docID: id, action: "import", detail: detail))
            try setCurrent(db, docID: id)
            return (try DocumentRows.fetch(db, id: id)!, true)
        }
    }

    public func documents() throws(ClaimdeskError) -> [Document] {
        try store.read { db in try DocumentRows.fetchAll(db) }
    }

    public func document(_ id: Int64) throws(ClaimdeskError) -> Document {
        guard let document = try store.read({ db in try DocumentRows.fetch(db, id: id) }) else {
            throw .notFound("no document \(id); `docs` lists the documents")
        }
        return document
    }

    /// Makes a document the reviewer's current one (kept in the project, so one-shot calls share it).
    @discardableResult
    public func open(_ id: Int64) throws(ClaimdeskError) -> Document {
        let document = try self.document(id)
        if !store.isReadOnly {
            try store.write { db in try setCurrent(db, docID: id) }
        }
        return document
    }

    /// The reviewer's current document: the last opened or imported one.
    public func currentDocument() throws(ClaimdeskError) -> Document {
        let found = try store.read { db -> Document? in
            let current: Int64? = try db.value("SELECT current_doc_id FROM reviewer_state WHERE reviewer = ?", [reviewer])
            return try current.flatMap { try DocumentRows.fetch(db, id: $0) }
                ?? DocumentRows.fetchAll(db).last
        }
        guard let found else {
            throw .badInput("no document yet; import one first: import PATH [--title T]")
        }
        return found
    }

    func setCurrent(_ db: any SQLDatabase, docID: Int64) throws {
        try db.execute("""
            INSERT INTO reviewer_state (reviewer, current_doc_id) VALUES (?, ?)
            ON CONFLICT (reviewer) DO UPDATE SET current_doc_id = excluded.current_doc_id
            """, [reviewer, docID])
    }
}
