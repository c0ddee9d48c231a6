/// The current row of a statement, read in place: integers as they are, texts as UTF-8 bytes valid only while
/// the closure runs. What ``SQLDatabase/forEachCursorRow(_:_:_:)`` hands listings that write a million rows as
/// bytes, with no array of values and no `String` per text column (see ``SQLRow`` for everything else).
///
/// ```swift
/// try db.forEachCursorRow("SELECT id, text FROM claims", []) { row in
///     let id = row.integer(0) ?? 0
///     row.withUTF8(1) { text in output.append(contentsOf: text) }
/// }
/// ```
public protocol SQLCursorRow {
    /// The column as an integer; nil when it is NULL.
    func integer(_ column: Int) -> Int64?

    /// Calls `body` with the column's text as valid UTF-8 (a malformed sequence replaced by U+FFFD, as ``SQLRow`` does);
    /// nil without calling it when the column is NULL.
    func withUTF8<Result>(_ column: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result?

    /// Calls `body` with the column's text as stored, not checked to be UTF-8 (nil when NULL): for readers that
    /// check only the part they use, such as the listing's first 60 characters of a claim's text.
    func withStoredBytes<Result>(_ column: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result?
}

extension SQLCursorRow {
    /// Rows whose texts are already `String`s have nothing unchecked to hand over.
    func withStoredBytes<Result>(_ column: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result? {
        try withUTF8(column, body)
    }
}

extension SQLCursorRow {
    /// The column as text; nil when it is NULL.
    func string(_ column: Int) -> String? {
        withUTF8(column) { String(decoding: $0, as: UTF8.self) }
    }
}
