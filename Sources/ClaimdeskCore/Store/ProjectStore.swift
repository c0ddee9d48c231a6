/// An open project, on SQLite (a folder) or PostgreSQL (a `postgres://` URL).
///
/// Opening creates the project on first use, migrates an older schema, and refuses
/// databases that are not claimdesk projects or were written by a newer claimdesk.
///
/// ```swift
/// let store = try ProjectStore.open(try ProjectLocation(argument: "demo"))
/// let count: Int? = try store.read { db in try db.value("SELECT count(*) FROM claims") }
/// ```
public final class ProjectStore: Sendable {
    public let location: ProjectLocation
    let engine: any StoreEngine

    public var isReadOnly: Bool { engine.isReadOnly }

    private init(location: ProjectLocation, engine: any StoreEngine) {
        self.location = location
        self.engine = engine
    }

    /// Opens the project at `location`, creating it when it does not exist yet.
    public static func open(_ location: ProjectLocation) throws(ClaimdeskError) -> ProjectStore {
        if let url = location.postgres {
            return ProjectStore(location: location, engine: try PostgresEngine.open(url))
        }
        return ProjectStore(location: location, engine: try SQLiteEngine.open(location))
    }

    /// Reads in a consistent snapshot.
    public func read<T>(_ body: (any SQLDatabase) throws -> T) throws(ClaimdeskError) -> T {
        try engine.read(body)
    }

    /// Writes in one transaction: all of `body` is stored, or nothing.
    public func write<T>(_ body: (any SQLDatabase) throws -> T) throws(ClaimdeskError) -> T {
        guard !isReadOnly else {
            throw .project("project '\(location.name)' is read-only (\(location.description)); nothing was changed — make the file and its folder writable, or copy the project")
        }
        return try engine.write(body)
    }

    /// Leaves the stored project self-contained (for SQLite: one file, no WAL beside it).
    public func checkpoint() throws(ClaimdeskError) {
        try engine.checkpoint()
    }
}
