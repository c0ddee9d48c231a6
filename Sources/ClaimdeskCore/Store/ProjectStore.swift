import Foundation
import GRDB

/// An open project: one SQLite file in WAL mode with foreign keys on and a busy timeout.
///
/// Opening creates the project on first use (atomically: a new project appears
/// complete or not at all), migrates an older schema, and refuses files that are
/// not claimdesk projects or were written by a newer claimdesk.
///
/// ```swift
/// let store = try ProjectStore.open(try ProjectLocation(argument: "demo"))
/// let count = try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM claims") }
/// ```
/// See <https://www.sqlite.org/wal.html>.
public final class ProjectStore: Sendable {
    public let location: ProjectLocation
    public let isReadOnly: Bool
    let queue: DatabaseQueue

    private init(location: ProjectLocation, queue: DatabaseQueue, isReadOnly: Bool) {
        self.location = location
        self.queue = queue
        self.isReadOnly = isReadOnly
    }

    /// Opens the project at `location`, creating it when it does not exist yet.
    public static func open(_ location: ProjectLocation) throws(ClaimdeskError) -> ProjectStore {
        let path = location.databasePath
        if !FileManager.default.fileExists(atPath: path) {
            try create(location)
        }
        try checkHeader(path: path)
        let readOnly = !isWritable(path: path, folder: location.folder)
        let queue = try connect(path: path, readOnly: readOnly)
        try checkIdentity(queue, path: path, readOnly: readOnly)
        return ProjectStore(location: location, queue: queue, isReadOnly: readOnly)
    }

    /// Reads in a consistent snapshot.
    public func read<T>(_ body: (Database) throws -> T) throws(ClaimdeskError) -> T {
        do {
            return try queue.read(body)
        } catch {
            throw ProjectStore.translate(error, path: location.databasePath)
        }
    }

    /// Writes in one immediate transaction: all of `body` is stored, or nothing.
    public func write<T>(_ body: (Database) throws -> T) throws(ClaimdeskError) -> T {
        guard !isReadOnly else {
            throw .project("project '\(location.name)' is read-only (\(location.databasePath)); nothing was changed — make the file and its folder writable, or copy the project")
        }
        do {
            return try queue.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        } catch {
            throw ProjectStore.translate(error, path: location.databasePath)
        }
    }

    /// Copies the whole database into a plain single file (no WAL beside it).
    public func checkpoint() throws(ClaimdeskError) {
        do {
            try queue.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        } catch {
            throw ProjectStore.translate(error, path: location.databasePath)
        }
    }

    private static func create(_ location: ProjectLocation) throws(ClaimdeskError) {
        let temporary = "\(location.folder)/.\(ProjectLocation.databaseFileName).\(UUID().uuidString).tmp"
        do {
            try FileManager.default.createDirectory(atPath: location.folder, withIntermediateDirectories: true)
            let queue = try DatabaseQueue(path: temporary)
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = WAL")
                try db.inTransaction {
                    try Schema.migrate(db, from: 0)
                    return .commit
                }
                _ = try db.checkpoint(.truncate)
            }
            try queue.close()
            try FileManager.default.moveItem(atPath: temporary, toPath: location.databasePath)
        } catch {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: temporary + suffix) }
            throw .project("cannot create project '\(location.name)' in \(location.folder): \(describe(error)); choose a writable folder with --project")
        }
    }

    private static func connect(path: String, readOnly: Bool) throws(ClaimdeskError) -> DatabaseQueue {
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            if !readOnly { try db.execute(sql: "PRAGMA synchronous = FULL") }
        }
        do {
            return try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw translate(error, path: path)
        }
    }

    private static func checkHeader(path: String) throws(ClaimdeskError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .project("cannot read \(path); check its permissions")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        guard header == Data("SQLite format 3\0".utf8) else {
            throw .project("\(path) is not a claimdesk project (not an SQLite database); point --project at a claimdesk project folder or a new name")
        }
    }

    private static func checkIdentity(_ queue: DatabaseQueue, path: String, readOnly: Bool) throws(ClaimdeskError) {
        let (applicationID, version, tableCount) = try identity(queue, path: path)
        guard applicationID == Schema.applicationID || (applicationID == 0 && tableCount == 0) else {
            throw .project("\(path) is an SQLite database but not a claimdesk project; point --project at a claimdesk project folder or a new name")
        }
        guard version <= Schema.currentVersion else {
            throw .project("\(path) was written by a newer claimdesk (schema version \(version); this build reads up to \(Schema.currentVersion)); upgrade claimdesk to open it")
        }
        guard version < Schema.currentVersion else { return }
        guard !readOnly else {
            throw .project("\(path) uses schema version \(version) and needs an upgrade to \(Schema.currentVersion), but it is read-only; make it writable once")
        }
        do {
            try queue.write { db in try Schema.migrate(db, from: version) }
        } catch {
            throw translate(error, path: path)
        }
    }

    private static func identity(_ queue: DatabaseQueue, path: String) throws(ClaimdeskError) -> (Int32, Int, Int) {
        do {
            return try queue.read { db in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                return (applicationID, version, tables)
            }
        } catch {
            throw translate(error, path: path)
        }
    }

    /// A file counts as read-only when it has no write permission bits (even for root) or cannot be written.
    private static func isWritable(path: String, folder: String) -> Bool {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let permissions = (attributes?[.posixPermissions] as? NSNumber)?.intValue ?? 0o644
        return permissions & 0o222 != 0
            && FileManager.default.isWritableFile(atPath: path)
            && FileManager.default.isWritableFile(atPath: folder)
    }

    static func translate(_ error: Error, path: String) -> ClaimdeskError {
        if let error = error as? ClaimdeskError { return error }
        guard let databaseError = error as? DatabaseError else {
            return .project("\(path): \(describe(error))")
        }
        switch databaseError.resultCode {
        case .SQLITE_NOTADB:
            return .project("\(path) is not a claimdesk project (not an SQLite database); point --project at a claimdesk project folder")
        case .SQLITE_CORRUPT:
            return .project("\(path) is damaged (\(databaseError.message ?? "corrupt")); restore it from a backup")
        case .SQLITE_READONLY:
            return .project("project file \(path) is read-only; nothing was changed — make it writable")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .project("project \(path) is busy (another claimdesk is writing); try again")
        case .SQLITE_FULL:
            return .project("the disk holding \(path) is full; nothing was changed — free some space")
        default:
            return .project("database error in \(path): \(databaseError.message ?? "\(databaseError.resultCode)")")
        }
    }

    private static func describe(_ error: Error) -> String {
        if let databaseError = error as? DatabaseError { return databaseError.message ?? "\(databaseError.resultCode)" }
        return (error as NSError).localizedDescription
    }
}
