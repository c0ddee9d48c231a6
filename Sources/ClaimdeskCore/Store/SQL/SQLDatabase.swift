/// A connection inside one transaction, on either engine: the only way claimdesk reaches SQL.
///
/// Statements use `?` placeholders; every value reaches the engine as a bound parameter.
/// The connection is valid only inside the `read` or `write` closure that hands it out.
///
/// ```swift
/// try store.write { db in
///     let id = try db.insert("INSERT INTO sources (name) VALUES (?)", ["Xinhua"])
///     try db.execute("UPDATE sources SET kind = ? WHERE id = ?", ["agency", id])
/// }
/// ```
public protocol SQLDatabase: AnyObject {
    /// What differs between the engines, as SQL fragments.
    var dialect: SQLDialect { get }

    /// Runs a statement that returns no rows.
    func execute(_ sql: String, _ arguments: [(any SQLBindable)?]) throws

    /// Streams the rows of a query; `body` may run other statements meanwhile.
    func forEachRow(_ sql: String, _ arguments: [(any SQLBindable)?], _ body: (SQLRow) throws -> Void) throws

    /// Streams the rows of a query read in place (``SQLCursorRow``), for listings that write every row as bytes;
    /// `body` must not run other statements meanwhile.
    func forEachCursorRow(_ sql: String, _ arguments: [(any SQLBindable)?], _ body: (any SQLCursorRow) throws -> Void) throws

    /// All rows of a query (for results known to be small).
    func rows(_ sql: String, _ arguments: [(any SQLBindable)?]) throws -> [SQLRow]

    /// Runs an INSERT of one row into a table keyed by `id` and returns the new row's `id`.
    func insert(_ sql: String, _ arguments: [(any SQLBindable)?]) throws -> Int64

    /// What the engine's own consistency check found wrong, or nil. On SQLite `full` runs `PRAGMA integrity_check`,
    /// otherwise `PRAGMA quick_check`: every page, table and index b-tree, NOT NULL and CHECK constraints, but not
    /// whether each index holds exactly its table's rows nor UNIQUE constraints (O(N) instead of O(N log N)).
    func integrityProblem(full: Bool) throws -> String?
}

extension SQLDatabase {
    public func execute(_ sql: String) throws { try execute(sql, []) }

    public func rows(_ sql: String) throws -> [SQLRow] { try rows(sql, []) }

    /// Engines without an in-place reader hand over each ``SQLRow``.
    public func forEachCursorRow(_ sql: String, _ arguments: [(any SQLBindable)?], _ body: (any SQLCursorRow) throws -> Void) throws {
        try forEachRow(sql, arguments) { try body(SQLValuesCursorRow(row: $0)) }
    }

    /// The first row, if any.
    public func row(_ sql: String, _ arguments: [(any SQLBindable)?] = []) throws -> SQLRow? {
        try rows(sql, arguments).first
    }

    /// The first column of the first row; nil when there is no row or the value is NULL.
    public func value<T: SQLReadable>(_ sql: String, _ arguments: [(any SQLBindable)?] = []) throws -> T? {
        guard let row = try row(sql, arguments) else { return nil }
        return row[0]
    }

    /// The first column of every row (NULLs left out).
    public func values<T: SQLReadable>(_ sql: String, _ arguments: [(any SQLBindable)?] = []) throws -> [T] {
        try rows(sql, arguments).compactMap { $0[0] }
    }

    /// Runs an INSERT and returns the new row's `id` (`RETURNING id`, which both engines speak; SQLite
    /// asks for the last rowid instead, as a `RETURNING` statement builds a temporary table each time).
    public func insert(_ sql: String, _ arguments: [(any SQLBindable)?]) throws -> Int64 {
        guard let id: Int64 = try value(sql + " RETURNING id", arguments) else {
            preconditionFailure("INSERT … RETURNING id returned no id: \(sql)")
        }
        return id
    }

    /// The values of `arguments` as the engine binds them.
    func bound(_ arguments: [(any SQLBindable)?]) -> [SQLValue] {
        arguments.map { $0?.sqlValue ?? .null }
    }
}
