import Foundation
import GRDB
import Testing
@testable import ClaimdeskCore

/// The event log alone rebuilds every claim, speaker and source, after long random sessions with undo and redo.
@Suite struct ReplayTests {
    @Test(arguments: StoreKind.allCases, 1...6)
    func randomSessionsReplayToTheStoredState(on kind: StoreKind, seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let project = try TemporaryProject(on: kind)
        _ = try project.run("import \(SampleArticle.path)")
        let reviewers = [project.workbench, project.workbench(for: "ben")]
        for _ in 0..<250 {
            let bench = reviewers[Int(random.next() % 2)]
            try? RandomStep.apply(Int(random.next() % 14), random.next(), bench)
        }
        let report = try project.workbench.verify()
        #expect(report.problems.isEmpty, "\(report.problems)")
        #expect(report.events > 100)
        let entityActions = Set(try project.workbench.activity(ActivityFilter()).filter { $0.entity != nil }.map(\.action))
        #expect(entityActions.isSuperset(of: ["create", "alias", "source", "merge-speakers", "undo"]), "\(entityActions)")
    }

    @Test(arguments: StoreKind.allCases) func verifyDetectsAStoredClaimThatDisagreesWithItsEvents(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        let doc = try project.importText("Xi said it.")
        _ = try project.workbench.createClaim(in: doc, draft: ClaimDraft(range: 0..<2))
        try project.store.write { db in try db.execute("UPDATE claims SET status = 'refuted'") }
        #expect(try project.workbench.verify().problems.count == 1)
        #expect(throws: ClaimdeskError.self) { try project.run("verify") }
    }

    /// Snapshots are compared as text first and decoded only when the text differs: one written by another
    /// encoder (JSONEncoder escapes `/`) still continues the chain, and a real break is still found.
    @Test(arguments: StoreKind.allCases) func verifyReadsSnapshotsOfAnotherEncoderAndFindsABrokenChain(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        let doc = try project.importText("He said 1/2 of it went.")
        let claim = try project.workbench.createClaim(in: doc, draft: ClaimDraft(range: 0..<10))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        var after = claim.state
        after.status = .refuted
        let (beforeJSON, afterJSON) = (String(decoding: try encoder.encode(claim.state), as: UTF8.self), String(decoding: try encoder.encode(after), as: UTF8.self))
        #expect(beforeJSON.contains(#"1\/"#))
        try project.store.write { db in
            try db.execute("UPDATE claims SET status = 'refuted' WHERE id = ?", [claim.id])
            try db.execute("INSERT INTO events (claim_id, doc_id, reviewer, at, action, before, after, batch) VALUES (?, ?, 'ana', 'now', 'status', ?, ?, 99)",
                           [claim.id, doc, beforeJSON, afterJSON])
        }
        #expect(try project.workbench.verify().problems.isEmpty)
        try project.store.write { db in
            try db.execute("INSERT INTO events (claim_id, doc_id, reviewer, at, action, before, after, batch) VALUES (?, ?, 'ana', 'now', 'status', ?, ?, 100)",
                           [claim.id, doc, beforeJSON, afterJSON])
        }
        let problems = try project.workbench.verify().problems
        #expect(problems.count == 1 && problems[0].contains("does not start where the previous event left the claim"), "\(problems)")
    }

    @Test(arguments: StoreKind.allCases) func logShowsProjectWideActivity(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        _ = try project.run("import \(SampleArticle.path)", #"claim "Lu Jun""#, "status 1 refuted")
        _ = try project.workbench(for: "ben").approve(1)
        let log = try project.run("log")
        #expect(log.contains("ana  import document 1") && log.contains("ben  approve claim 1") && log.hasSuffix("4 events\n"))
        #expect(try project.run("log --reviewer ben --limit 5").hasSuffix("1 event\n"))
        #expect(throws: ClaimdeskError.self) { try project.run("log --since yesterday") }
    }
}

/// One random step of a reviewing session: claims, review, speakers (aliases, merges) and sources, undo and redo.
enum RandomStep {
    private static let speakers = ["Xi", "Zhou", "Lu Jun"]
    private static let aliases = ["President Xi", "Hongyi", "Lu", "Mr Lu", "Chairman"]

    static func apply(_ kind: Int, _ value: UInt64, _ bench: Workbench) throws {
        let claimIDs: [Int64] = try bench.store.read { db in try db.values("SELECT id FROM claims WHERE deleted = 0") }
        let target = claimIDs.isEmpty ? 0 : claimIDs[Int(value % UInt64(claimIDs.count))]
        switch kind {
        case 0, 1: _ = try bench.createClaim(in: 1, draft: ClaimDraft(range: Int(value % 5000)..<Int(value % 5000) + 1 + Int(value % 40)))
        case 2: try bench.change(target, action: "status") { state, _ in state.status = VerificationStatus.allCases[Int(value % 8)] }
        case 3: try bench.change(target, action: "speaker") { state, _ in state.speaker = speakers[Int(value % 3)] }
        case 4: _ = try bench.undo()
        case 5: _ = try bench.redo()
        case 6: try bench.submit(target)
        case 7: try bench.approve(target)
        case 8: try bench.change(target, action: "delete") { state, _ in state.deleted = true }
        case 9: _ = try bench.annotateSpeaker(speakers[Int(value % 3)], adding: [aliases[Int(value % 5)]], kind: ["person", nil][Int(value % 2)])
        case 10: _ = try bench.annotateSpeaker(speakers[Int(value % 3)], removing: [aliases[Int(value % 5)]])
        case 11: try bench.change(target, action: "source") { state, _ in state.sources.append(SourceLink(name: ["Xinhua", "VOA"][Int(value % 2)], via: "\(value % 3)")) }
        case 12: _ = try bench.updateSource(["Xinhua", "VOA"][Int(value % 2)], kind: ["agency", "publication"][Int(value % 2)], url: "https://example.org/\(value % 4)")
        default: _ = try bench.mergeSpeakers(keeping: speakers[Int(value % 3)], absorbing: speakers[Int(value / 3 % 3)])
        }
    }
}
