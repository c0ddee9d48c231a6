import Foundation
import GRDB
import Testing
@testable import ClaimdeskCore

@Suite struct ProjectStoreTests {
    @Test func newProjectIsWALWithSchemaVersionAndIntegrity() throws {
        let project = try TemporaryProject()
        let pragmas = try project.store.read { db throws -> [String?] in
            try ["journal_mode", "user_version", "foreign_keys", "integrity_check", "application_id"].map {
                try db.value("PRAGMA \($0)") as String?
            }
        }
        #expect(pragmas == ["wal", "\(SQLiteSchema.currentVersion)", "1", "ok", "\(SQLiteSchema.applicationID)"])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.location.folder).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test(arguments: StoreKind.allCases)
    func eventsRefuseUpdateAndDeleteAtTheDatabaseLevel(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        let doc = try project.importText("Xi said it.")
        _ = try project.workbench.createClaim(in: doc, draft: ClaimDraft(range: 0..<2))
        for statement in ["UPDATE events SET reviewer = 'mallory'", "DELETE FROM events"] {
            #expect(throws: ClaimdeskError.self) { try project.store.write { db in try db.execute(statement) } }
        }
        #expect(try project.store.read { db in try db.value("SELECT count(*) FROM events WHERE reviewer = 'ana'") as Int? } == 2)
    }

    @Test func refusesAFileThatIsNotSQLite() throws {
        let project = try TemporaryProject()
        let folder = project.workspace + "/junk"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data("hello, not a database".utf8).write(to: URL(fileURLWithPath: folder + "/project.sqlite"))
        #expect(throws: ClaimdeskError.project("\(folder)/project.sqlite is not a claimdesk project (not an SQLite database); point --project at a claimdesk project folder or a new name")) {
            try ProjectStore.open(ProjectLocation(name: "junk", folder: folder, workspace: project.workspace))
        }
    }

    @Test func refusesAnotherApplicationsDatabase() throws {
        let project = try TemporaryProject()
        let folder = project.workspace + "/other"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try DatabaseQueue(path: folder + "/project.sqlite").write { db in try db.execute(sql: "CREATE TABLE t(x)") }
        #expect(throws: ClaimdeskError.project("\(folder)/project.sqlite is an SQLite database but not a claimdesk project; point --project at a claimdesk project folder or a new name")) {
            try ProjectStore.open(ProjectLocation(name: "other", folder: folder, workspace: project.workspace))
        }
    }

    @Test func refusesANewerSchema() throws {
        let project = try TemporaryProject()
        try project.store.write { db in try db.execute("PRAGMA user_version = 99") }
        #expect(throws: ClaimdeskError.project("\(project.location.databasePath) was written by a newer claimdesk (schema version 99; this build reads up to \(SQLiteSchema.currentVersion)); upgrade claimdesk to open it")) {
            try ProjectStore.open(project.location)
        }
    }

    @Test func readOnlyProjectReadsButRefusesChanges() throws {
        let project = try TemporaryProject()
        let doc = try project.importText("Xi said it.")
        try project.store.checkpoint()
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: project.location.databasePath)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: project.location.databasePath) }
        let readOnly = try ProjectStore.open(project.location)
        #expect(readOnly.isReadOnly)
        let bench = Workbench(store: readOnly, reviewer: "ana")
        #expect(try bench.documents().count == 1)
        #expect(throws: ClaimdeskError.self) { try bench.createClaim(in: doc, draft: ClaimDraft(range: 0..<2)) }
        #expect(try project.fingerprint()[1] == 0)
    }

    @Test func projectNamesAndPaths() throws {
        let env = ["CLAIMDESK_HOME": "/work/desk"]
        #expect(try ProjectLocation(argument: "demo", environment: env).folder == "/work/desk/projects/demo")
        #expect(try ProjectLocation(argument: "/data/p1", environment: env).name == "p1")
        #expect(try ProjectLocation(argument: "sub/p2", environment: env).folder == "/work/desk/sub/p2")
        #expect(throws: ClaimdeskError.self) { try ProjectLocation(argument: "bad name!", environment: env) }
        #expect(throws: ClaimdeskError.self) { try ProjectLocation(argument: ".hidden", environment: env) }
    }
}

@Suite struct MigrationTests {
    /// A project written by schema version 1 opens, migrates to the current version in one step, and keeps its data.
    @Test func versionOneProjectIsMigrated() throws {
        let project = try TemporaryProject()
        let folder = project.workspace + "/old"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try DatabaseQueue(path: folder + "/project.sqlite").writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: SQLiteSchema.migrations[0])
            try db.execute(sql: "PRAGMA user_version = 1; PRAGMA application_id = \(SQLiteSchema.applicationID)")
            try db.execute(sql: "INSERT INTO speakers (name) VALUES ('Zhou Hongyi')")
            try db.execute(sql: "INSERT INTO speaker_aliases VALUES ('Zhou', 1); INSERT INTO sources (name, url) VALUES ('VOA News', 'https://www.voanews.com/')")
        }
        let store = try ProjectStore.open(ProjectLocation(name: "old", folder: folder, workspace: project.workspace))
        let (version, columns, speakers, assignments, plan) = try store.read { db in
            (try db.value("PRAGMA user_version") as Int?,
             try db.rows("PRAGMA table_info(claims)").map { $0["name"] as String },
             try db.value("SELECT count(*) FROM speakers") as Int?,
             try db.value("SELECT count(*) FROM assignments") as Int?,
             try db.rows("EXPLAIN QUERY PLAN SELECT count(*) FROM claims WHERE attribution_status IN ('misquoted', 'misattributed') AND deleted = 0")
                .map { $0["detail"] as String }.joined())
        }
        #expect(version == SQLiteSchema.currentVersion && SQLiteSchema.currentVersion == 9)
        #expect(plan.contains("COVERING INDEX claims_live_by_attribution"), "the prompt's count of failed attributions reads the index, not every claim: \(plan)")
        #expect(columns.contains("prior_events") && columns.contains("layer") && columns.contains("fragments") && speakers == 1 && assignments == 0)
        try MigrationTests.expectBaselines(store)
    }

    /// Version 3 gave the speaker (with its alias) and the source one `baseline` event each, which `verify` replays.
    static func expectBaselines(_ store: ProjectStore) throws {
        let baselines = try Workbench(store: store, reviewer: "ana").activity(ActivityFilter()).filter { $0.action == "baseline" }
        #expect(baselines.map(\.reviewer) == ["claimdesk", "claimdesk"])
        #expect(baselines.map(\.entityAfter) == [EntityState(name: "Zhou Hongyi", aliases: ["Zhou"]), EntityState(name: "VOA News", url: "https://www.voanews.com/")])
        let report = try Workbench(store: store, reviewer: "ana").verify()
        #expect(report.problems.isEmpty && report.speakers == 1 && report.sources == 1, "\(report.problems)")
    }
}
