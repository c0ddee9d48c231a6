/// What one engine's full-text search does: keep the index rows and turn a query into SQL.
///
/// Both engines index the same folded words (``SearchTokens``); only the index's shape and the
/// query syntax differ: SQLite FTS5 tables with bm25 ranking, PostgreSQL `tsvector` columns with
/// GIN indexes and `ts_rank`. ``SQLDialect/search`` hands out the one for a connection.
///
/// ```swift
/// let match = db.dialect.search.match(query, in: .documents)
/// let ids: [Int64] = try db.values("SELECT \(match.key) FROM \(match.from) WHERE \(match.condition) ORDER BY \(match.order)", match.arguments)
/// ```
protocol SearchBackend: Sendable {
    /// Indexes a new document.
    func addDocument(_ db: any SQLDatabase, id: Int64, words: SearchTokens) throws
    /// Replaces a claim's index row, or removes it (nil: the claim is deleted).
    func setClaim(_ db: any SQLDatabase, id: Int64, entry: ClaimSearchEntry?) throws
    /// Indexes a claim just stored, which has no index row yet (no row to replace).
    func addClaim(_ db: any SQLDatabase, id: Int64, entry: ClaimSearchEntry) throws
    /// Empties both indexes (before a rebuild).
    func clear(_ db: any SQLDatabase) throws
    /// The SQL pieces that find rows matching `query`, best first.
    func match(_ query: SearchQuery, in target: SearchTarget) -> SearchMatch
    /// The SQL pieces that find rows matching `query`, newest first, unranked: what `similar` gathers candidates with
    /// (it scores them itself) and `search --claims` takes its window of claims with (``ClaimRanking`` ranks them),
    /// at the cost of an index walk from the newest match instead of ranking a window of them.
    func newest(_ query: SearchQuery, in target: SearchTarget) -> SearchMatch
    /// How many of a document's first words ``documentAgrees(_:id:words:)`` compares (nil: all of them).
    var documentWordsChecked: Int? { get }
    /// Whether a document's index row holds exactly its words (its first ``documentWordsChecked``).
    func documentAgrees(_ db: any SQLDatabase, id: Int64, words: SearchTokens) throws -> Bool
    /// The columns of a claim's index row (alias `s`, joined by ``indexTable(claims:)``) that ``claimAgrees(_:id:entry:indexed:)``
    /// compares; empty when it asks the database itself.
    var claimColumns: [String] { get }
    /// Whether a claim's index row holds exactly `entry`; `indexed` holds its ``claimColumns``, in order.
    func claimAgrees(_ db: any SQLDatabase, id: Int64, entry: ClaimSearchEntry, indexed: ArraySlice<SQLValue>) throws -> Bool
    /// The index table of documents (or of claims) and its column holding their ids, for joins against the stored rows.
    func indexTable(claims: Bool) -> (table: String, key: String)
}

/// What a search looks in.
enum SearchTarget {
    /// Document texts.
    case documents
    /// Claims' text, rationale and evidence notes.
    case claims
    /// Claims' text only (for `similar`).
    case claimText
}

/// SQL pieces of a ranked match: `SELECT … FROM from WHERE condition ORDER BY order`, ``arguments`` bound first.
///
/// Ranking reads every row it ranks, so a query matching more than ``window`` rows ranks the newest
/// ``window`` of them (highest ids; found in id order, which costs little) and leaves older ones out.
struct SearchMatch {
    /// How many matches, newest first, a query ranks at most.
    static let window = 2000

    /// Tables to select from (the index, and what the ranking needs).
    let from: String
    /// The index column that holds the document's or claim's id.
    let key: String
    let condition: String
    let order: String
    /// The query in the engine's syntax.
    let query: String
    /// Whether the condition keeps to the ``window`` (ranked matches); unranked ones need no window.
    var windowed = true

    /// The statement's first arguments: the query, once for `from` or `condition` and once for the window (if any).
    var arguments: [(any SQLBindable)?] { windowed ? [query, query] : [query] }
}
