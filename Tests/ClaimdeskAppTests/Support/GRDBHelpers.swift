import GRDB

enum GRDBHelpers {
    /// Pretends a newer claimdesk wrote the project.
    static func setUserVersion(path: String, to version: Int) throws {
        try DatabaseQueue(path: path).writeWithoutTransaction { db in try db.execute(sql: "PRAGMA user_version = \(version)") }
    }
}
