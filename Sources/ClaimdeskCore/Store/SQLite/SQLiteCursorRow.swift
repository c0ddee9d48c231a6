import GRDBSQLite

/// A ``SQLCursorRow`` reading the current row of an SQLite statement in place (`sqlite3_column_int64`,
/// `sqlite3_column_text`): texts are checked to be valid UTF-8 and handed over as SQLite holds them
/// (``withStoredBytes(_:_:)`` leaves the check to its caller).
///
/// ```swift
/// while sqlite3_step(statement) == SQLITE_ROW { try body(SQLiteCursorRow(statement: statement)) }
/// ```
struct SQLiteCursorRow: SQLCursorRow {
    let statement: OpaquePointer

    func integer(_ column: Int) -> Int64? {
        let column = Int32(column)
        return sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : sqlite3_column_int64(statement, column)
    }

    func withUTF8<Result>(_ column: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result? {
        try withStoredBytes(column) { bytes in
            guard UTF8Validation.isValid(bytes) else {
                var repaired = String(decoding: bytes, as: UTF8.self)
                return try repaired.withUTF8(body)
            }
            return try body(bytes)
        }
    }

    func withStoredBytes<Result>(_ column: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result? {
        let column = Int32(column)
        guard sqlite3_column_type(statement, column) != SQLITE_NULL else { return nil }
        let start = sqlite3_column_text(statement, column)
        return try body(UnsafeBufferPointer(start: start, count: start == nil ? 0 : Int(sqlite3_column_bytes(statement, column))))
    }
}
