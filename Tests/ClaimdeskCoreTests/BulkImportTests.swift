import Foundation
import Testing
@testable import ClaimdeskCore

/// What `import-annotations` does to go fast leaves the project as any other write would.
@Suite struct BulkImportTests {
    /// The shipped sample dataset (speakers with aliases, sources, evidence, tags) imported into a project with only its
    /// document exports the same bytes, passes `verify`, and stores each speaker and source once. SQLite's CHECK
    /// constraints, off during the import's transaction, refuse a bad value again afterwards, also after a failed import.
    @Test(arguments: StoreKind.allCases) func anImportRoundTripsAndLeavesTheChecksOn(on kind: StoreKind) throws {
        let shipped = SampleArticle.repositoryRoot.appendingPathComponent("exports/sample/claims.jsonl").path
        let project = try TemporaryProject(on: kind)
        _ = try project.run("import \(SampleArticle.path)")
        #expect(try project.run("import-annotations \(shipped)").contains("imported 8 claims"))
        try expectChecksRefuseABadStatus(project)
        #expect(throws: ClaimdeskError.self) { try project.run("import-annotations \(shipped)") }   // its claims are there already
        try expectChecksRefuseABadStatus(project)
        let again = project.workspace + "/again.jsonl"
        _ = try project.run("export --out \(again)")
        #expect(try Self.claimFields(again) == Self.claimFields(shipped))
        #expect(try project.workbench.verify().problems.isEmpty)
        let (speakers, distinctSpeakers): (Int, Int) = try project.store.read { db in
            (try db.value("SELECT count(*) FROM speakers") ?? 0, try db.value("SELECT count(DISTINCT speaker_id) FROM claims") ?? 0)
        }
        #expect(speakers == distinctSpeakers, "each speaker the claims name is stored once")
    }

    /// The larger page cache an import takes on SQLite (`SQLDialect.bulkPageCache`) is given back when its transaction
    /// ends, also when the import fails.
    @Test func theImportsPageCacheIsGivenBack() throws {
        let shipped = SampleArticle.repositoryRoot.appendingPathComponent("exports/sample/claims.jsonl").path
        let project = try TemporaryProject(on: .sqlite)
        let cacheSize = { try project.store.read { db in try db.value("PRAGMA cache_size") as Int? } }
        _ = try project.run("import \(SampleArticle.path)", "import-annotations \(shipped)")
        #expect(try cacheSize() == -2000)
        #expect(throws: ClaimdeskError.self) { try project.run("import-annotations \(shipped)") }
        #expect(try cacheSize() == -2000)
    }

    /// Imported claims go into the search index as new rows (no delete of a row a new claim cannot have first):
    /// their words and their notes are found, and the index agrees with the claims.
    @Test(arguments: StoreKind.allCases) func importedClaimsAreSearchable(on kind: StoreKind) throws {
        let shipped = SampleArticle.repositoryRoot.appendingPathComponent("exports/sample/claims.jsonl").path
        let project = try TemporaryProject(on: kind)
        _ = try project.run("import \(SampleArticle.path)", "import-annotations \(shipped)")
        #expect(try project.run("search Alibaba --claims").hasPrefix("1 hit for Alibaba in 1 document:\n  #1  claim "))
        #expect(try project.run("search readout --claims").contains("in notes: "))
        let problems = try project.store.read { db in try SearchIndex.problems(db) }
        #expect(problems.isEmpty, "\(problems)")
    }

    /// An import of more than 100 claims gets no seen-before search (one per claim, tens of milliseconds each at a
    /// million claims), one line saying how to check instead; `--seen-before` checks every one; up to 100, each claim
    /// is checked as before.
    @Test func aBulkImportSaysHowToCheckOrChecksEveryClaimWhenAsked() throws {
        let project = try SearchTests.twoArticles(on: .sqlite)
        let copy = try project.run(#"claim "Common prosperity means prosperity for all, not just a few people,""#)
        #expect(copy.hasSuffix("\nseen before: claim 1 (supported by ana, 2021-10-01) — similar 3\n"), "\(copy)")
        let others = try project.workbench.createClaims(in: 2, drafts: (0..<100).map { ClaimDraft(range: 2 * $0..<2 * $0 + 1) })
        let ids = IDRuns([3] + others.map(\.id))
        let printed = project.output.lines.count
        try SeenBefore.hint(imported: ids, project.context)
        try SeenBefore.hint(imported: ids, everyOne: true, project.context)
        #expect(Array(project.output.lines[printed...]) == [
            "seen before: not checked for an import of 101 claims (more than 100); `similar ID` checks any of them, and `import-annotations … --seen-before` checks every claim of an import",
            "seen before: claim 1 (supported by ana, 2021-10-01) — similar 3",
        ])
    }

    /// Each record of a JSONL export without its document's fields (this project's document has no title or url).
    private static func claimFields(_ path: String) throws -> [NSDictionary] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map { line in
            let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return NSDictionary(dictionary: record.filter { !$0.key.hasPrefix("doc_") })
        }
    }

    private func expectChecksRefuseABadStatus(_ project: TemporaryProject) throws {
        #expect(throws: (any Error).self) {
            try project.store.write { db in try db.execute("UPDATE claims SET status = 'bogus' WHERE id = (SELECT min(id) FROM claims)") }
        }
        #expect(throws: (any Error).self) {
            try project.store.write { db in
                try db.execute("INSERT INTO evidence (claim_id, position, ref, stance, reviewer, at) VALUES ((SELECT min(id) FROM claims), 9, 'r', 'bogus', 'ana', 'now')")
            }
        }
    }
}
