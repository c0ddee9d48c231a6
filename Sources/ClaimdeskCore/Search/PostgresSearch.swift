/// Full-text search on PostgreSQL: `tsvector` columns built from the folded words, GIN indexes, `ts_rank`.
///
/// The vectors are written as literals (`'common':1 'prosperity':2`), never through a text search
/// configuration, so they hold exactly the words ``SearchTokens`` found, as on SQLite; no extension is
/// needed. `search_claims.body` holds a claim's words, `whole` its words then (after a gap, so no
/// phrase spans both) those of its rationale and evidence notes.
/// See <https://www.postgresql.org/docs/15/datatype-textsearch.html>.
struct PostgresSearch: SearchBackend {
    func addDocument(_ db: any SQLDatabase, id: Int64, words: SearchTokens) throws {
        try db.execute("INSERT INTO search_documents (doc_id, terms) VALUES (?, CAST(? AS tsvector))", [id, Self.vector(words.words)])
    }

    func setClaim(_ db: any SQLDatabase, id: Int64, entry: ClaimSearchEntry?) throws {
        guard let entry else {
            try db.execute("DELETE FROM search_claims WHERE claim_id = ?", [id])
            return
        }
        let (body, whole) = Self.vectors(entry)
        try db.execute("""
            INSERT INTO search_claims (claim_id, body, whole) VALUES (?, CAST(? AS tsvector), CAST(? AS tsvector))
            ON CONFLICT (claim_id) DO UPDATE SET body = excluded.body, whole = excluded.whole
            """, [id, body, whole])
    }

    /// The same upsert as ``setClaim(_:id:entry:)``: PostgreSQL has no delete to save.
    func addClaim(_ db: any SQLDatabase, id: Int64, entry: ClaimSearchEntry) throws {
        try setClaim(db, id: id, entry: entry)
    }

    func clear(_ db: any SQLDatabase) throws {
        try db.execute("DELETE FROM search_documents")
        try db.execute("DELETE FROM search_claims")
    }

    func match(_ query: SearchQuery, in target: SearchTarget) -> SearchMatch {
        let (table, key, column) = switch target {
        case .documents: ("search_documents", "doc_id", "terms")
        case .claims: ("search_claims", "claim_id", "whole")
        case .claimText: ("search_claims", "claim_id", "body")
        }
        let window = "SELECT \(key) FROM \(table) WHERE \(column) @@ CAST(? AS tsquery) ORDER BY \(key) DESC OFFSET \(SearchMatch.window - 1) LIMIT 1"
        return SearchMatch(from: "(SELECT CAST(? AS tsquery) AS q) query JOIN \(table) s ON s.\(column) @@ query.q",
                           key: "s.\(key)", condition: "s.\(key) >= coalesce((\(window)), 0)", order: "ts_rank(s.\(column), query.q) DESC",
                           query: Self.expression(query))
    }

    func newest(_ query: SearchQuery, in target: SearchTarget) -> SearchMatch {
        let ranked = match(query, in: target)
        return SearchMatch(from: ranked.from, key: ranked.key, condition: "TRUE", order: "\(ranked.key) DESC", query: ranked.query, windowed: false)
    }

    var documentWordsChecked: Int? { nil }

    func documentAgrees(_ db: any SQLDatabase, id: Int64, words: SearchTokens) throws -> Bool {
        try db.value("SELECT terms = CAST(? AS tsvector) FROM search_documents WHERE doc_id = ?", [Self.vector(words.words), id]) ?? false
    }

    var claimColumns: [String] { [] }

    func claimAgrees(_ db: any SQLDatabase, id: Int64, entry: ClaimSearchEntry, indexed: ArraySlice<SQLValue>) throws -> Bool {
        let (body, whole) = Self.vectors(entry)
        return try db.value("SELECT body = CAST(? AS tsvector) AND whole = CAST(? AS tsvector) FROM search_claims WHERE claim_id = ?",
                            [body, whole, id]) ?? false
    }

    func indexTable(claims: Bool) -> (table: String, key: String) {
        claims ? ("search_claims", "claim_id") : ("search_documents", "doc_id")
    }

    /// The query in tsquery syntax: `'common' <-> 'prosperity'`, `'prosper':*`, `(a & b)`, `(a & !b)`.
    static func expression(_ query: SearchQuery) -> String {
        switch query {
        case .term(let term): term.words.map { "'\($0)'" }.joined(separator: " <-> ") + (term.prefix ? ":*" : "")
        case .and(let left, let right): "(\(expression(left)) & \(expression(right)))"
        case .or(let left, let right): "(\(expression(left)) | \(expression(right)))"
        case .not(let kept, let excluded): "(\(expression(kept)) & !\(expression(excluded)))"
        }
    }

    private static func vectors(_ entry: ClaimSearchEntry) -> (body: String, whole: String) {
        let words = entry.text.words
        return (vector(words), vector(words + [""] + entry.notes.words))
    }

    /// A tsvector literal: each word with its positions (from 1; PostgreSQL keeps at most 256 per word, up to 16383).
    static func vector(_ words: [String]) -> String {
        var positions: [String: [Int]] = [:]
        var order: [String] = []
        for (index, word) in words.enumerated() where !word.isEmpty {
            if positions[word] == nil { order.append(word) }
            if positions[word, default: []].count < 256 { positions[word, default: []].append(min(index + 1, 16383)) }
        }
        return order.map { word in "'\(word)':" + positions[word]!.map(String.init).joined(separator: ",") }.joined(separator: " ")
    }
}
