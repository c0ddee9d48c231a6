import GRDB

/// ``SQLDatabase`` over a GRDB connection: statements compiled once per connection and reused.
///
/// See <https://www.sqlite.org/c3ref/prepare.html>.
final class SQLiteDatabase: SQLDatabase {
    let db: Database
    var dialect: SQLDialect { .sqlite }

    init(_ db: Database) {
        self.db = db
    }

    func execute(_ sql: String, _ arguments: [(any SQLBindable)?]) throws {
        try db.cachedStatement(sql: sql).execute(arguments: Self.arguments(bound(arguments)))
    }

    func forEachRow(_ sql: String, _ arguments: [(any SQLBindable)?], _ body: (SQLRow) throws -> Void) throws {
        let statement = try db.cachedStatement(sql: sql)
        let columns = SQLColumns(statement.columnNames)
        let cursor = try Row.fetchCursor(statement, arguments: Self.arguments(bound(arguments)))
        while let row = try cursor.next() {
            try body(SQLRow(values: row.databaseValues.map(Self.value), columns: columns))
        }
    }

    func rows(_ sql: String, _ arguments: [(any SQLBindable)?]) throws -> [SQLRow] {
        var rows: [SQLRow] = []
        try forEachRow(sql, arguments) { rows.append($0) }
        return rows
    }

    /// `PRAGMA integrity_check`: nil when it says ok.
    func integrityProblem() throws -> String? {
        let result: String? = try value("PRAGMA integrity_check")
        return result == "ok" ? nil : result
    }

    private static func arguments(_ values: [SQLValue]) -> StatementArguments {
        StatementArguments(values.map { value -> DatabaseValue in
            switch value {
            case .null: .null
            case .integer(let integer): integer.databaseValue
            case .real(let real): real.databaseValue
            case .text(let text): text.databaseValue
            }
        })
    }

    private static func value(_ value: DatabaseValue) -> SQLValue {
        switch value.storage {
        case .null: .null
        case .int64(let integer): .integer(integer)
        case .double(let real): .real(real)
        case .string(let text): .text(text)
        case .blob(let data): .text(String(decoding: data, as: UTF8.self))
        }
    }
}
