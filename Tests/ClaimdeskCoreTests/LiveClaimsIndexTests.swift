import Foundation
import Testing
@testable import ClaimdeskCore

/// `claims_live_by_status` (schema version 8): `queue` counts and `claims --status` lists from it.
@Suite struct LiveClaimsIndexTests {
    /// SQLite counts a queue's claims from the index alone and reads the listing in its order, without sorting.
    @Test func queueCountAndListingUseTheIndex() throws {
        let project = try TemporaryProject(on: .sqlite)
        _ = try project.run("import \(SampleArticle.path)", #"claim "Lu Jun""#, #"claim "Zhou Hongyi""#, "status 2 refuted")
        let plans = try project.store.read { db in
            let (condition, arguments) = try ClaimFilter(statuses: [.unverified]).sql(db)
            let plan = { (sql: String) in try db.rows("EXPLAIN QUERY PLAN " + sql, arguments).map { $0["detail"] as String }.joined(separator: "; ") }
            return (count: try plan("SELECT count(*) FROM claims c WHERE \(condition)"),
                    listing: try plan("SELECT c.id, c.text FROM claims c WHERE \(condition) ORDER BY c.doc_id, c.start, c.id"))
        }
        #expect(plans.count.contains("COVERING INDEX claims_live_by_status"), "\(plans.count)")
        #expect(plans.listing.contains("claims_live_by_status") && !plans.listing.contains("TEMP B-TREE"), "\(plans.listing)")
        #expect(try project.workbench.count(ClaimFilter(statuses: [.unverified])) == 1)
        #expect(try project.run("claims --status refuted").hasSuffix("1 claim\n"))
    }

    /// A version 7 project gets the index when it is next opened.
    @Test(arguments: StoreKind.allCases) func migrationAddsTheIndex(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        _ = try project.run("import \(SampleArticle.path)", #"claim "Lu Jun""#)
        try project.store.write { db in
            try db.execute("DROP INDEX claims_live_by_status")
            try db.execute(kind == .sqlite ? "PRAGMA user_version = 7" : "UPDATE claimdesk_meta SET value = '7' WHERE key = 'user_version'")
        }
        let reopened = try ProjectStore.open(project.location)
        let indexed: Int? = try reopened.read { db in
            try db.value(kind == .sqlite ? "SELECT count(*) FROM sqlite_master WHERE name = 'claims_live_by_status'"
                                         : "SELECT count(*) FROM pg_indexes WHERE indexname = 'claims_live_by_status' AND schemaname = current_schema()")
        }
        #expect(indexed == 1)
        #expect(try Workbench(store: reopened, reviewer: "ana").count(ClaimFilter(statuses: [.unverified])) == 1)
    }
}
