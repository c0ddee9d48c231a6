/// The SQL that differs between SQLite and PostgreSQL, in one place.
///
/// Everything else claimdesk says is written once and runs on both engines: `?` placeholders,
/// `RETURNING id`, `ON CONFLICT … DO NOTHING`, `"end"` quoted. Names of speakers, aliases and
/// sources compare without ASCII case on both (SQLite's `NOCASE`; on PostgreSQL the same ASCII-only
/// fold, `claimdesk_fold`, so both engines agree byte for byte, whatever the server's locale).
public enum SQLDialect: Sendable {
    case sqlite
    case postgres

    /// `column = ?` comparing names without ASCII case.
    func namedEquals(_ column: String) -> String {
        switch self {
        case .sqlite: "\(column) = ?"
        case .postgres: "claimdesk_fold(\(column)) = claimdesk_fold(?)"
        }
    }

    /// An ORDER BY term that sorts names without ASCII case.
    func nameOrder(_ column: String) -> String {
        switch self {
        case .sqlite: column
        case .postgres: "claimdesk_fold(\(column))"
        }
    }

    /// A text column with CRLF and CR read as LF, and a condition that it holds a CR at all.
    func lineEndsAsLF(_ column: String) -> (hasCR: String, normalized: String) {
        switch self {
        case .sqlite:
            ("instr(\(column), char(13)) > 0", "replace(replace(\(column), char(13, 10), char(10)), char(13), char(10))")
        case .postgres:
            ("strpos(\(column), chr(13)) > 0", "replace(replace(\(column), chr(13) || chr(10), chr(10)), chr(13), chr(10))")
        }
    }

    /// The engine's full-text search: FTS5 on SQLite, tsvector on PostgreSQL.
    var search: any SearchBackend {
        switch self {
        case .sqlite: SQLiteSearch()
        case .postgres: PostgresSearch()
        }
    }

    /// `claims c` read along its (doc_id, start, id) index, for a seek to the next claim in document order
    /// (SQLite would otherwise pick the status index and sort; PostgreSQL's planner takes the index itself).
    var claimsInPositionOrder: String {
        switch self {
        case .sqlite: "claims c INDEXED BY claims_by_position"
        case .postgres: "claims c"
        }
    }

    /// What refreshes the planner's statistics after a bulk write, if anything: PostgreSQL plans the next
    /// export of freshly imported rows badly (seq scans, 8× slower) until ANALYZE has run; SQLite keeps none.
    var afterBulkWrite: String? {
        switch self {
        case .sqlite: nil
        case .postgres: "ANALYZE claims, claim_sources, claim_tags, evidence, events, speakers, speaker_aliases, sources"
        }
    }

    /// What turns CHECK constraints off for a bulk write whose values claimdesk has checked itself, and on again:
    /// SQLite runs a CHECK with an `IN` list of more than two values by building a temporary table each row
    /// (four per claim: status, attribution, review state, anchor), a fifth of an import's time; PostgreSQL
    /// checks them cheaply. Changing the flag recompiles SQLite's cached statements, so no statement keeps it.
    var checkConstraintsSwitch: (off: String, on: String)? {
        switch self {
        case .sqlite: ("PRAGMA ignore_check_constraints = ON", "PRAGMA ignore_check_constraints = OFF")
        case .postgres: nil
        }
    }

    /// What gives a bulk write a larger page cache, and SQLite's default (2 MB) back: 8 MiB, the most the 64 MB goal
    /// leaves an import of a million claims; index pages that stay cached are not written out and read back mid-transaction.
    /// PostgreSQL's shared buffers are the server's.
    var bulkPageCache: (bulk: String, usual: String)? {
        switch self {
        case .sqlite: ("PRAGMA cache_size = -8192", "PRAGMA cache_size = -2000")
        case .postgres: nil
        }
    }

    /// What moves a table's id counter past ids inserted by hand (PostgreSQL's identity sequence), if anything.
    func afterExplicitIDs(table: String) -> String? {
        switch self {
        case .sqlite: nil
        case .postgres: "SELECT setval(pg_get_serial_sequence('\(table)', 'id'), (SELECT coalesce(max(id), 0) + 1 FROM \(table)), false)"
        }
    }
}
