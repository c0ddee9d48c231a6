/// Peak resident memory of one read, claimdesk beside the sqlite3 shell.
struct MemoryRow {
    let operation: String
    /// Records the operation wrote or printed.
    let records: Int
    let claimdeskKiB: Int
    let sqliteKiB: Int
}
