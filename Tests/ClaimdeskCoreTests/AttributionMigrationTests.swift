import Foundation
import GRDB
import Testing
@testable import ClaimdeskCore

/// A version 2 project, whose events know nothing of attributions, migrates to version 3 and still verifies.
@Suite struct AttributionMigrationTests {
    /// One claim with a source and an evidence item, and its creating event as version 2 wrote it.
    static let versionTwoRows = """
        INSERT INTO documents (id, uid, title, sha256, text, length, imported_by, imported_at)
            VALUES (1, 'd1', 'T', 'abc', 'Hello world', 11, 'ana', '2021-10-01T00:00:00.000Z');
        INSERT INTO sources (id, name) VALUES (1, 'VOA');
        INSERT INTO claims (id, uid, doc_id, start, "end", text, status, created_by, created_at, updated_by, updated_at)
            VALUES (1, 'c1', 1, 0, 5, 'Hello', 'unverified', 'ana', '2021-10-01T00:00:01.000Z', 'ana', '2021-10-01T00:00:01.000Z');
        INSERT INTO claim_sources (claim_id, position, source_id, via) VALUES (1, 0, 1, NULL);
        INSERT INTO evidence (claim_id, position, ref, stance, note, reviewer, at) VALUES (1, 0, 'r', 'context', NULL, 'ana', '2021-10-01T00:00:01.000Z');
        INSERT INTO events (claim_id, doc_id, reviewer, at, action, after, batch) VALUES (1, 1, 'ana', '2021-10-01T00:00:01.000Z', 'create',
            '{"deleted":false,"doc":1,"end":5,"evidence":[{"at":"2021-10-01T00:00:01.000Z","ref":"r","reviewer":"ana","stance":"context"}],"review_state":"open","sources":[{"name":"VOA"}],"start":0,"status":"unverified","tags":[],"text":"Hello"}', 1);
        """

    @Test func aVersionTwoSQLiteProjectMigratesAndVerifies() throws {
        let project = try TemporaryProject()
        let folder = project.workspace + "/old"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try DatabaseQueue(path: folder + "/project.sqlite").writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: SQLiteSchema.migrations[0] + SQLiteSchema.migrations[1] + Self.versionTwoRows)
            try db.execute(sql: "PRAGMA user_version = 2; PRAGMA application_id = \(SQLiteSchema.applicationID)")
        }
        let store = try ProjectStore.open(ProjectLocation(name: "old", folder: folder, workspace: project.workspace))
        try Self.expectMigrated(store)
        #expect(try store.read { db in try db.value("PRAGMA user_version") as Int? } == SQLiteSchema.currentVersion)
    }

    @Test func aVersionTwoPostgreSQLProjectMigratesAndVerifies() throws {
        let server = try TestPostgres.shared()
        let schema = "t_v2_" + UUID().uuidString.prefix(8).lowercased()
        try server.psql("CREATE SCHEMA \(schema); SET search_path TO \(schema); " + PostgresSchema.migrations[0] + PostgresSchema.migrations[1]
                        + "UPDATE claimdesk_meta SET value = '2' WHERE key = 'user_version'; " + Self.versionTwoRows)
        let store = try ProjectStore.open(ProjectLocation(argument: server.projectURL(schema: schema)))
        try Self.expectMigrated(store)
        #expect(try store.read { db in try db.value("SELECT value FROM claimdesk_meta WHERE key = 'user_version'") as String? } == "\(PostgresSchema.currentVersion)")
    }

    private static func expectMigrated(_ store: ProjectStore) throws {
        let workbench = Workbench(store: store, reviewer: "ben", clock: SteppingClock(start: 1_633_100_000))
        #expect(try workbench.verify().problems.isEmpty, "the old snapshot equals the migrated claim")
        let state = try workbench.claim("1").state
        #expect(state.attribution == .unverified && state.sources[0].primary == false && state.evidence[0].about == .content)
        _ = try workbench.change(1, action: "attribution") { state, _ in state.attribution = .unverifiable }
        #expect(try workbench.verify().problems.isEmpty)
    }
}
