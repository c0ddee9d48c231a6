import Foundation

/// A project in a PostgreSQL database (or one schema of it), shared by reviewers on several machines.
///
/// Reads run in a REPEATABLE READ snapshot. Writes take the project's advisory lock first, so
/// writers follow one another as on SQLite: a change reads the state the previous one left (no lost
/// update), event ids grow in commit order, and batches stay unique. The schema's version lives in
/// `claimdesk_meta`, the counterpart of SQLite's `user_version`.
/// See <https://www.postgresql.org/docs/15/explicit-locking.html#ADVISORY-LOCKS>.
final class PostgresEngine: StoreEngine, @unchecked Sendable {
    let url: PostgresURL
    private let connection: PostgresConnection
    /// One statement at a time on the connection (the REPL's Ctrl-C handler never runs SQL).
    private let lock = NSLock()
    var isReadOnly: Bool { false }

    private init(url: PostgresURL, connection: PostgresConnection) {
        self.url = url
        self.connection = connection
    }

    static func open(_ url: PostgresURL) throws(ClaimdeskError) -> PostgresEngine {
        let engine = PostgresEngine(url: url, connection: try PostgresConnection(url))
        try engine.prepareSchema()
        return engine
    }

    func read<T>(_ body: (any SQLDatabase) throws -> T) throws(ClaimdeskError) -> T {
        try transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", exclusive: false, body)
    }

    func write<T>(_ body: (any SQLDatabase) throws -> T) throws(ClaimdeskError) -> T {
        try transaction("BEGIN", exclusive: true, body)
    }

    func checkpoint() throws(ClaimdeskError) {}

    private func transaction<T>(_ begin: String, exclusive: Bool, _ body: (PostgresDatabase) throws -> T) throws(ClaimdeskError) -> T {
        lock.lock()
        defer { lock.unlock() }
        try connection.ensureConnected()
        let result: T
        do {
            try connection.run(begin)
            if exclusive { try connection.run("SELECT pg_advisory_xact_lock(\(PostgresSchema.applicationKey), hashtext(current_schema()))") }
            result = try body(PostgresDatabase(connection))
        } catch {
            if !connection.isBroken { try? connection.run("ROLLBACK") }
            throw Self.translate(error, url)
        }
        do {
            try connection.run("COMMIT")
        } catch {
            throw Self.translate(error, url, whileCommitting: exclusive)
        }
        return result
    }

    /// Creates the project in an empty schema, migrates an older one, refuses anything else.
    private func prepareSchema() throws(ClaimdeskError) {
        try transaction("BEGIN", exclusive: true) { db in
            guard let version = try PostgresSchema.version(db) else {
                let tables: Int = try db.value("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()") ?? 0
                guard tables == 0 else {
                    throw ClaimdeskError.project("\(url.redacted) holds tables but no claimdesk project; give claimdesk a database or a schema of its own (add ?schema=NAME to the URL)")
                }
                try PostgresSchema.migrate(db, from: 0)
                return
            }
            guard version <= PostgresSchema.currentVersion else {
                throw ClaimdeskError.project("\(url.redacted) was written by a newer claimdesk (schema version \(version); this build reads up to \(PostgresSchema.currentVersion)); upgrade claimdesk to open it")
            }
            if version < PostgresSchema.currentVersion { try PostgresSchema.migrate(db, from: version) }
        }
    }

    /// The one-line error for a failure; a connection lost `whileCommitting` a change leaves its fate unknown, and says so.
    static func translate(_ error: Error, _ url: PostgresURL, whileCommitting: Bool = false) -> ClaimdeskError {
        if let error = error as? ClaimdeskError { return error }
        guard let error = error as? PostgresError else {
            return .project("\(url.redacted): \(error)")
        }
        let message = error.message
        if message.contains("password authentication failed") || message.contains("no password supplied") || error.state.hasPrefix("28") {
            return .project("PostgreSQL refused the login at \(url.redacted) (\(message)); check the user and the password (in the URL, PGPASSWORD or ~/.pgpass)")
        }
        if error.state == "3D000" || message.contains("does not exist") && message.contains("database") {
            return .project("\(message) at \(url.redacted); create it first (createdb \(url.database)) or fix the URL")
        }
        if error.state == "08001" {
            return .project("cannot reach PostgreSQL at \(url.redacted) (\(message)); check that the server runs and the URL's host and port")
        }
        let lost = error.connectionLost || error.state.hasPrefix("08") || error.state == "57P01"
        if lost && whileCommitting {
            return .project("lost the connection to PostgreSQL at \(url.redacted) while committing (\(message)); the change may or may not be saved — once the server is back, check with `log --limit 5` before repeating it")
        }
        if lost {
            return .project("lost the connection to PostgreSQL at \(url.redacted) (\(message)); nothing was changed — the next command reconnects once the server is back")
        }
        if error.state == "42501" {
            return .project("PostgreSQL denied access at \(url.redacted) (\(message)); ask the database owner for rights on the project's tables")
        }
        return .project("database error in \(url.redacted): \(message)")
    }
}
