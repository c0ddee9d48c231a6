import Foundation
import Testing
@testable import ClaimdeskCore

/// `similar` finds the other quotings of a statement: in its first five results for at least 90% of the
/// statements of ``QuotedStatements`` (the figure in the README), on both stores.
@Suite struct SimilarRecallTests {
    @Test(arguments: StoreKind.allCases) func otherQuotingsAreInTheFirstFiveResults(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        let (texts, places) = QuotedStatements.articles()
        var docIDs: [Int64] = []
        for (index, text) in texts.enumerated() { docIDs.append(try project.importText(text, name: "article-\(index + 1).txt")) }
        var claimIDs: [Int64] = []
        for (statement, quotings) in places.enumerated() {
            let first = quotings[0]
            claimIDs.append(try project.workbench.createClaim(in: docIDs[first.article], draft: ClaimDraft(range: first.range)).id)
            if statement % 2 == 0 {
                let second = quotings[1]
                _ = try project.workbench.createClaim(in: docIDs[second.article], draft: ClaimDraft(range: second.range))
            }
        }
        var found = 0
        for (statement, quotings) in places.enumerated() {
            let results = try project.workbench.similar(to: claimIDs[statement], limit: 5)
            let allFound = quotings.dropFirst().allSatisfy { quoting in
                results.contains { $0.docID == docIDs[quoting.article] && $0.range.overlaps(quoting.range) }
            }
            if allFound { found += 1 }
        }
        let recall = Double(found) / Double(places.count)
        print("similar recall at 5 on \(kind): \(found)/\(places.count) statements = \(recall)")
        #expect(recall >= 0.9)
    }
}
