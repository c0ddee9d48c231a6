import Foundation
import Testing
@testable import ClaimdeskCore

/// The `seen before` hint names only a checked main-layer claim made before the new one.
@Suite struct SeenBeforeTests {
    private static let quote = #"claim "Common prosperity means prosperity for all, not just a few people,""#

    @Test(arguments: StoreKind.allCases) func onlyACheckedEarlierClaimIsNamed(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        _ = try project.run("import \(SampleArticle.path)", "import \(SearchTests.roundupPath)", "open 1", Self.quote, "open 2")
        #expect(!(try project.run(Self.quote)).contains("seen before"), "claim 1 is unverified")
        _ = try project.run("delete 2", "status 1 supported")
        #expect(try project.run(Self.quote).hasSuffix("\nseen before: claim 1 (supported by ana, \(try Self.day(project))) — similar 3\n"))
        let seen = try #require(try project.workbench.seenBefore(3, before: 3))
        #expect(seen.claim?.id == 1 && seen.score == 1 && seen.checkedBy?.reviewer == "ana")
        _ = try project.run("status 3 refuted")
        #expect(try project.workbench.seenBefore(1, before: 1) == nil, "claim 3 came after claim 1")
        _ = try project.run("status 1 unverified")
        #expect(try project.workbench.seenBefore(3, before: 3) == nil)
    }

    private static func day(_ project: TemporaryProject) throws -> String {
        String(try project.workbench.claim("1").updatedAt.prefix(10))
    }
}
