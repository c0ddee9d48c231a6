import Foundation
import Testing
@testable import ClaimdeskCore

@Suite struct WorkbenchTests {
    @Test(arguments: StoreKind.allCases) func reimportingIdenticalBytesReturnsTheExistingDocument(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        let path = try project.file("a.txt", "Xi said it.\r\n")
        let first = try project.workbench.importDocument(path: path, metadata: DocumentMetadata(title: "A"))
        let second = try project.workbench.importDocument(path: path, metadata: DocumentMetadata())
        #expect(first.created && !second.created)
        #expect(first.document.id == second.document.id)
        #expect(try project.workbench.documents().count == 1)
        #expect(try project.workbench.text(of: first.document.id).string == "Xi said it.\r\n")
    }

    @Test(arguments: StoreKind.allCases) func importValidatesMetadataBeforeWriting(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        let path = try project.file("a.txt", "text")
        #expect(throws: ClaimdeskError.self) { try project.workbench.importDocument(path: path, metadata: DocumentMetadata(published: "2021-13-01")) }
        #expect(throws: ClaimdeskError.self) { try project.workbench.importDocument(path: path, metadata: DocumentMetadata(url: "not a url")) }
        #expect(try project.fingerprint()[0] == 0)
    }

    @Test(arguments: StoreKind.allCases) func everyChangeRecordsBeforeAndAfter(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        let doc = try project.importText("Zhou said, “Our success depends on policy.”")
        let claim = try project.workbench.createClaim(in: doc, draft: ClaimDraft(range: 12..<42))
        try project.workbench.change(claim.id, action: "status") { state, _ in state.status = .refuted }
        let history = try project.workbench.history(of: claim.id)
        #expect(history.map(\.action) == ["create", "status"])
        #expect(history[0].before == nil && history[0].after?.text == "Our success depends on policy.")
        #expect(history[1].before?.status == .unverified && history[1].after?.status == .refuted)
        #expect(history.allSatisfy { $0.reviewer == "ana" })
    }

    @Test(arguments: StoreKind.allCases) func aChangeThatChangesNothingIsRefused(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        let doc = try project.importText("Xi said it.")
        let claim = try project.workbench.createClaim(in: doc, draft: ClaimDraft(range: 0..<2))
        #expect(throws: ClaimdeskError.refused("claim \(claim.id) already is so; nothing changed")) {
            try project.workbench.change(claim.id, action: "status") { state, _ in state.status = .unverified }
        }
    }

    @Test(arguments: StoreKind.allCases) func undoWalksBackThroughTheReviewersChanges(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        let doc = try project.importText("Xi said it.")
        let claim = try project.workbench.createClaim(in: doc, draft: ClaimDraft(range: 0..<2))
        try project.workbench.change(claim.id, action: "status") { state, _ in state.status = .supported }
        try project.workbench.change(claim.id, action: "speaker") { state, _ in state.speaker = "Xi Jinping" }
        #expect(try project.workbench.undo().claims[0].state.speaker == nil)
        #expect(try project.workbench.undo().claims[0].state.status == .unverified)
        #expect(try project.workbench.undo().claims[0].state.deleted)
        #expect(throws: ClaimdeskError.self) { try project.workbench.undo() }
        #expect(try project.workbench.history(of: claim.id).map(\.action) == ["create", "status", "speaker", "undo", "undo", "undo"])
    }

    @Test(arguments: StoreKind.allCases) func undoNeverOverwritesAnotherReviewersChange(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        let doc = try project.importText("Xi said it.")
        let claim = try project.workbench.createClaim(in: doc, draft: ClaimDraft(range: 0..<2))
        try project.workbench.change(claim.id, action: "status") { state, _ in state.status = .supported }
        try project.workbench(for: "ben").change(claim.id, action: "status") { state, _ in state.status = .refuted }
        #expect(throws: ClaimdeskError.self) { try project.workbench.undo() }
        #expect(try project.workbench.claim(String(claim.id)).state.status == .refuted)
    }

    @Test(arguments: StoreKind.allCases) func speakersResolveByAliasAndAreReused(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        let doc = try project.importText("Zhou Hongyi said A. Zhou said B.")
        _ = try project.workbench.annotateSpeaker("Zhou Hongyi", adding: ["Zhou"])
        var draft = ClaimDraft(range: 17..<18)
        draft.speaker = "zhou"
        let claim = try project.workbench.createClaim(in: doc, draft: draft)
        #expect(claim.state.speaker == "Zhou Hongyi")
        #expect(throws: ClaimdeskError.self) { try project.workbench.annotateSpeaker("Someone Else", adding: ["Zhou"]) }
        #expect(try project.workbench.speakers().map(\.name) == ["Zhou Hongyi"])
    }

    @Test(arguments: StoreKind.allCases) func duplicateSpansAreRefusedButOverlapsAndNestingAreNot(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        let doc = try project.importText("Xi said common prosperity means prosperity for all.")
        _ = try project.workbench.createClaim(in: doc, draft: ClaimDraft(range: 8..<51))
        _ = try project.workbench.createClaim(in: doc, draft: ClaimDraft(range: 8..<25))
        _ = try project.workbench.createClaim(in: doc, draft: ClaimDraft(range: 15..<40))
        #expect(throws: ClaimdeskError.self) { try project.workbench.createClaim(in: doc, draft: ClaimDraft(range: 8..<25)) }
    }

    @Test(arguments: StoreKind.allCases) func batchCreationIsAllOrNothing(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        let doc = try project.importText("Xi said it.")
        #expect(throws: ClaimdeskError.self) {
            try project.workbench.createClaims(in: doc, drafts: [ClaimDraft(range: 0..<2), ClaimDraft(range: 0..<2)])
        }
        #expect(try project.fingerprint()[1] == 0)
    }

    @Test(arguments: StoreKind.allCases) func claimsAreFoundByNumberOrIdPrefix(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        let doc = try project.importText("Xi said it.")
        let claim = try project.workbench.createClaim(in: doc, draft: ClaimDraft(range: 0..<2))
        #expect(try project.workbench.claim(String(claim.uid.prefix(8))).id == claim.id)
        let digits = try #require(claim.uid.split(separator: "-").first.map { String($0.filter(\.isNumber).prefix(4)) })
        if digits.count == 4, claim.uid.hasPrefix(digits) { #expect(try project.workbench.claim(digits).id == claim.id, "an id prefix of digits only") }
        #expect(throws: ClaimdeskError.self) { try project.workbench.claim("999") }
        #expect(throws: ClaimdeskError.self) { try project.workbench.claim("zz") }
    }
}
