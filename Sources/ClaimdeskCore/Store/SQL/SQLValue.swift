/// A value bound to a statement or read from a row, the same on every engine.
///
/// ```swift
/// let count: Int? = try db.value("SELECT count(*) FROM claims WHERE status = ?", ["refuted"])
/// ```
public enum SQLValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
}

/// A Swift value that can be bound to a `?` placeholder.
public protocol SQLBindable {
    var sqlValue: SQLValue { get }
}

/// A Swift value that can be read from a column.
///
/// Reading NULL or a value of another kind into a non-optional type is a programming error
/// (the schema says what each column holds), as with GRDB's row subscripts.
public protocol SQLReadable {
    static func read(_ value: SQLValue) -> Self?
}

extension Int64: SQLBindable, SQLReadable {
    public var sqlValue: SQLValue { .integer(self) }
    public static func read(_ value: SQLValue) -> Int64? {
        switch value {
        case .integer(let integer): integer
        case .real(let real): Int64(exactly: real)
        case .text(let text): Int64(text)
        case .null: nil
        }
    }
}

extension Int: SQLBindable, SQLReadable {
    public var sqlValue: SQLValue { .integer(Int64(self)) }
    public static func read(_ value: SQLValue) -> Int? { Int64.read(value).map(Int.init) }
}

extension Bool: SQLBindable, SQLReadable {
    public var sqlValue: SQLValue { .integer(self ? 1 : 0) }
    public static func read(_ value: SQLValue) -> Bool? { Int64.read(value).map { $0 != 0 } }
}

extension Double: SQLBindable, SQLReadable {
    public var sqlValue: SQLValue { .real(self) }
    public static func read(_ value: SQLValue) -> Double? {
        switch value {
        case .integer(let integer): Double(integer)
        case .real(let real): real
        case .text(let text): Double(text)
        case .null: nil
        }
    }
}

extension String: SQLBindable, SQLReadable {
    public var sqlValue: SQLValue { .text(self) }
    public static func read(_ value: SQLValue) -> String? {
        switch value {
        case .text(let text): text
        case .integer(let integer): String(integer)
        case .real(let real): String(real)
        case .null: nil
        }
    }
}

extension SQLValue: SQLBindable {
    public var sqlValue: SQLValue { self }
}
