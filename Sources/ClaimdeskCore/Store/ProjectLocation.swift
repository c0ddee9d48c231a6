import Foundation

/// Where a project lives: `projects/NAME/` under the workspace, any folder given by path,
/// or a PostgreSQL database given by a `postgres://` URL.
///
/// ```swift
/// let here = try ProjectLocation(argument: "demo")            // ./projects/demo
/// let there = try ProjectLocation(argument: "/data/desk/p1")  // /data/desk/p1
/// let team = try ProjectLocation(argument: "postgres://ana@db/factcheck?schema=desk")
/// here.databasePath   // ./projects/demo/project.sqlite
/// team.name           // "desk"
/// ```
public struct ProjectLocation: Sendable, Equatable {
    /// The project's name: the folder's last path component, or the PostgreSQL schema or database.
    public let name: String
    /// The project folder (SQLite), or the folder for this machine's files about a PostgreSQL project (REPL history).
    public let folder: String
    /// The workspace whose `exports/` folder receives exports by default.
    public let workspace: String
    /// Set when the project lives on PostgreSQL.
    public let postgres: PostgresURL?

    /// The project that `claimdesk` opens when no `--project` is given.
    public static let defaultName = "sample"

    /// The database file inside a project folder.
    public static let databaseFileName = "project.sqlite"

    /// Resolves a `--project` argument: a `postgres://` URL, a path when it contains a `/`, else a NAME.
    ///
    /// The workspace is `$CLAIMDESK_HOME` when set, else the current directory.
    public init(argument: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(ClaimdeskError) {
        let workspace = environment["CLAIMDESK_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? FileManager.default.currentDirectoryPath
        if PostgresURL.isURL(argument) {
            let url = try PostgresURL(argument)
            self.init(name: url.projectName, folder: Self.stateFolder(for: url, environment), workspace: workspace, postgres: url)
        } else if argument.contains("/") {
            let folder = URL(fileURLWithPath: argument, relativeTo: URL(fileURLWithPath: workspace, isDirectory: true))
                .standardizedFileURL.path
            self.init(name: (folder as NSString).lastPathComponent, folder: folder, workspace: workspace)
        } else {
            try ProjectLocation.validate(name: argument)
            self.init(name: argument, folder: "\(workspace)/projects/\(argument)", workspace: workspace)
        }
    }

    public init(name: String, folder: String, workspace: String, postgres: PostgresURL? = nil) {
        self.name = name
        self.folder = folder
        self.workspace = workspace
        self.postgres = postgres
    }

    public var databasePath: String { "\(folder)/\(ProjectLocation.databaseFileName)" }

    /// The project as messages show it: the database file, or the URL without its password.
    public var description: String { postgres?.redacted ?? databasePath }

    /// The REPL's line history for this project on this machine.
    public var historyPath: String { postgres == nil ? "\(folder)/.history" : "\(folder)/history" }

    /// The default export folder: `exports/NAME/` in the workspace.
    public var exportFolder: String { "\(workspace)/exports/\(name)" }

    /// `$XDG_STATE_HOME/claimdesk/HOST-DATABASE-SCHEMA` (else under `~/.local/state`): never holds a password.
    private static func stateFolder(for url: PostgresURL, _ environment: [String: String]) -> String {
        let home = environment["HOME"] ?? NSHomeDirectory()
        let state = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "\(home)/.local/state"
        let key = url.redacted.split(separator: "?").first.map(String.init) ?? url.redacted
        let safe = String(key.drop { $0 != "/" }.drop { $0 == "/" }.map { $0.isLetter || $0.isNumber || "-_.".contains($0) ? $0 : "-" })
        return "\(state)/claimdesk/\(safe)-\(url.schema ?? "public")"
    }

    private static func validate(name: String) throws(ClaimdeskError) {
        let allowed = name.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0) }
        guard !name.isEmpty, allowed, !name.hasPrefix(".") else {
            throw .badInput("'\(name)' is not a project name; use letters, digits, - _ . (or a path containing /, or a postgres:// URL)")
        }
    }
}
