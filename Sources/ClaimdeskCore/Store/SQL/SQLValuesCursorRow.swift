/// A ``SQLCursorRow`` over a row already read into ``SQLValue``s: what engines without an in-place reader
/// (PostgreSQL) hand to ``SQLDatabase/forEachCursorRow(_:_:_:)``.
///
/// ```swift
/// try db.forEachRow(sql, arguments) { try body(SQLValuesCursorRow(row: $0)) }
/// ```
struct SQLValuesCursorRow: SQLCursorRow {
    let row: SQLRow

    func integer(_ column: Int) -> Int64? {
        row[column]
    }

    func withUTF8<Result>(_ column: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result? {
        guard var text: String = row[column] else { return nil }
        return try text.withUTF8(body)
    }
}
