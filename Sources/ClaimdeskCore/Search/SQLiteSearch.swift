/// Full-text search on SQLite: FTS5 tables over the folded words, ranked by bm25.
///
/// `search_documents` is contentless (documents never change, and their text is in `documents`);
/// `search_claims` keeps its two columns (`body`: the claim's words, `notes`: its rationale and
/// evidence notes) so a changed claim's row can be replaced. The `ascii` tokenizer splits the
/// folded text at its spaces, exactly where ``SearchTokens`` did. See <https://www.sqlite.org/fts5.html>.
struct SQLiteSearch: SearchBackend {
    func addDocument(_ db: any SQLDatabase, id: Int64, words: SearchTokens) throws {
        try db.execute("INSERT INTO search_documents (rowid, body) VALUES (?, ?)", [id, words.indexText])
    }

    func setClaim(_ db: any SQLDatabase, id: Int64, entry: ClaimSearchEntry?) throws {
        try db.execute("DELETE FROM search_claims WHERE rowid = ?", [id])
        guard let entry else { return }
        try addClaim(db, id: id, entry: entry)
    }

    func addClaim(_ db: any SQLDatabase, id: Int64, entry: ClaimSearchEntry) throws {
        try db.execute("INSERT INTO search_claims (rowid, body, notes) VALUES (?, ?, ?)", [id, entry.textIndex, entry.notesIndex])
    }

    func clear(_ db: any SQLDatabase) throws {
        try db.execute("INSERT INTO search_documents (search_documents) VALUES ('delete-all')")
        try db.execute("DELETE FROM search_claims")
    }

    func match(_ query: SearchQuery, in target: SearchTarget) -> SearchMatch {
        let table = target == .documents ? "search_documents" : "search_claims"
        let expression = Self.expression(query)
        let window = "SELECT rowid FROM \(table) WHERE \(table) MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET \(SearchMatch.window - 1)"
        return SearchMatch(from: table, key: "\(table).rowid",
                           condition: "\(table) MATCH ? AND \(table).rowid >= coalesce((\(window)), 0)", order: "\(table).rank",
                           query: target == .claimText ? "body : (\(expression))" : expression)
    }

    func newest(_ query: SearchQuery, in target: SearchTarget) -> SearchMatch {
        let ranked = match(query, in: target)
        return SearchMatch(from: ranked.from, key: ranked.key, condition: "\(ranked.from) MATCH ?", order: "\(ranked.key) DESC",
                           query: ranked.query, windowed: false)
    }

    /// A phrase query of the document's first words finds its row (its index keeps no words to read back).
    var documentWordsChecked: Int? { Self.probeWords }
    private static let probeWords = 8

    /// `LIMIT 1` stops at the row: without it FTS5 goes on looking for the phrase's next match past the rowid,
    /// through the rest of every word's doclist, so the check grew with the square of the documents (1.6 ms a
    /// document at 10,000 documents, 0.2 ms with it).
    func documentAgrees(_ db: any SQLDatabase, id: Int64, words: SearchTokens) throws -> Bool {
        guard let probe = SearchQuery.phrase(words.words.prefix(Self.probeWords)) else {
            return try db.value("SELECT count(*) FROM search_documents WHERE rowid = ?", [id]) == 1
        }
        let found: Int? = try db.value("SELECT 1 FROM search_documents WHERE search_documents MATCH ? AND rowid = ? LIMIT 1", [Self.expression(probe), id])
        return found != nil
    }

    var claimColumns: [String] { ["s.body", "s.notes"] }

    func claimAgrees(_ db: any SQLDatabase, id: Int64, entry: ClaimSearchEntry, indexed: ArraySlice<SQLValue>) throws -> Bool {
        String.read(indexed[indexed.startIndex]) == entry.textIndex && String.read(indexed[indexed.startIndex + 1]) == entry.notesIndex
    }

    func indexTable(claims: Bool) -> (table: String, key: String) {
        (claims ? "search_claims" : "search_documents", "rowid")
    }

    /// The query in FTS5 syntax: `"common prosperity"`, `"prosper" *`, `(a AND b)`, `(a NOT b)`.
    static func expression(_ query: SearchQuery) -> String {
        switch query {
        case .term(let term): "\"" + term.words.joined(separator: " ") + "\"" + (term.prefix ? " *" : "")
        case .and(let left, let right): "(\(expression(left)) AND \(expression(right)))"
        case .or(let left, let right): "(\(expression(left)) OR \(expression(right)))"
        case .not(let kept, let excluded): "(\(expression(kept)) NOT \(expression(excluded)))"
        }
    }
}
