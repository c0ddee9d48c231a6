/// Keeps the full-text index in step with documents and claims, in the transaction that changes them.
///
/// ``DocumentRows/insert(_:_:)`` and ``ClaimRows`` call it, so every path that stores a document or a
/// claim (import, revise, claim edits, delete, undo and redo, import-annotations, copy) updates the index;
/// a deleted claim leaves it. The version 3 migration builds it for older projects (``rebuild(_:)``).
///
/// ```swift
/// try SearchIndex.claimChanged(db, id: 12, state: state)
/// ```
enum SearchIndex {
    static func documentAdded(_ db: any SQLDatabase, id: Int64, text: String) throws {
        try db.dialect.search.addDocument(db, id: id, words: SearchTokens(text))
    }

    static func claimChanged(_ db: any SQLDatabase, id: Int64, state: ClaimState) throws {
        try db.dialect.search.setClaim(db, id: id, entry: state.deleted ? nil : ClaimSearchEntry(state))
    }

    /// Indexes a claim just inserted (a new id: nothing of it is indexed yet to remove first).
    static func claimAdded(_ db: any SQLDatabase, id: Int64, state: ClaimState) throws {
        guard !state.deleted else { return }
        try db.dialect.search.addClaim(db, id: id, entry: ClaimSearchEntry(state))
    }

    /// Indexes every document and live claim afresh.
    static func rebuild(_ db: any SQLDatabase) throws {
        let search = db.dialect.search
        try search.clear(db)
        try db.forEachRow("SELECT id, text FROM documents ORDER BY id", []) { row in
            try search.addDocument(db, id: row["id"], words: SearchTokens(row["text"]))
        }
        try forEachLiveClaim(db) { id, entry, _ in try search.setClaim(db, id: id, entry: entry) }
    }

    /// What disagrees between the index and the stored documents and claims; empty when they agree.
    ///
    /// Missing and extra rows are found by joins in the database (no list of every id held), so memory stays flat;
    /// each claim's index row is read beside it (on SQLite), not looked up claim by claim.
    static func problems(_ db: any SQLDatabase) throws -> [String] {
        let search = db.dialect.search
        let documents = try missingAndExtra(db, kind: "document", stored: "documents", live: "TRUE", index: search.indexTable(claims: false))
        let claims = try missingAndExtra(db, kind: "claim", stored: "claims", live: "t.deleted = 0", index: search.indexTable(claims: true))
        var problems = documents.problems + claims.problems
        try db.forEachRow("SELECT id, text FROM documents ORDER BY id", []) { row in
            let id: Int64 = row["id"]
            if !documents.missing.contains(id), try !search.documentAgrees(db, id: id, words: SearchTokens(row["text"], limit: search.documentWordsChecked)) {
                problems.append("search index: document \(id) is indexed with other words than its text")
            }
        }
        try forEachLiveClaim(db, indexColumns: search.claimColumns) { id, entry, indexed in
            if !claims.missing.contains(id), try !search.claimAgrees(db, id: id, entry: entry, indexed: indexed) {
                problems.append("search index: claim \(id) is indexed with other words than its text, rationale and notes")
            }
        }
        return problems
    }

    /// The stored rows (`live` ones of table `stored`, alias `t`) the index lacks, and the index rows no such row has.
    private static func missingAndExtra(_ db: any SQLDatabase, kind: String, stored: String, live: String,
                                        index: (table: String, key: String)) throws -> (missing: Set<Int64>, problems: [String]) {
        let missing: [Int64] = try db.values("""
            SELECT t.id FROM \(stored) t WHERE \(live) AND NOT EXISTS (SELECT 1 FROM \(index.table) s WHERE s.\(index.key) = t.id) ORDER BY t.id
            """)
        let extra: [Int64] = try db.values("""
            SELECT s.\(index.key) FROM \(index.table) s WHERE NOT EXISTS (SELECT 1 FROM \(stored) t WHERE t.id = s.\(index.key) AND \(live)) ORDER BY 1
            """)
        return (Set(missing), missing.map { "search index: \(kind) \($0) is missing" } + extra.map { "search index: \(kind) \($0) is indexed but not stored (or deleted)" })
    }

    /// Every live claim's index entry, claim by claim (text, rationale and evidence notes), with the `indexColumns` of its
    /// index row (alias `s`; NULL when it has none).
    private static func forEachLiveClaim(_ db: any SQLDatabase, indexColumns: [String] = [],
                                         _ body: (Int64, ClaimSearchEntry, ArraySlice<SQLValue>) throws -> Void) throws {
        var notes: [Int64: [String]] = [:]
        try db.forEachRow("SELECT claim_id, note FROM evidence WHERE note IS NOT NULL ORDER BY claim_id, position", []) { row in
            notes[row["claim_id"], default: []].append(row["note"])
        }
        let index = db.dialect.search.indexTable(claims: true)
        let join = indexColumns.isEmpty ? "" : " LEFT JOIN \(index.table) s ON s.\(index.key) = c.id"
        try db.forEachRow("""
            SELECT \((["c.id", "c.doc_id", "c.start", "c.\"end\"", "c.text", "c.fragments", "c.rationale"] + indexColumns).joined(separator: ", "))
            FROM claims c\(join) WHERE c.deleted = 0 ORDER BY c.id
            """, []) { row in
            let id: Int64 = row[0]
            var state = ClaimState(doc: row[1], start: row[2], end: row[3], text: row[4])
            state.fragments = ClaimFragments.parse(row[5])
            state.rationale = row[6]
            state.evidence = (notes[id] ?? []).map { EvidenceItem(ref: "", stance: .context, note: $0, reviewer: "", at: "") }
            try body(id, ClaimSearchEntry(state), row.values[7...])
        }
    }
}
