/// One row of a result: values by position or by column name.
///
/// ```swift
/// let row = try db.row("SELECT id, name FROM speakers WHERE id = ?", [3])!
/// let id: Int64 = row[0]
/// let name: String = row["name"]
/// ```
public struct SQLRow: Sendable {
    public let values: [SQLValue]
    let columns: SQLColumns

    init(values: [SQLValue], columns: SQLColumns) {
        self.values = values
        self.columns = columns
    }

    public subscript<T: SQLReadable>(_ index: Int) -> T {
        guard let value = T.read(values[index]) else {
            preconditionFailure("column \(columns.names[index]) holds \(values[index]), not \(T.self)")
        }
        return value
    }

    public subscript<T: SQLReadable>(_ index: Int) -> T? {
        T.read(values[index])
    }

    public subscript<T: SQLReadable>(_ name: String) -> T {
        self[columns.index(of: name)]
    }

    public subscript<T: SQLReadable>(_ name: String) -> T? {
        self[columns.index(of: name)]
    }
}

/// The column names of a statement, shared by all its rows.
final class SQLColumns: Sendable {
    let names: [String]
    private let positions: [String: Int]

    init(_ names: [String]) {
        self.names = names
        var positions: [String: Int] = [:]
        for (index, name) in names.enumerated() where positions[name] == nil { positions[name] = index }
        self.positions = positions
    }

    func index(of name: String) -> Int {
        guard let index = positions[name] else { preconditionFailure("no column \(name) in \(names)") }
        return index
    }
}
