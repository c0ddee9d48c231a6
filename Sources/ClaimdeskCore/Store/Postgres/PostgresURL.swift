import Foundation

/// A project on PostgreSQL: a `postgres://` or `postgresql://` URL in libpq's URI form.
///
/// The URL names a database holding one project; claimdesk's own `schema` parameter lets several
/// projects share a database. Everything else (`sslmode`, `connect_timeout`, …) goes to libpq
/// unchanged, which also finds the password in the URL, `PGPASSWORD` or `~/.pgpass`.
///
/// ```swift
/// let url = try PostgresURL("postgres://ana:secret@db.newsroom.internal:5432/factcheck?schema=desk&sslmode=require")
/// url.schema     // "desk"
/// url.redacted   // "postgres://ana@db.newsroom.internal:5432/factcheck?schema=desk&sslmode=require"
/// ```
/// See <https://www.postgresql.org/docs/15/libpq-connect.html#LIBPQ-CONNSTRING>.
public struct PostgresURL: Sendable, Equatable {
    /// What libpq is given: the URL without `schema`, with a 5-second connect timeout unless one is set.
    let connectionString: String
    /// The schema holding the project; nil means the database's `public` schema.
    public let schema: String?
    /// The URL without its password, the only form that is ever printed or stored.
    public let redacted: String
    /// The database name in the URL (empty when libpq's default applies).
    public let database: String

    /// True for a `--project` value that names a PostgreSQL project.
    public static func isURL(_ argument: String) -> Bool {
        let lowered = argument.lowercased()
        return lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://")
    }

    public init(_ string: String) throws(ClaimdeskError) {
        let (base, query) = Self.split(string, at: "?")
        var parameters = query.map { $0.split(separator: "&", omittingEmptySubsequences: true).map(String.init) } ?? []
        let schemaParameter = parameters.first { $0.hasPrefix("schema=") }
        parameters.removeAll { $0.hasPrefix("schema=") }
        schema = try schemaParameter.map { parameter throws(ClaimdeskError) in
            try Self.validSchema(String(parameter.dropFirst("schema=".count)).removingPercentEncoding ?? "")
        }
        let shown = parameters.filter { !$0.hasPrefix("password=") } + (schema.map { ["schema=\($0)"] } ?? [])
        let redactedBase = Self.withoutPassword(base)
        redacted = redactedBase + (shown.isEmpty ? "" : "?" + shown.joined(separator: "&"))
        if !parameters.contains(where: { $0.hasPrefix("connect_timeout=") }) { parameters.append("connect_timeout=5") }
        connectionString = base + "?" + parameters.joined(separator: "&")
        database = Self.databaseName(redactedBase)
    }

    /// A name for exports and prompts: the schema, else the database.
    public var projectName: String {
        let name = schema ?? (database.isEmpty ? "postgres" : database)
        return String(name.map { $0.isLetter || $0.isNumber || "-_.".contains($0) ? $0 : "_" })
    }

    private static func split(_ string: String, at separator: Character) -> (String, String?) {
        guard let index = string.firstIndex(of: separator) else { return (string, nil) }
        return (String(string[..<index]), String(string[string.index(after: index)...]))
    }

    /// `scheme://user:password@host/db` → `scheme://user@host/db`.
    private static func withoutPassword(_ base: String) -> String {
        guard let schemeEnd = base.range(of: "://") else { return base }
        let rest = base[schemeEnd.upperBound...]
        let authorityEnd = rest.firstIndex(of: "/") ?? rest.endIndex
        guard let at = rest[..<authorityEnd].lastIndex(of: "@") else { return base }
        let userInfo = rest[..<at]
        let user = userInfo.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
        return String(base[..<schemeEnd.upperBound]) + user + String(rest[at...])
    }

    private static func databaseName(_ base: String) -> String {
        guard let schemeEnd = base.range(of: "://") else { return "" }
        let rest = base[schemeEnd.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "" }
        return String(rest[rest.index(after: slash)...]).removingPercentEncoding ?? ""
    }

    private static func validSchema(_ name: String) throws(ClaimdeskError) -> String {
        let allowed = name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
        guard !name.isEmpty, name.count <= 63, allowed, !name.first!.isNumber else {
            throw .badInput("schema '\(name)' in the project URL is not a plain name; use lower-case letters, digits and _ (e.g. ?schema=desk_2026)")
        }
        return name
    }
}
