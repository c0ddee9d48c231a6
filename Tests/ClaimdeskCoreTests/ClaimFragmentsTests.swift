import Foundation
import Testing
@testable import ClaimdeskCore

/// Discontinuous claims in the store and the JSONL contract: `fragments` checked, stored, exported, imported, replayed.
@Suite struct ClaimFragmentsTests {
    /// `“Prices will fall,” she said, “and wages will rise.”`: the quote without `she said`.
    static let text = "Lead.\n\n“Prices will fall,” she said, “and wages will rise.”\n"
    static let pieces = [7..<26, 37..<59]

    @Test func fragmentsMustCoverTheSpanInOrderWithGaps() throws {
        #expect(try ClaimFragments.normalized(nil, covering: 0..<9) == nil)
        #expect(try ClaimFragments.normalized([0..<9], covering: 0..<9) == nil, "one piece is a contiguous claim")
        #expect(try ClaimFragments.normalized([0..<3, 5..<9], covering: 0..<9) == [0..<3, 5..<9])
        for (fragments, span) in [([0..<4], 0..<9), ([0..<3, 3..<9], 0..<9), ([0..<5, 4..<9], 0..<9), ([1..<3, 5..<9], 0..<9),
                                  ([0..<3, 5..<8], 0..<9), ([0..<3, 5..<5, 6..<9], 0..<9), ([5..<9, 0..<3], 0..<9)] {
            #expect(throws: ClaimdeskError.self, "\(fragments)") { try ClaimFragments.normalized(fragments, covering: span) }
        }
        #expect(ClaimFragments.text(Self.pieces) == "[[7,26],[37,59]]")
        #expect(ClaimFragments.parse("[[7,26],[37,59]]") == Self.pieces)
        #expect(ClaimFragments.parse(nil) == nil)
    }

    @Test(arguments: StoreKind.allCases) func aDiscontinuousClaimRoundTripsThroughTheJSONLContract(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        _ = try project.importText(Self.text)
        let record = try Self.record(fragments: "[[7, 26], [37, 59]]")
        #expect(try project.run("import-annotations \(try project.file("in.jsonl", record))").hasPrefix("imported 1 claim"))
        let claim = try project.workbench.claim("1")
        #expect(claim.state.fragments == Self.pieces)
        #expect(claim.state.text == "“Prices will fall,” she said, “and wages will rise.”", "text stays the covering span")
        #expect(try project.workbench.history(of: 1).last?.after?.fragments == Self.pieces, "the event records the fragments")
        #expect(try project.run("verify").hasPrefix("ok: 1 claims"))

        let out = project.workspace + "/out.jsonl"
        _ = try project.run("export --out \(out)")
        let exported = try String(contentsOfFile: out, encoding: .utf8)
        #expect(exported.contains(#""history_count":1,"fragments":[[7,26],[37,59]],"attribution_status""#))

        let again = try TemporaryProject(on: kind)
        _ = try again.importText(Self.text)
        _ = try again.run("import-annotations \(out)")
        let copy = project.workspace + "/copy.jsonl"
        _ = try again.run("export --out \(copy)")
        #expect(try String(contentsOfFile: copy, encoding: .utf8) == exported, "JSONL v2 round trip is byte-identical")

        try project.store.write { db in try db.execute("UPDATE claims SET fragments = '[[7,25],[37,59]]'") }
        #expect(throws: ClaimdeskError.self, "verify sees stored fragments that the log does not explain") { try project.run("verify") }
    }

    @Test(arguments: StoreKind.allCases) func badFragmentsAreRefusedAndNothingIsWritten(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        _ = try project.importText(Self.text)
        let before = try project.fingerprint()
        for (fragments, complaint) in [("[[7, 26], [20, 59]]", "touch or overlap"), ("[[8, 26], [37, 59]]", "claim's span is 7..59"),
                                       ("[[7, 26]]", "not the claim's span"), ("\"7-26\"", "list of [start, end] pairs"),
                                       ("[[7, 26], [37, 99]]", "claim's span is 7..59")] {
            let path = try project.file("bad.jsonl", try Self.record(fragments: fragments))
            #expect { try project.run("import-annotations \(path)") } throws: { error in
                (error as? ClaimdeskError)?.message.contains(complaint) == true && (error as? ClaimdeskError)?.message.contains("bad.jsonl:1") == true
            }
        }
        #expect(try project.fingerprint() == before)
    }

    /// The claim index holds a discontinuous claim's pieces, not the words of its gap (`she said`).
    @Test(arguments: StoreKind.allCases) func claimSearchFindsThePiecesOnly(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        _ = try project.importText(Self.text)
        _ = try project.run("claim 7..26+37..59")
        let wages = try project.run("search wages --claims")
        #expect(wages.contains("claim 1"), "\(wages)")
        #expect(!(try project.run("search said --claims").contains("claim 1")))
        #expect(try project.run("verify").hasPrefix("ok: 1 claims"), "verify's index check agrees")
    }

    /// A version 6 project (no `fragments` column) gains it, every claim contiguous, when it is next opened.
    @Test(arguments: StoreKind.allCases) func migrationAddsTheColumnWithEveryClaimContiguous(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        _ = try project.importText(Self.text)
        _ = try project.run("claim 7..26")
        try project.store.write { db in
            try db.execute("ALTER TABLE claims DROP COLUMN fragments")
            try db.execute(kind == .sqlite ? "PRAGMA user_version = 6" : "UPDATE claimdesk_meta SET value = '6' WHERE key = 'user_version'")
        }
        let reopened = try ProjectStore.open(project.location)
        let fragments: String? = try reopened.read { db in try db.value("SELECT fragments FROM claims WHERE id = 1") }
        #expect(fragments == nil)
        #expect(try reopened.read { db in try db.value("SELECT count(*) FROM claims") as Int? } == 1)
    }

    private static func record(fragments: String) throws -> String {
        let sha = SHA256.hexDigest(of: Array(text.utf8))
        return #"{"schema_version": 2, "id": "7f9c2ba4-e88f-4d2a-a0ab-000000000001", "doc_sha256": "\#(sha)", "start": 7, "end": 59, "text": "“Prices will fall,” she said, “and wages will rise.”", "fragments": \#(fragments)}"# + "\n"
    }
}
