import Foundation
import Testing
@testable import ClaimdeskCore

@Suite struct ReviseTests {
    @Test func reanchorerClassifiesEachOutcome() {
        let old = DocumentText("Intro. Xi said common prosperity is for all. Zhou said firms must align. The end of the article.")
        let new = DocumentText("New lead. Intro. Xi said common prosperity is for all. Zhou said firms must help. The end of the article.")
        let finder = Reanchorer(old: old, new: new)
        #expect(finder.locate(7..<44).state == .moved)
        #expect(new.slice(finder.locate(7..<44).span!) == old.slice(7..<44))
        let changed = finder.locate(45..<71)
        #expect(changed.state == .changed)
        #expect(new.slice(changed.span!) == "Zhou said firms must help")
        #expect(Reanchorer(old: old, new: DocumentText("Entirely different text of some length, nothing in common at all.")).locate(7..<44).state == .orphaned)
        #expect(Reanchorer(old: old, new: old).locate(7..<44) == (AnchorState.anchored, 7..<44))
    }

    @Test func contextPicksTheRightOneOfSeveralOccurrences() {
        let old = DocumentText("A: he said yes. B: he said yes.")
        let new = DocumentText("A: he said yes. Inserted. B: he said yes.")
        #expect(Reanchorer(old: old, new: new).locate(19..<31).span == 29..<41)
    }

    @Test(arguments: StoreKind.allCases) func reviseCommandMovesClaimsAndUndoRevertsAll(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        _ = try project.run("import \(SampleArticle.path)", #"claim "Lu Jun""#, #"claim "Common prosperity means prosperity for all""#)
        let article = try SampleArticle.text()
        let revised = "Editor’s note: corrected on Oct. 1.\n\n" + article.replacingOccurrences(of: "Lu Jun", with: "Lu Jun (卢军)")
        let path = try project.file("revised.txt", revised)
        let output = try project.run("revise 1 \(path)")
        #expect(output.hasPrefix("document 2 is version 2 of document 1 and now current: 0 anchored, 2 moved, 0 changed, 0 orphaned\n"))
        let claim = try project.workbench.claim("2")
        #expect(claim.docID == 2 && claim.state.text == "Common prosperity means prosperity for all" && claim.state.anchor == .moved)
        _ = try project.run("undo")
        #expect(try project.workbench.claim("2").docID == 1)
        #expect(try project.workbench.claim("1").state.anchor == nil)
        #expect(try project.workbench.verify().problems.isEmpty)
    }

    /// Random paragraph insertions and deletions before, inside and after claims.
    @Test(arguments: StoreKind.allCases, 1...8)
    func randomEditsNeverAttachClaimsToOtherWords(on kind: StoreKind, seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let project = try TemporaryProject(on: kind)
        let article = try SampleArticle.text()
        _ = try project.run("import \(SampleArticle.path)")
        let text = DocumentText(article)
        let paragraphs = text.paragraphs()
        var drafts: [ClaimDraft] = []
        for paragraph in paragraphs where random.next() % 2 == 0 {
            let words = text.occurrences(of: " ", in: paragraph)
            guard words.count > 4 else { continue }
            let a = words[Int(random.next() % UInt64(words.count / 2))].upperBound
            let b = words[words.count / 2 + Int(random.next() % UInt64(words.count / 2))].lowerBound
            drafts.append(ClaimDraft(range: a..<b))
        }
        let claims = try project.workbench.createClaims(in: 1, drafts: drafts)
        var revisedParagraphs = paragraphs.map(text.slice)
        for _ in 0..<4 {
            let index = Int(random.next() % UInt64(revisedParagraphs.count))
            switch random.next() % 3 {
            case 0: revisedParagraphs.insert("An inserted paragraph number \(random.next() % 1000).", at: index)
            case 1: revisedParagraphs.remove(at: index)
            default: revisedParagraphs[index] = revisedParagraphs[index].replacingOccurrences(of: " the ", with: " a ")
            }
        }
        let revised = revisedParagraphs.joined(separator: "\n\n")
        let summary = try project.workbench.revise(1, path: try project.file("revised.txt", revised))
        let newText = DocumentText(revised)
        #expect(AnchorState.allCases.map(summary.count).reduce(0, +) == claims.count)
        for claim in claims {
            let after = try project.workbench.claim(String(claim.id)).state
            let survives = !newText.occurrences(of: claim.state.text).isEmpty
            if survives { #expect([.anchored, .moved].contains(after.anchor), "claim \(claim.id) text survives") }
            switch after.anchor {
            case .anchored?, .moved?:
                #expect(after.text == claim.state.text && newText.slice(after.span) == after.text && after.doc == summary.new.id)
            case .changed?:
                #expect(newText.slice(after.span) == after.text && after.reviewState == .needs_review)
            case .orphaned?:
                #expect(after.doc == 1 && after.text == claim.state.text && after.reviewState == .needs_review)
            case nil:
                Issue.record("claim \(claim.id) was not re-anchored")
            }
        }
        #expect(try project.workbench.verify().problems.isEmpty)
    }
}
