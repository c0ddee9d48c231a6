import CLibPQ
import Foundation

/// One libpq connection: statements with bound parameters, prepared once per connection.
///
/// Synchronous like the rest of claimdesk; libpq reads `~/.pgpass`, `PGPASSWORD`, `sslmode`
/// and service files itself. A connection that broke is reset before the next transaction.
/// See <https://www.postgresql.org/docs/15/libpq-exec.html>.
final class PostgresConnection {
    private var connection: OpaquePointer
    private let url: PostgresURL
    private var prepared: [String: String] = [:]
    private var cursors = 0

    init(_ url: PostgresURL) throws(ClaimdeskError) {
        self.url = url
        guard let connection = PQconnectdb(url.connectionString) else {
            throw .project("cannot reach PostgreSQL at \(url.redacted): out of memory")
        }
        guard PQstatus(connection) == CONNECTION_OK else {
            let message = Self.message(PQerrorMessage(connection))
            PQfinish(connection)
            throw Self.connectError(message, url)
        }
        self.connection = connection
        try configure()
    }

    deinit { PQfinish(connection) }

    /// Reconnects when the server went away since the last statement.
    func ensureConnected() throws(ClaimdeskError) {
        guard PQstatus(connection) != CONNECTION_OK else { return }
        PQreset(connection)
        prepared.removeAll()
        guard PQstatus(connection) == CONNECTION_OK else {
            throw Self.connectError(Self.message(PQerrorMessage(connection)), url)
        }
        try configure()
    }

    var isBroken: Bool { PQstatus(connection) != CONNECTION_OK }

    /// Runs one or more statements without parameters (transaction control, DDL).
    func run(_ script: String) throws {
        let result = PQexec(connection, script)
        defer { PQclear(result) }
        try check(result, script)
    }

    /// Runs a statement with `?` placeholders and returns its rows.
    func query(_ sql: String, _ values: [SQLValue]) throws -> [SQLRow] {
        let result = try execute(sql, values, prepared: true)
        defer { PQclear(result) }
        return Self.rows(of: result)
    }

    /// Streams a query's rows through a cursor, a batch at a time, so other statements can run meanwhile.
    func forEachRow(_ sql: String, _ values: [SQLValue], _ body: (SQLRow) throws -> Void) throws {
        cursors += 1
        let cursor = "claimdesk_cursor_\(cursors)"
        PQclear(try execute("DECLARE \(cursor) NO SCROLL CURSOR FOR " + sql, values, prepared: false))
        defer { try? run("CLOSE \(cursor)") }
        while true {
            let result = PQexec(connection, "FETCH 2000 FROM \(cursor)")
            defer { PQclear(result) }
            try check(result, sql)
            let rows = Self.rows(of: result)
            for row in rows { try body(row) }
            if rows.count < 2000 { return }
        }
    }

    /// Runs a statement, prepared once per connection unless `prepared` is false (DECLARE cannot be prepared).
    private func execute(_ sql: String, _ values: [SQLValue], prepared: Bool) throws -> OpaquePointer? {
        let name = prepared ? try statement(for: sql) : nil
        let texts = values.map(Self.text)
        let result = withCStrings(texts) { pointers in
            if let name { return PQexecPrepared(connection, name, Int32(pointers.count), pointers, nil, nil, 0) }
            return PQexecParams(connection, Placeholders.numbered(sql), Int32(pointers.count), nil, pointers, nil, nil, 0)
        }
        do {
            try check(result, sql)
        } catch {
            PQclear(result)
            throw error
        }
        return result
    }

    private func statement(for sql: String) throws -> String {
        if let name = prepared[sql] { return name }
        let name = "claimdesk_\(prepared.count + 1)"
        let result = PQprepare(connection, name, Placeholders.numbered(sql), 0, nil)
        defer { PQclear(result) }
        try check(result, sql)
        prepared[sql] = name
        return name
    }

    private func configure() throws(ClaimdeskError) {
        prepared.removeAll()
        do {
            try run("SET client_encoding = 'UTF8'; SET TIME ZONE 'UTC'; SET client_min_messages = warning")
            if let schema = url.schema {
                try run("CREATE SCHEMA IF NOT EXISTS \"\(schema)\"; SET search_path TO \"\(schema)\"")
            }
        } catch {
            throw PostgresEngine.translate(error, url)
        }
    }

    private func check(_ result: OpaquePointer?, _ sql: String) throws {
        let status = PQresultStatus(result)
        guard status != PGRES_COMMAND_OK, status != PGRES_TUPLES_OK else { return }
        let state = result.flatMap { PQresultErrorField($0, Int32(UInt8(ascii: "C"))) }.map { String(cString: $0) } ?? ""
        let message = result.flatMap { PQresultErrorField($0, Int32(UInt8(ascii: "M"))) }.map { String(cString: $0) }
            ?? Self.message(PQerrorMessage(connection))
        throw PostgresError(state: state, message: message, connectionLost: isBroken)
    }

    private static func rows(of result: OpaquePointer?) -> [SQLRow] {
        let (rowCount, columnCount) = (PQntuples(result), PQnfields(result))
        let columns = SQLColumns((0..<columnCount).map { String(cString: PQfname(result, $0)) })
        let types = (0..<columnCount).map { PQftype(result, $0) }
        return (0..<rowCount).map { row in
            SQLRow(values: (0..<columnCount).map { column in
                guard PQgetisnull(result, row, column) == 0 else { return .null }
                return value(String(cString: PQgetvalue(result, row, column)), type: types[Int(column)])
            }, columns: columns)
        }
    }

    /// Text-format values by type: integers and booleans as integers, floating point as reals.
    private static func value(_ text: String, type: Oid) -> SQLValue {
        switch type {
        case 20, 21, 23, 26: Int64(text).map(SQLValue.integer) ?? .text(text)
        case 16: .integer(text == "t" ? 1 : 0)
        case 700, 701, 1700: Double(text).map(SQLValue.real) ?? .text(text)
        default: .text(text)
        }
    }

    private static func text(_ value: SQLValue) -> String? {
        switch value {
        case .null: nil
        case .integer(let integer): String(integer)
        case .real(let real): "\(real)"
        case .text(let text): text
        }
    }

    static func message(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "unknown error" }
        return String(cString: pointer).split(whereSeparator: \.isNewline)
            .map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            .filter { !$0.isEmpty }.joined(separator: "; ")
    }

    private static func connectError(_ message: String, _ url: PostgresURL) -> ClaimdeskError {
        PostgresEngine.translate(PostgresError(state: "08001", message: message, connectionLost: true), url)
    }
}

/// Calls `body` with C strings for `strings` (nil stays a NULL pointer), alive for the call.
private func withCStrings<R>(_ strings: [String?], _ body: ([UnsafePointer<CChar>?]) -> R) -> R {
    let copies = strings.map { $0.map { strdup($0)! } }
    defer { copies.forEach { free($0) } }
    return body(copies.map { $0.map { UnsafePointer($0) } })
}
