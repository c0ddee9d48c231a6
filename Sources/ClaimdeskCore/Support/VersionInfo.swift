import CLibPQ
import GRDBSQLite

/// What `claimdesk --version` prints: claimdesk's version, the libraries it runs on, the schema it writes.
///
/// ```
/// claimdesk 0.1.0
/// SQLite 3.40.1 (library), libpq 15.8
/// schema version 2 (SQLite and PostgreSQL projects)
/// ```
public enum VersionInfo {
    public static let version = "0.1.0"

    public static var text: String {
        let libpq = PQlibVersion()
        let schema = SQLiteSchema.currentVersion == PostgresSchema.currentVersion
            ? "schema version \(SQLiteSchema.currentVersion) (SQLite and PostgreSQL projects)"
            : "schema version \(SQLiteSchema.currentVersion) (SQLite), \(PostgresSchema.currentVersion) (PostgreSQL)"
        return """
            claimdesk \(version)
            SQLite \(String(cString: sqlite3_libversion())) (library), libpq \(libpq / 10000).\(libpq % 10000)
            \(schema)
            """
    }
}
