import GRDB
import GRDBSQLite

/// ``SQLDatabase`` over a GRDB connection: statements compiled once per connection (GRDB's
/// statement cache) and run through SQLite's C API, binding and reading values directly.
///
/// Each row costs one array of values and a string per text column, nothing else; this is the
/// hot path of exports, `verify` and bulk imports. See <https://www.sqlite.org/c3ref/stmt.html>.
final class SQLiteDatabase: SQLDatabase {
    let db: Database
    var dialect: SQLDialect { .sqlite }
    /// This transaction's statements by their SQL (with their column names once read): looked up by a key that hashes a few
    /// bytes of the SQL (``SQLText``), where GRDB's cache hashes all of it on every run; a bulk import runs eight a claim.
    private var statements: [SQLText: CachedStatement] = [:]

    init(_ db: Database) {
        self.db = db
    }

    func execute(_ sql: String, _ arguments: [(any SQLBindable)?]) throws {
        let statement = try prepared(sql, arguments).statement.sqliteStatement
        defer { sqlite3_reset(statement) }
        while try step(statement, sql) {}
    }

    /// The new row's `id` is its rowid (every table claimdesk inserts into this way has `id INTEGER PRIMARY KEY`).
    func insert(_ sql: String, _ arguments: [(any SQLBindable)?]) throws -> Int64 {
        try execute(sql, arguments)
        guard sqlite3_changes(db.sqliteConnection) == 1 else { preconditionFailure("INSERT stored no row: \(sql)") }
        return sqlite3_last_insert_rowid(db.sqliteConnection)
    }

    func forEachRow(_ sql: String, _ arguments: [(any SQLBindable)?], _ body: (SQLRow) throws -> Void) throws {
        let cached = try prepared(sql, arguments)
        let statement = cached.statement.sqliteStatement
        defer { sqlite3_reset(statement) }
        let columns = cached.columns ?? Self.columnNames(statement)
        cached.columns = columns
        let count = Int(sqlite3_column_count(statement))
        while try step(statement, sql) {
            try body(SQLRow(values: Self.values(statement, count: count), columns: columns))
        }
    }

    func forEachCursorRow(_ sql: String, _ arguments: [(any SQLBindable)?], _ body: (any SQLCursorRow) throws -> Void) throws {
        let statement = try prepared(sql, arguments).statement.sqliteStatement
        defer { sqlite3_reset(statement) }
        let row = SQLiteCursorRow(statement: statement)
        while try step(statement, sql) { try body(row) }
    }

    func rows(_ sql: String, _ arguments: [(any SQLBindable)?]) throws -> [SQLRow] {
        var rows: [SQLRow] = []
        try forEachRow(sql, arguments) { rows.append($0) }
        return rows
    }

    /// `PRAGMA integrity_check` (`full`), or `PRAGMA quick_check` with the CHECK constraints left to
    /// ``SQLiteCheckConstraints`` (the same checks, each constraint's value list built once): nil when all is well.
    func integrityProblem(full: Bool) throws -> String? {
        func problem(_ pragma: String) throws -> String? {
            let result: String? = try value(pragma)
            return result == "ok" ? nil : result
        }
        guard !full else { return try problem("PRAGMA integrity_check") }
        try execute("PRAGMA ignore_check_constraints = ON")
        defer { try? execute("PRAGMA ignore_check_constraints = OFF") }
        return try problem("PRAGMA quick_check") ?? SQLiteCheckConstraints.problem(self)
    }

    /// The cached statement for `sql`, reset, with `arguments` bound (every placeholder is bound each time, so
    /// nothing of the last run's values is left to clear). The arguments are read in place, not copied out one by one.
    private func prepared(_ sql: String, _ arguments: [(any SQLBindable)?]) throws -> CachedStatement {
        let cached = try cachedStatement(sql)
        let statement = cached.statement.sqliteStatement
        sqlite3_reset(statement)
        let expected = Int(sqlite3_bind_parameter_count(statement))
        guard expected == arguments.count else {
            throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "\(arguments.count) values for \(expected) placeholders", sql: sql)
        }
        try arguments.withUnsafeBufferPointer { arguments in
            for index in arguments.indices {
                let code = Self.bind(arguments[index]?.sqlValue ?? .null, to: statement, at: Int32(index + 1))
                guard code == SQLITE_OK else { throw error(code, sql) }
            }
        }
        return cached
    }

    /// The statement for `sql`: this transaction's, else GRDB's cached one (compiled once per connection).
    private func cachedStatement(_ sql: String) throws -> CachedStatement {
        let key = SQLText(sql)
        if let cached = statements[key] { return cached }
        let cached = CachedStatement(try db.cachedStatement(sql: sql))
        if statements.count < 512 { statements[key] = cached }
        return cached
    }

    /// Column names, keyed once per call (statements are cached, so this is cheap next to the rows).
    private static func columnNames(_ statement: OpaquePointer) -> SQLColumns {
        SQLColumns((0..<sqlite3_column_count(statement)).map { String(cString: sqlite3_column_name(statement, $0)) })
    }

    /// One step: true when a row is ready, false when done.
    private func step(_ statement: OpaquePointer, _ sql: String) throws -> Bool {
        switch sqlite3_step(statement) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code: throw error(code, sql)
        }
    }

    private func error(_ code: Int32, _ sql: String) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: sql)
    }

    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private static func bind(_ value: SQLValue, to statement: OpaquePointer, at index: Int32) -> Int32 {
        switch value {
        case .null: return sqlite3_bind_null(statement, index)
        case .integer(let integer): return sqlite3_bind_int64(statement, index, integer)
        case .real(let real): return sqlite3_bind_double(statement, index, real)
        case .text(var text):
            return text.withUTF8 { bytes in
                bytes.isEmpty ? sqlite3_bind_text(statement, index, "", 0, transient)
                    : sqlite3_bind_text(statement, index, bytes.baseAddress, Int32(bytes.count), transient)
            }
        }
    }

    /// The current row's values, read straight from the statement.
    private static func values(_ statement: OpaquePointer, count: Int) -> [SQLValue] {
        [SQLValue](unsafeUninitializedCapacity: count) { buffer, initialized in
            for column in 0..<count {
                (buffer.baseAddress! + column).initialize(to: value(statement, Int32(column)))
            }
            initialized = count
        }
    }

    private static func value(_ statement: OpaquePointer, _ column: Int32) -> SQLValue {
        switch sqlite3_column_type(statement, column) {
        case SQLITE_NULL: return .null
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(statement, column))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(statement, column))
        case SQLITE_BLOB:
            let bytes = sqlite3_column_blob(statement, column)
            let count = Int(sqlite3_column_bytes(statement, column))
            guard let bytes, count > 0 else { return .text("") }
            return .text(String(decoding: UnsafeRawBufferPointer(start: bytes, count: count), as: UTF8.self))
        default:
            let bytes = sqlite3_column_text(statement, column)
            let count = Int(sqlite3_column_bytes(statement, column))
            guard let bytes, count > 0 else { return .text("") }
            return .text(String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self))
        }
    }

    /// A statement of the cache, with its column names once a query read them.
    private final class CachedStatement {
        let statement: Statement
        var columns: SQLColumns?

        init(_ statement: Statement) {
            self.statement = statement
        }
    }
}
