import Foundation
import GRDB

/// A project in one SQLite file in WAL mode with foreign keys on and a busy timeout.
///
/// Creating is atomic (a new project appears complete or not at all); an older schema is
/// migrated; files that are not claimdesk projects, or were written by a newer claimdesk,
/// are refused. See <https://www.sqlite.org/wal.html>.
final class SQLiteEngine: StoreEngine {
    let path: String
    let isReadOnly: Bool
    private let queue: DatabaseQueue

    private init(path: String, queue: DatabaseQueue, isReadOnly: Bool) {
        self.path = path
        self.queue = queue
        self.isReadOnly = isReadOnly
    }

    static func open(_ location: ProjectLocation) throws(ClaimdeskError) -> SQLiteEngine {
        let path = location.databasePath
        if !FileManager.default.fileExists(atPath: path) {
            try create(location)
        }
        try checkHeader(path: path)
        let readOnly = !isWritable(path: path, folder: location.folder)
        let queue = try connect(path: path, readOnly: readOnly)
        try checkIdentity(queue, path: path, readOnly: readOnly)
        return SQLiteEngine(path: path, queue: queue, isReadOnly: readOnly)
    }

    func read<T>(_ body: (any SQLDatabase) throws -> T) throws(ClaimdeskError) -> T {
        do {
            return try queue.read { db in try body(SQLiteDatabase(db)) }
        } catch {
            throw SQLiteEngine.translate(error, path: path)
        }
    }

    /// One immediate transaction: SQLite's single writer keeps other writers out until it ends.
    func write<T>(_ body: (any SQLDatabase) throws -> T) throws(ClaimdeskError) -> T {
        do {
            return try queue.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(SQLiteDatabase(db))
                    return .commit
                }
                return result!
            }
        } catch {
            throw SQLiteEngine.translate(error, path: path)
        }
    }

    func checkpoint() throws(ClaimdeskError) {
        do {
            try queue.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        } catch {
            throw SQLiteEngine.translate(error, path: path)
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
                    try SQLiteSchema.migrate(db, from: 0)
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
        guard applicationID == SQLiteSchema.applicationID || (applicationID == 0 && tableCount == 0) else {
            throw .project("\(path) is an SQLite database but not a claimdesk project; point --project at a claimdesk project folder or a new name")
        }
        guard version <= SQLiteSchema.currentVersion else {
            throw .project("\(path) was written by a newer claimdesk (schema version \(version); this build reads up to \(SQLiteSchema.currentVersion)); upgrade claimdesk to open it")
        }
        guard version < SQLiteSchema.currentVersion else { return }
        guard !readOnly else {
            throw .project("\(path) uses schema version \(version) and needs an upgrade to \(SQLiteSchema.currentVersion), but it is read-only; make it writable once")
        }
        do {
            try queue.write { db in try SQLiteSchema.migrate(db, from: version) }
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
