/// SQL literals for the reference scripts the sqlite3 shell runs.
enum SQL {
    /// `'text'` with quotes doubled, or `NULL`.
    static func literal(_ text: String?) -> String {
        guard let text else { return "NULL" }
        return "'" + (text.contains("'") ? text.replacingOccurrences(of: "'", with: "''") : text) + "'"
    }

    /// The current UTC time as claimdesk writes it (`2026-01-31T12:00:00.000Z`).
    static let now = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"

    /// The id of the speaker named or aliased `name`, as claimdesk resolves it.
    static func speakerID(_ name: String) -> String {
        "(SELECT id FROM speakers WHERE name = \(literal(name)) UNION ALL SELECT speaker_id FROM speaker_aliases WHERE alias = \(literal(name)) LIMIT 1)"
    }

    /// The batch of a new event: the id it is about to get, as claimdesk numbers a change's first event.
    static let nextEventID = "(SELECT coalesce(max(id), 0) + 1 FROM events)"

    /// The newest claim, just inserted by the script.
    static let lastClaimID = "(SELECT max(id) FROM claims)"
}
