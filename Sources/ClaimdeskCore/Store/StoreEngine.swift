/// Where a project's rows live: SQLite in a folder, or a PostgreSQL database.
///
/// Each engine gives ``SQLDatabase`` connections inside transactions, and translates its own
/// errors into ``ClaimdeskError`` messages that say what to do.
protocol StoreEngine: AnyObject, Sendable {
    var isReadOnly: Bool { get }

    /// Runs `body` in a consistent snapshot.
    func read<T>(_ body: (any SQLDatabase) throws -> T) throws(ClaimdeskError) -> T

    /// Runs `body` in one transaction that no other writer interleaves with: all of it is stored, or nothing.
    func write<T>(_ body: (any SQLDatabase) throws -> T) throws(ClaimdeskError) -> T

    /// Leaves the stored project self-contained (SQLite: the WAL folded into the file).
    func checkpoint() throws(ClaimdeskError)
}
