import Testing
@testable import ClaimdeskCore

@Suite struct ReviewTests {
    @Test(arguments: StoreKind.allCases) func approvalNeedsAnotherReviewerThanTheLastEditor(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        let doc = try project.importText("Xi said common prosperity is for all.")
        let claim = try project.workbench.createClaim(in: doc, draft: ClaimDraft(range: 8..<37))
        try project.workbench.submit(claim.id)
        #expect(throws: ClaimdeskError.self) { try project.workbench.approve(claim.id) }
        let ben = project.workbench(for: "ben")
        #expect(try ben.approve(claim.id).state.reviewState == .approved)
        #expect(throws: ClaimdeskError.self) { try project.workbench.submit(claim.id) }
    }

    @Test(arguments: StoreKind.allCases) func aReviewStepDoesNotMakeTheSubmitterTheEditor(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        let doc = try project.importText("Xi said common prosperity is for all.")
        let claim = try project.workbench(for: "ben").createClaim(in: doc, draft: ClaimDraft(range: 8..<37))
        try project.workbench.submit(claim.id)
        #expect(try project.workbench.approve(claim.id).state.reviewState == .approved, "ana only submitted; ben edited")
    }

    @Test(arguments: StoreKind.allCases) func changingAnApprovedClaimReopensReview(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        let doc = try project.importText("Xi said common prosperity is for all.")
        let claim = try project.workbench.createClaim(in: doc, draft: ClaimDraft(range: 8..<37))
        try project.workbench(for: "ben").approve(claim.id)
        let changed = try project.workbench.change(claim.id, action: "status") { state, _ in state.status = .supported }
        #expect(changed.state.reviewState == .needs_review)
    }

    @Test(arguments: StoreKind.allCases) func disputesNeedAReasonAndAreListed(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        _ = try project.run("import \(SampleArticle.path)", #"claim "Lu Jun""#, #"claim "Zhou Hongyi""#)
        #expect(throws: ClaimdeskError.self) { try project.run("dispute 1") }
        #expect(try project.run(#"dispute 1 --note "wrong speaker""#) == "claim 1: review open → disputed\n")
        #expect(try project.run("submit 2") == "claim 2: review open → needs_review\n")
        let reviews = try project.run("reviews")
        #expect(reviews.contains(" disputed     ") && reviews.contains(" needs_review ") && reviews.hasSuffix("2 claims\n"))
        #expect(try project.run("history 1").contains("ana  dispute claim 1: review open → disputed [wrong speaker]"))
    }
}
