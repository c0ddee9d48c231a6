/// Migrations whose SQL both engines speak word for word; ``SQLiteSchema`` and ``PostgresSchema`` list them
/// at their version numbers beside their own.
///
/// ```swift
/// static let migrations = [version1, …, SharedMigrations.liveClaimsByStatus, SharedMigrations.liveClaimsByAttribution]
/// ```
enum SharedMigrations {
    /// Version 8: claims by status, then whether deleted and layer, in document order: `queue` counts the live
    /// main-layer claims of a status from the index alone (no table row read per claim), and the `claims --status`
    /// listing reads them already sorted. It replaces `claims_by_status`, which is its first column.
    static let liveClaimsByStatus = """
        CREATE INDEX IF NOT EXISTS claims_live_by_status ON claims(status, deleted, layer, doc_id, start, id);
        DROP INDEX IF EXISTS claims_by_status;
        """

    /// Version 9: claims by attribution status, as version 8 orders them by status: the REPL prompt counts the
    /// misquoted and misattributed claims after every command, which read every claim row (a second at a million
    /// claims) without it; `queue --attribution` and `claims --attribution S` read them in document order.
    static let liveClaimsByAttribution = """
        CREATE INDEX IF NOT EXISTS claims_live_by_attribution ON claims(attribution_status, deleted, layer, doc_id, start, id);
        """
}
