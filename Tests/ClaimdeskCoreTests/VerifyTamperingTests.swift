import Foundation
import Testing
@testable import ClaimdeskCore

/// What `verify` must keep finding however it is sped up: an event edited or removed behind the log's back, a claim
/// no event records, an index row for a deleted claim, a value its table's CHECK constraint refuses (SQLite's own check).
@Suite struct VerifyTamperingTests {
    /// A document with claim 1, created and then refuted: two events.
    private static func refutedClaim(on kind: StoreKind) throws -> (project: TemporaryProject, claim: Int64) {
        let project = try TemporaryProject(on: kind)
        let doc = try project.importText("Xi said prices fell. Zhou said they rose.")
        let claim = try project.workbench.createClaim(in: doc, draft: ClaimDraft(range: 8..<20))
        _ = try project.run("status \(claim.id) refuted")
        #expect(try project.workbench.verify().problems.isEmpty)
        return (project, claim.id)
    }

    /// Lets the test change the append-only log, as someone editing the file would.
    private static func allowChangingEvents(_ db: any SQLDatabase, on kind: StoreKind) throws {
        for trigger in ["events_refuse_update", "events_refuse_delete"] {
            try db.execute(kind == .sqlite ? "DROP TRIGGER \(trigger)" : "DROP TRIGGER \(trigger) ON events")
        }
    }

    @Test(arguments: StoreKind.allCases) func anEditedEventIsFound(on kind: StoreKind) throws {
        let (project, claim) = try Self.refutedClaim(on: kind)
        try project.store.write { db in
            try Self.allowChangingEvents(db, on: kind)
            try db.execute("UPDATE events SET after = replace(after, '\"refuted\"', '\"supported\"') WHERE id = (SELECT max(id) FROM events WHERE claim_id = ?)", [claim])
        }
        #expect(try project.workbench.verify().problems == [
            "claim \(claim): the stored claim differs from its replayed events (status supported → refuted)",
        ])
    }

    @Test(arguments: StoreKind.allCases) func aRemovedEventIsFound(on kind: StoreKind) throws {
        let (project, claim) = try Self.refutedClaim(on: kind)
        let first: Int64 = try #require(try project.store.read { db in try db.value("SELECT min(id) FROM events WHERE claim_id = ?", [claim]) })
        try project.store.write { db in
            try Self.allowChangingEvents(db, on: kind)
            try db.execute("DELETE FROM events WHERE id = ?", [first])
        }
        let problems = try project.workbench.verify().problems
        #expect(problems.count == 1 && problems[0].hasPrefix("claim \(claim): event ") && problems[0].hasSuffix("does not start where the previous event left the claim"),
                "\(problems)")
    }

    @Test(arguments: StoreKind.allCases) func aClaimNoEventRecordsIsFound(on kind: StoreKind) throws {
        let (project, claim) = try Self.refutedClaim(on: kind)
        try project.store.write { db in
            try Self.allowChangingEvents(db, on: kind)
            try db.execute("DELETE FROM events WHERE claim_id = ?", [claim])
        }
        #expect(try project.workbench.verify().problems == ["claim \(claim): stored, but no event records it"])
    }

    @Test(arguments: StoreKind.allCases) func anIndexRowForADeletedClaimIsFound(on kind: StoreKind) throws {
        let (project, claim) = try Self.refutedClaim(on: kind)
        _ = try project.run("delete \(claim)")
        #expect(try project.workbench.verify().problems.isEmpty)
        try project.store.write { db in
            try db.dialect.search.setClaim(db, id: claim, entry: ClaimSearchEntry(ClaimState(doc: 1, start: 8, end: 20, text: "prices fell.")))
        }
        #expect(try project.workbench.verify().problems == ["search index: claim \(claim) is indexed but not stored (or deleted)"])
    }

    /// A status no claimdesk writes reads back as `unverified`, so the replay agrees: only SQLite's own check sees it,
    /// in `quick_check` (the default) as in `integrity_check` (`--full`).
    @Test func aValueItsCheckConstraintRefusesIsFoundByTheQuickAndTheFullCheck() throws {
        let project = try TemporaryProject(on: .sqlite)
        let doc = try project.importText("Xi said prices fell.")
        let claim = try project.workbench.createClaim(in: doc, draft: ClaimDraft(range: 8..<20))
        #expect(try project.run("verify --full").hasPrefix("ok: 1 claims"))
        try project.store.write { db in
            try db.execute("PRAGMA ignore_check_constraints = ON")
            try db.execute("UPDATE claims SET status = 'bogus' WHERE id = ?", [claim.id])
            try db.execute("PRAGMA ignore_check_constraints = OFF")
        }
        #expect(try project.workbench.verify().problems == ["quick_check: CHECK constraint failed in claims"])
        #expect(try project.workbench.verify(full: true).problems == ["integrity_check: CHECK constraint failed in claims"])
        #expect(throws: ClaimdeskError.self) { try project.run("verify") }
    }
}

/// The CHECK expressions `verify` checks itself, read from the schema SQLite stores.
@Suite struct SQLiteCheckConstraintsTests {
    @Test func expressionsAreReadWithQuotesAndNestedParentheses() {
        let sql = """
            CREATE TABLE "t" (a TEXT CHECK (a IN ('x)', 'it''s')), "check" INTEGER, b INTEGER check(b >= 0 AND (b < 10)),
                [CHECK(no)] TEXT, c TEXT DEFAULT 'CHECK (no)', d TEXT
            , e TEXT CHECK (e IN ('y'))
            """
        #expect(SQLiteCheckConstraints.expressions(in: sql) == ["a IN ('x)', 'it''s')", "b >= 0 AND (b < 10)", "e IN ('y')"])
    }

    @Test func everyCheckOfTheSchemaIsFound() throws {
        let project = try TemporaryProject(on: .sqlite)
        let checks = try project.store.read { db in
            try db.rows("SELECT sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL").flatMap { SQLiteCheckConstraints.expressions(in: $0[0]) }
        }
        #expect(checks.contains("status IN ('unverified','supported','mostly_supported','mixed','misleading','refuted','not_enough_evidence','not_checkable')"))
        #expect(checks.contains("entity_kind IN ('speaker', 'source')"))
        #expect(checks.count >= 10, "\(checks)")
    }
}
