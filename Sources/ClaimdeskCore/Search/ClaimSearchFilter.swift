/// Which live claims a claim search may return.
///
/// ```swift
/// let filter = ClaimSearchFilter(statuses: [.refuted], documents: [], excluding: 12)
/// filter.sql.conditions   // ["c.deleted = 0", "c.status IN (?)", "c.id <> ?"]
/// ```
struct ClaimSearchFilter {
    var statuses: [VerificationStatus] = []
    var documents: [Int64] = []
    var excluding: Int64?
    /// Only claims numbered below this one (made before it).
    var below: Int64?
    var speakerID: Int64?

    /// Conditions on `claims c`, with their arguments in order.
    var sql: (conditions: [String], arguments: [(any SQLBindable)?]) {
        var conditions = ["c.deleted = 0"]
        var arguments: [(any SQLBindable)?] = []
        if !statuses.isEmpty {
            conditions.append("c.status IN (\(statuses.map { _ in "?" }.joined(separator: ", ")))")
            arguments += statuses.map { $0.rawValue }
        }
        if !documents.isEmpty {
            conditions.append("c.doc_id IN (\(documents.map { _ in "?" }.joined(separator: ", ")))")
            arguments += documents.map { $0 as (any SQLBindable)? }
        }
        if let excluding {
            conditions.append("c.id <> ?")
            arguments.append(excluding)
        }
        if let below {
            conditions.append("c.id < ?")
            arguments.append(below)
        }
        if let speakerID {
            conditions.append("c.speaker_id = ?")
            arguments.append(speakerID)
        }
        return (conditions, arguments)
    }
}
