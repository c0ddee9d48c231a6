import Foundation
import Testing
@testable import ClaimdeskCore

/// `similar` gathers candidates around a claim's rarest words, each probe bounded in the postings it reads,
/// and `search --claims` ranks the newest matches itself; on both stores.
@Suite struct SimilarBoundTests {
    /// Sentences every one of the 600 common claims is made of (so each of their words is held by more claims than a word's sample).
    private static let common = "The council said the fees rose by a third this year."
    private static let rare = "Zanzibar harbour fees rose by a third, the council said."

    /// Document 1 with the old rare claim (claim 1), document 2 with 600 common claims, document 3 with the same rare words (claim 602).
    private static func crowdedProject(on kind: StoreKind) throws -> TemporaryProject {
        let project = try TemporaryProject(on: kind)
        let old = try project.importText(rare, name: "old.txt")
        _ = try project.workbench.createClaim(in: old, draft: ClaimDraft(range: 0..<rare.unicodeScalars.count))
        let crowd = try project.importText(Array(repeating: common, count: 600).joined(separator: "\n"), name: "crowd.txt")
        let length = common.unicodeScalars.count + 1
        _ = try project.workbench.createClaims(in: crowd, drafts: (0..<600).map { ClaimDraft(range: ($0 * length)..<($0 * length + length - 1)) })
        let new = try project.importText("Late edition. " + rare, name: "new.txt")
        _ = try project.workbench.createClaim(in: new, draft: ClaimDraft(range: 14..<(14 + rare.unicodeScalars.count)))
        return project
    }

    @Test(arguments: StoreKind.allCases) func rareWordsAreCountedAndCommonOnesEstimatedFromTheirNewestPostings(on kind: StoreKind) throws {
        let project = try Self.crowdedProject(on: kind)
        let frequencies = try project.store.read { db in try WordFrequencies(db, words: SearchTokens(Self.rare).words) }
        #expect(frequencies.newestID == 602)
        #expect(frequencies.claims["zanzibar"] == 2)
        let council = try #require(frequencies.claims["council"])
        #expect(council > 590 && council < 615)   // 602 claims hold it; 500 postings read
        #expect(frequencies.rarest(SearchTokens(Self.rare).words, count: 3) == ["zanzibar", "harbour", "fees"])
    }

    @Test(arguments: StoreKind.allCases) func aProbeOverTheBudgetReadsOnlyTheNewestClaims(on kind: StoreKind) throws {
        let project = try Self.crowdedProject(on: kind)
        let frequencies = try project.store.read { db in try WordFrequencies(db, words: SearchTokens(Self.rare).words) }
        let rarePhrase = try #require(SearchQuery.phrase(["zanzibar", "harbour"]))
        let commonPhrase = try #require(SearchQuery.phrase(["the", "council", "said"]))
        #expect(frequencies.windowStart(of: rarePhrase, budget: 100) == nil)
        let start = try #require(frequencies.windowStart(of: commonPhrase, budget: 300))   // 602 claims × 3 words: the newest sixth of the ids
        #expect(start == 502)
        let read = try project.store.read { db in
            try project.workbench.matchingClaimRows(db, commonPhrase, in: .claimText, filter: ClaimSearchFilter(), limit: 1000, from: start)
        }
        #expect(read.map { $0["id"] as Int64 } == Array((start...602).reversed()))
    }

    @Test(arguments: StoreKind.allCases) func theOldNearIdenticalClaimIsFoundAmongManyCommonOnes(on kind: StoreKind) throws {
        let project = try Self.crowdedProject(on: kind)
        let probes = try project.store.read { db in try SimilarProbes(db, words: SearchTokens(Self.rare).words) }
        #expect(probes.claims.first == SearchQuery.all(["zanzibar", "fees", "a", "the"].map { .term(SearchTerm(words: [$0], prefix: false)) }))
        let results = try project.workbench.similar(to: 602, limit: 5)
        #expect(results.first?.claim?.id == 1)
        #expect(results.first?.score == 1)
        #expect(try project.workbench.similar(to: 1, limit: 1).first?.claim?.id == 602)
    }

    @Test(arguments: StoreKind.allCases) func claimSearchRanksRepeatedAndShorterMatchesFirstAndNotesOnlyLast(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        let text = "Inflation, inflation everywhere. Prices of bread and of milk rose and inflation was blamed for it all. Wages fell."
        let doc = try project.importText(text)
        let spans = [70..<102, 0..<32, 33..<102, 103..<114]   // "inflation was …", "Inflation, inflation …", the long sentence, "Wages fell."
        let claims = try project.workbench.createClaims(in: doc, drafts: spans.map { ClaimDraft(range: $0) })
        _ = try project.run("evidence \(claims[3].id) https://example.org/cpi --stance context --note \"inflation figures\"")
        let hits = try project.workbench.search(SearchTests.request("inflation", claims: true))
        #expect(hits.compactMap { $0.claim?.id } == [claims[1].id, claims[0].id, claims[2].id, claims[3].id])
        #expect(hits.last?.note == "inflation figures")
    }
}
