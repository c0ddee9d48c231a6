/// One timed operation: claimdesk's seconds beside the sqlite3 shell's for the same work.
struct BenchRow {
    let operation: String
    let claimdesk: Double
    let sqlite: Double

    /// claimdesk's time over the shell's.
    var ratio: Double { claimdesk / max(sqlite, 0.0005) }
}
