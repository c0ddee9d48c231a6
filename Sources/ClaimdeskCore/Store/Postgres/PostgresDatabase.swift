/// ``SQLDatabase`` over a libpq connection inside one of ``PostgresEngine``'s transactions.
final class PostgresDatabase: SQLDatabase {
    let connection: PostgresConnection
    var dialect: SQLDialect { .postgres }

    init(_ connection: PostgresConnection) {
        self.connection = connection
    }

    func execute(_ sql: String, _ arguments: [(any SQLBindable)?]) throws {
        _ = try connection.query(sql, bound(arguments))
    }

    func forEachRow(_ sql: String, _ arguments: [(any SQLBindable)?], _ body: (SQLRow) throws -> Void) throws {
        try connection.forEachRow(sql, bound(arguments), body)
    }

    func rows(_ sql: String, _ arguments: [(any SQLBindable)?]) throws -> [SQLRow] {
        try connection.query(sql, bound(arguments))
    }

    /// The server checks its own pages and constraints; claimdesk's check is `verify`'s replay.
    func integrityProblem(full: Bool) throws -> String? { nil }

    /// Runs statements without parameters (the schema's DDL).
    func runScript(_ script: String) throws {
        try connection.run(script)
    }
}
