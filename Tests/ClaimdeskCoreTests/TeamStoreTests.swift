import Foundation
import Testing
@testable import ClaimdeskCore

/// The team store: project URLs, copies between engines, concurrent reviewers, a server that goes away.
@Suite struct PostgresURLTests {
    @Test func urlsAreRecognisedBeforePathsAndNeverShowTheirPassword() throws {
        let location = try ProjectLocation(argument: "postgres://ana:s3cret@db.newsroom.internal:5432/factcheck?sslmode=require&schema=desk",
                                           environment: ["CLAIMDESK_HOME": "/w", "HOME": "/home/ana"])
        let url = try #require(location.postgres)
        #expect(location.name == "desk" && location.exportFolder == "/w/exports/desk")
        #expect(url.redacted == "postgres://ana@db.newsroom.internal:5432/factcheck?sslmode=require&schema=desk")
        #expect(url.connectionString == "postgres://ana:s3cret@db.newsroom.internal:5432/factcheck?sslmode=require&connect_timeout=5")
        #expect(!location.description.contains("s3cret") && !location.historyPath.contains("s3cret"))
        #expect(location.historyPath.hasPrefix("/home/ana/.local/state/claimdesk/"))
        #expect(try ProjectLocation(argument: "postgresql://db/factcheck").name == "factcheck")
        #expect(throws: ClaimdeskError.self) { try ProjectLocation(argument: "postgres://db/x?schema=Drop;Table") }
        #expect(Placeholders.numbered(#"SELECT '?', "a?" FROM t WHERE x = ? AND y LIKE ? ESCAPE '\'"#)
                == #"SELECT '?', "a?" FROM t WHERE x = $1 AND y LIKE $2 ESCAPE '\'"#)
    }
}

@Suite struct TeamStoreTests {
    /// The sample article with claims, sources, evidence, aliases, a review, an undo and a rejection.
    private static func reviewedSample(on kind: StoreKind) throws -> TemporaryProject {
        let project = try TemporaryProject(on: kind)
        _ = try project.run("import \(SampleArticle.path) --title VOA",
                            #"claim "Common prosperity means prosperity for all, not just a few people," --speaker "Xi Jinping""#,
                            #"source 1 Xinhua --via "meeting note" --kind agency"#, "status 1 supported --note readout",
                            "evidence 1 https://example.org/readout --stance supports", #"alias "Xi Jinping" Xi"#,
                            #"claim "Lu Jun" --speaker Zhou"#, "status 2 refuted", "undo", "submit 1", "suggest", "reject 1")
        _ = try project.workbench(for: "ben").approve(1)
        return project
    }

    @Test func copyGoesSQLiteToPostgresAndBackByteForByte() throws {
        let original = try Self.reviewedSample(on: .sqlite)
        let server = try TestPostgres.shared()
        let team = try ProjectLocation(argument: server.projectURL(), environment: ["CLAIMDESK_HOME": original.workspace])
        let there = try original.workbench.copy(to: team)
        #expect(there.counts["claims"] == 2 && there.counts["events"]! > 8 && there.verifiedClaims == 2)
        let teamBench = Workbench(store: try ProjectStore.open(team), reviewer: "ana")
        let back = try ProjectLocation(argument: original.workspace + "/back", environment: ["CLAIMDESK_HOME": original.workspace])
        let home = try teamBench.copy(to: back)
        #expect(home.exportSHA256 == there.exportSHA256)
        let exports = try [original.workbench, teamBench, Workbench(store: try ProjectStore.open(back), reviewer: "ana")].map { bench in
            try String(contentsOfFile: bench.export(ExportRequest(out: original.workspace + "/\(UUID()).jsonl", withHistory: true)).path, encoding: .utf8)
        }
        #expect(exports[0] == exports[1] && exports[1] == exports[2] && exports[0].contains("Xinhua"))
        #expect(try teamBench.output(of: "claims") == original.run("claims"))
        #expect(throws: ClaimdeskError.self) { try original.workbench.copy(to: team) }
        let claimsAfterCopy = try teamBench.createClaim(in: 1, draft: ClaimDraft(range: 0..<5)).id
        #expect(claimsAfterCopy == 3, "the identity sequence continues after the copied ids")
    }

    @Test func eightConcurrentWritersLoseNothing() throws {
        let url = try TestPostgres.shared().projectURL()
        let setup = try TemporaryProject(name: "unused", on: .sqlite)
        let location = try ProjectLocation(argument: url, environment: ["CLAIMDESK_HOME": setup.workspace])
        let first = Workbench(store: try ProjectStore.open(location), reviewer: "r0")
        let doc = try first.importDocument(path: SampleArticle.path, metadata: DocumentMetadata()).document.id
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 8) { writer in
            do {
                let bench = Workbench(store: try ProjectStore.open(location), reviewer: "r\(writer)")
                for step in 0..<15 {
                    let claim = try bench.createClaim(in: doc, draft: ClaimDraft(range: (writer * 300 + step * 10)..<(writer * 300 + step * 10 + 5)))
                    try bench.change(claim.id, action: "status") { state, _ in state.status = .refuted }
                }
            } catch {
                failures.add("\(error)")
            }
        }
        #expect(failures.all.isEmpty, "\(failures.all)")
        #expect(try first.count(ClaimFilter()) == 120 && first.count(ClaimFilter(statuses: [.refuted])) == 120)
        let report = try first.verify()
        #expect(report.problems.isEmpty && report.events == 240, "\(report.problems)")
    }

    @Test func twoSessionsEditingOneClaimKeepBothChanges() throws {
        let project = try TemporaryProject(on: .postgres)
        let doc = try project.importText("Xi said common prosperity is for all.")
        _ = try project.workbench.createClaim(in: doc, draft: ClaimDraft(range: 0..<2))
        let (failures, location) = (Failures(), project.location)
        DispatchQueue.concurrentPerform(iterations: 2) { session in
            do {
                let bench = Workbench(store: try ProjectStore.open(location), reviewer: ["ana", "ben"][session])
                for step in 0..<20 {
                    try bench.change(1, action: "tag") { state, _ in state.tags = (state.tags + ["s\(session)-\(step)"]).sorted() }
                }
            } catch {
                failures.add("\(error)")
            }
        }
        #expect(failures.all.isEmpty, "\(failures.all)")
        #expect(try project.workbench.claim("1").state.tags.count == 40, "no tag lost to a concurrent change")
        #expect(try project.workbench.verify().problems.isEmpty)
    }

    @Test(arguments: StoreKind.allCases)
    func undoTakesBackOnlyYourOwnCommand(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        let doc = try project.importText("Xi said common prosperity is for all.")
        let (ana, ben) = (project.workbench, project.workbench(for: "ben"))
        _ = try ana.createClaims(in: doc, drafts: [ClaimDraft(range: 0..<2), ClaimDraft(range: 8..<26)])
        try ana.change(1, action: "status") { state, _ in state.status = .refuted }
        try ben.change(2, action: "status") { state, _ in state.status = .supported }
        let undone = try ana.undo()
        #expect(undone.reverted.map(\.claimID) == [1] && undone.reverted.allSatisfy { $0.reviewer == "ana" })
        #expect(try ana.claim("1").state.status == .unverified && ana.claim("2").state.status == .supported)
    }

    @Test func aStoppedServerGivesAClearErrorAndTheNextCommandReconnects() throws {
        let server = try TestPostgres.startPrivate()
        defer { try? server.stop() }
        let setup = try TemporaryProject(name: "unused", on: .sqlite)
        let location = try ProjectLocation(argument: server.projectURL(), environment: ["CLAIMDESK_HOME": setup.workspace])
        let bench = Workbench(store: try ProjectStore.open(location), reviewer: "ana")
        let doc = try bench.importDocument(path: SampleArticle.path, metadata: DocumentMetadata()).document.id
        _ = try bench.createClaim(in: doc, draft: ClaimDraft(range: 0..<5))
        try server.stop()
        let started = Date()
        #expect {
            _ = try bench.createClaim(in: doc, draft: ClaimDraft(range: 10..<15))
        } throws: { error in
            let message = (error as? ClaimdeskError)?.message ?? ""
            return message.contains("PostgreSQL") && message.contains(location.postgres!.redacted) && !message.contains("\n")
        }
        #expect(Date().timeIntervalSince(started) < 5)
        try server.start()
        #expect(try bench.count(ClaimFilter()) == 1, "the acknowledged claim survived, the refused one is not there")
        _ = try bench.createClaim(in: doc, draft: ClaimDraft(range: 10..<15))
        #expect(try bench.verify().problems.isEmpty)
    }

    /// The server drops the connection after the change is written but before COMMIT: the message may not say
    /// "nothing was changed" (it cannot know), and the change is indeed not there, the next command reconnecting.
    @Test func aConnectionLostWhileCommittingSaysTheOutcomeIsUnknown() throws {
        let server = try TestPostgres.shared()
        let setup = try TemporaryProject(name: "unused", on: .sqlite)
        let location = try ProjectLocation(argument: server.projectURL(), environment: ["CLAIMDESK_HOME": setup.workspace])
        let store = try ProjectStore.open(location)
        #expect {
            try store.write { db in
                try db.execute("CREATE TABLE lost_at_commit (x INTEGER)")
                let pid: Int = try db.value("SELECT pg_backend_pid()") ?? 0
                _ = try server.psql("SELECT pg_terminate_backend(\(pid))")
            }
        } throws: { error in
            let message = (error as? ClaimdeskError)?.message ?? ""
            return message.contains("while committing") && message.contains("may or may not be saved") && !message.contains("nothing was changed")
        }
        let exists: Bool? = try store.read { db in try db.value("SELECT to_regclass('lost_at_commit') IS NOT NULL") }
        #expect(exists == false)
    }

    @Test func refusesUnreachableServersForeignSchemasAndNewerVersions() throws {
        let server = try TestPostgres.shared()
        let unreachable = try ProjectLocation(argument: "postgres://ana:s3cret@127.0.0.1:1/factcheck")
        let started = Date()
        #expect {
            try ProjectStore.open(unreachable)
        } throws: { error in
            let message = (error as? ClaimdeskError)?.message ?? ""
            return message.hasPrefix("cannot reach PostgreSQL at postgres://ana@127.0.0.1:1/factcheck") && !message.contains("s3cret")
        }
        #expect(Date().timeIntervalSince(started) < 5)
        try server.psql("CREATE SCHEMA foreign_app; CREATE TABLE foreign_app.orders (id int)")
        #expect(throws: ClaimdeskError.project("\(server.databaseURL)?schema=foreign_app holds tables but no claimdesk project; give claimdesk a database or a schema of its own (add ?schema=NAME to the URL)")) {
            try ProjectStore.open(ProjectLocation(argument: server.projectURL(schema: "foreign_app")))
        }
        let project = try TemporaryProject(on: .postgres)
        let schema = try #require(project.location.postgres?.schema)
        try server.psql("UPDATE claimdesk_meta SET value = '99' WHERE key = 'user_version'", schema: schema)
        #expect(throws: ClaimdeskError.project("\(project.location.description) was written by a newer claimdesk (schema version 99; this build reads up to \(PostgresSchema.currentVersion)); upgrade claimdesk to open it")) {
            try ProjectStore.open(project.location)
        }
    }

    @Test func aVersionOneSchemaIsMigrated() throws {
        let server = try TestPostgres.shared()
        let schema = "t_v1_" + UUID().uuidString.prefix(8).lowercased()
        try server.psql("CREATE SCHEMA \(schema); SET search_path TO \(schema); " + PostgresSchema.migrations[0]
                        + "UPDATE claimdesk_meta SET value = '1' WHERE key = 'user_version'; INSERT INTO speakers (name) VALUES ('Zhou Hongyi'); "
                        + "INSERT INTO speaker_aliases VALUES ('Zhou', 1); INSERT INTO sources (name, url) VALUES ('VOA News', 'https://www.voanews.com/')")
        let store = try ProjectStore.open(ProjectLocation(argument: server.projectURL(schema: schema)))
        let (version, speakers, priorEvents): (String?, Int?, Int?) = try store.read { db in
            (try db.value("SELECT value FROM claimdesk_meta WHERE key = 'user_version'"), try db.value("SELECT count(*) FROM speakers"),
             try db.value("SELECT count(prior_events) FROM claims"))
        }
        #expect(version == "\(PostgresSchema.currentVersion)" && speakers == 1 && priorEvents == 0)
        try MigrationTests.expectBaselines(store)
    }
}

/// Errors collected from concurrent workers.
private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []

    func add(_ message: String) {
        lock.lock()
        messages.append(message)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return messages
    }
}

private extension Workbench {
    /// What a command line prints on this workbench.
    func output(of line: String) throws -> String {
        let output = CapturedOutput()
        try CommandRegistry.run(line: line, CommandContext(workbench: self, output: output))
        return output.lines.map { $0 + "\n" }.joined()
    }
}
