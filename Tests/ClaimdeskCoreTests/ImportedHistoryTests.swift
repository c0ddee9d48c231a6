import Foundation
import Testing
@testable import ClaimdeskCore

/// `import-annotations` of a `--with-history` export replays the events from its spool in their exported order.
@Suite struct ImportedHistoryTests {
    /// Into a project whose log already runs past the exported ids, events get new ids and an undo's `reverts` follows
    /// the event it reverted to its new id. A failed import leaves nothing behind, and later imports in the same session work.
    @Test(arguments: StoreKind.allCases) func revertsFollowTheirEventsToNewIDs(on kind: StoreKind) throws {
        let original = try TemporaryProject(on: kind)
        _ = try original.run("import \(SampleArticle.path)", #"claim "Lu Jun""#, "status 1 refuted", "undo",
                             #"claim "Zhou Hongyi""#, "status 2 supported")
        let undone = original.workspace + "/undone.jsonl", supported = original.workspace + "/supported.jsonl"
        _ = try original.run("export --with-history --status unverified --out \(undone)", "export --with-history --status supported --out \(supported)")
        let broken = try original.file("broken.jsonl", try String(contentsOfFile: undone, encoding: .utf8) + "{\"schema_version\": 2}\n")

        let other = try TemporaryProject(on: kind)
        _ = try other.run("import \(SampleArticle.path)", #"claim "Xi Jinping""#, "status 1 supported", "status 1 refuted", "status 1 mixed", "delete 1")
        let before = try other.fingerprint()
        #expect(throws: ClaimdeskError.self) { try other.run("import-annotations \(broken)") }
        #expect(try other.fingerprint() == before)
        let lastBefore: Int64 = try other.store.read { db in try db.value("SELECT max(id) FROM events") } ?? 0
        #expect(try other.run("import-annotations \(undone)").contains("imported 1 claim with 3 events"))
        let imported = try #require(try other.workbench.recentClaimIDs(limit: 1).first)   // 2, or 3 on PostgreSQL (the failed import took 2)
        let events = try other.workbench.history(of: imported)
        try #require(events.map(\.action) == ["create", "status", "undo"])
        #expect(events.allSatisfy { $0.id > lastBefore })
        #expect(events[2].reverts == events[1].id)
        #expect(try other.workbench.claim(String(imported)).state.status == .unverified)
        #expect(try other.run("import-annotations \(supported)").contains("imported 1 claim with 2 events"))
        #expect(try other.workbench.claim(String(imported + 1)).state.status == .supported)
        #expect(try other.workbench.verify().problems.isEmpty)
    }
}
