import Foundation
import Testing
@testable import ClaimdeskCore

@Suite struct SuggestCommandTests {
    @Test(arguments: StoreKind.allCases) func suggestAcceptRejectAndRemember(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        _ = try project.run("import \(SampleArticle.path)")
        let listed = try project.run("suggest")
        #expect(listed.hasSuffix("18 suggestions; accept N… | accept all | accept N --speaker NAME | reject N…\n"))
        #expect(listed.contains(#"#9 [2890..2999] direct «The target of this round of the common prosperity initiative…» — "Lu Jun" → Lu Jun (new speaker: founder of"#))
        let accepted = try project.run("accept 3 7")
        #expect(accepted.hasPrefix("claim 1 [952..1133]") && accepted.contains("claim 2 [2054..2120+2211..2352]"), "Xi’s quote interrupted by `he said` is one suggestion: \(accepted)")
        _ = try project.run("reject 1", "accept 9 --speaker \"Lu Jun (Yirenping)\"")
        let again = try project.run("suggest")
        #expect(again.hasSuffix("14 suggestions; accept N… | accept all | accept N --speaker NAME | reject N…\n"), "accepted and rejected ones are gone")
        let claim = try project.workbench.claim("1")
        #expect(claim.origin == .suggested && claim.state.speaker == "Zhou Hongyi" && claim.state.cue == "said" && claim.state.quoteType == .direct)
        #expect(try project.workbench.history(of: 1).first?.detail == "suggested by rule name-cue-quote (confidence 0.85; check-worthiness 0.2)")
        let interrupted = try project.workbench.history(of: 2).first?.detail ?? ""
        #expect(interrupted.hasPrefix("suggested by rule quote-name-cue (confidence 0.90;"), "\(interrupted)")
        #expect(try project.workbench.claim("2").state.fragments == [2054..<2120, 2211..<2352], "stored as its quoted pieces, without `he said`")
        #expect(try project.workbench.claim("3").state.speaker == "Lu Jun (Yirenping)")
        let note: String? = try project.store.read { db in try db.value("SELECT note FROM speakers WHERE name = 'Lu Jun'") }
        #expect(note == nil, "the corrected speaker replaced the suggested one")
    }

    @Test(arguments: StoreKind.allCases) func acceptAllForScriptsAndExportOrigin(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        _ = try project.run("import \(SampleArticle.path)")
        #expect(try project.run("suggest --accept-all").hasSuffix("accepted 18 suggestions; run `suggest` again for the rest\n"))
        #expect(try project.run("suggest").hasPrefix("0 suggestions"))
        let speakers = try project.run("speakers")
        #expect(speakers.contains("Lei Jun — person, CEO of consumer electronics manufacturer Xiaomi: 1 claim"))
        #expect(speakers.contains("China Daily — organisation: 2 claims") && speakers.contains("analysts — group: 1 claim"))
        _ = try project.run("export")
        let lines = try String(contentsOfFile: project.location.exportFolder + "/claims.jsonl", encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 18 && lines.allSatisfy { $0.contains(#""origin":"suggested""#) })
        let undone = try project.run("undo").split(separator: "\n")
        #expect(undone.count { $0.contains(" on claim ") } == 18, "one undo takes back the whole batch")
        #expect(try project.workbench.verify().problems.isEmpty)
    }

    @Test(arguments: StoreKind.allCases) func acceptWithTheSuggestedSpeakerKeepsWhereTheTextNamesThem(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        _ = try project.run("import \(SampleArticle.path)", "suggest", "accept 9 --speaker \"Lu Jun\"")
        let state = try project.workbench.claim("1").state
        #expect(state.speaker == "Lu Jun" && state.speakerStart != nil && state.speakerEnd != nil, "the mention is kept")
        let note: String? = try project.store.read { db in try db.value("SELECT note FROM speakers WHERE name = 'Lu Jun'") }
        #expect(note?.hasPrefix("founder of") == true, "and so is the note")
    }

    @Test func acceptingSuggestionsWithoutASpeakerSaysWhichClaimsNeedOne() throws {
        let project = try TemporaryProject(on: .sqlite)
        let file = project.workspace + "/notice.txt"
        try "The notice on the gate reads: “Closed until further notice by order of the harbour council.”\n\nThe mayor said the harbour would reopen in May.\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        let accepted = try project.run("import \(file)", "suggest --accept-all")
        #expect(accepted.hasSuffix("claim 1 has no speaker: `speaker 1 NAME` names one\naccepted 2 suggestions; run `suggest` again for the rest\n"), "\(accepted)")
        #expect(try project.workbench.claim("1").state.speaker == nil && project.workbench.claim("2").state.speaker == "mayor", "accepted all the same")
        _ = try project.run("undo", "suggest")
        #expect(try !project.run("accept 2").contains("no speaker"), "nothing to say when every claim has one")
    }

    @Test func acceptNeedsAListing() {
        #expect(throws: ClaimdeskError.self) { try TemporaryProject().run("accept 1") }
    }
}
