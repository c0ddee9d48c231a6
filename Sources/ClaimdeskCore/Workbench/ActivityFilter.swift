
/// Which events `log` shows.
public struct ActivityFilter: Sendable {
    /// Events at or after this UTC date or time (`2021-09-30` or `2021-09-30T12:00`).
    public var since: String?
    public var reviewer: String?
    public var limit: Int?

    public init(since: String? = nil, reviewer: String? = nil, limit: Int? = nil) {
        self.since = since
        self.reviewer = reviewer
        self.limit = limit
    }
}

extension Workbench {
    /// Project-wide events, oldest first (the newest `limit` when given), without the events of claims
    /// the reviewer does not see (another annotator's layer of a document they annotate blind).
    public func activity(_ filter: ActivityFilter) throws(ClaimdeskError) -> [ClaimEvent] {
        try store.read { db in
            var conditions = ["1 = 1"]
            var arguments: [(any SQLBindable)?] = []
            if let since = filter.since { conditions.append("at >= ?"); arguments.append(since) }
            if let reviewer = filter.reviewer { conditions.append("reviewer = ?"); arguments.append(reviewer) }
            if try AssignmentRows.any(db) {
                let visible = AssignmentRows.visible(to: reviewer)
                conditions.append("(claim_id IS NULL OR claim_id IN (SELECT c.id FROM claims c WHERE \(visible.condition)))")
                arguments += visible.arguments
            }
            let limit = filter.limit.map { " LIMIT \($0)" } ?? ""
            return try EventRows.fetch(db, """
                SELECT * FROM (SELECT * FROM events WHERE \(conditions.joined(separator: " AND ")) ORDER BY id DESC\(limit)) AS recent ORDER BY id
                """, arguments)
        }
    }
}
