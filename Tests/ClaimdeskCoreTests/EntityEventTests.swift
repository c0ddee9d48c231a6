import Foundation
import Testing
@testable import ClaimdeskCore

/// Speakers, aliases and sources change only through events: each change is recorded, shown by
/// `log` and `history`, taken back by `undo`, and replayed by `verify`, which catches rows changed
/// behind claimdesk's back.
@Suite struct EntityEventTests {
    /// A project holding the sample article with claim 1 on the Xi quote, said by "Xi Jinping".
    private func project(on kind: StoreKind) throws -> TemporaryProject {
        let project = try TemporaryProject(on: kind)
        let doc = try project.importText(try SampleArticle.text())
        _ = try project.run("open \(doc)", #"claim "Common prosperity means prosperity for all" --speaker "Xi Jinping""#)
        return project
    }

    private func entityEvents(_ project: TemporaryProject) throws -> [ClaimEvent] {
        try project.workbench.activity(ActivityFilter()).filter { $0.entity != nil }
    }

    private func verifyProblems(_ project: TemporaryProject) throws -> [String] {
        try project.workbench.verify().problems
    }

    @Test(arguments: StoreKind.allCases)
    func aClaimsNewSpeakerIsCreatedByAnEvent(on kind: StoreKind) throws {
        let project = try project(on: kind)
        let created = try entityEvents(project)
        #expect(created.map(\.action) == ["create"])
        #expect(created[0].entity?.kind == .speaker && created[0].entityBefore == nil)
        #expect(created[0].entityAfter == EntityState(name: "Xi Jinping", aliases: []))
        #expect(try verifyProblems(project).isEmpty)
    }

    @Test(arguments: StoreKind.allCases)
    func aliasesAreEventsThatLogShowsAndUndoTakesBack(on kind: StoreKind) throws {
        let project = try project(on: kind)
        #expect(try project.run(#"alias "Xi Jinping" Xi "President Xi" --kind person"#)
                == "speaker 1 «Xi Jinping»: kind none → person; aliases [] → [President Xi, Xi]\n")
        let event = try #require(try entityEvents(project).last)
        #expect(event.action == "alias" && event.reviewer == "ana" && event.entityBefore?.aliases == [])
        #expect(event.entityAfter == EntityState(name: "Xi Jinping", kind: "person", aliases: ["Xi", "President Xi"]))
        #expect(try project.run("log --limit 1").hasPrefix("  \(event.id)  \(event.at)  ana  alias speaker 1 «Xi Jinping»: kind none → person"))
        #expect(try project.run("history 1").contains("alias speaker 1 «Xi Jinping»"))
        #expect(try project.run(#"alias "Xi Jinping" --remove xi"#).hasSuffix("aliases [President Xi, Xi] → [President Xi]\n"))
        #expect(try project.run("undo").contains("undid alias (event \(event.id + 1)) on speaker 1 «Xi Jinping»: aliases [President Xi] → [President Xi, Xi]"))
        _ = try project.run("undo")
        #expect(try project.workbench.speakers()[0].aliases == [] && project.workbench.speakers()[0].kind == nil)
        _ = try project.run("redo")
        #expect(try project.workbench.speakers()[0].aliases == ["President Xi", "Xi"])
        #expect(try verifyProblems(project).isEmpty)
    }

    @Test(arguments: StoreKind.allCases)
    func aliasRefusalsChangeNothing(on kind: StoreKind) throws {
        let project = try project(on: kind)
        _ = try project.run(#"alias "Xi Jinping" Xi"#)
        let before = try project.fingerprint()
        #expect(throws: ClaimdeskError.refused("speaker \"Xi Jinping\" already is so; nothing changed")) { try project.run(#"alias "Xi Jinping" Xi"#) }
        #expect(throws: ClaimdeskError.refused("'Zhou' is not an alias of speaker \"Xi Jinping\"; `speakers` lists the aliases")) {
            try project.run(#"alias "Xi Jinping" --remove Zhou"#)
        }
        #expect(throws: ClaimdeskError.self) { try project.run(#"alias "Xi Jinping""#) }
        #expect(try project.fingerprint() == before)
    }

    @Test(arguments: StoreKind.allCases)
    func sourceKindAndURLUpdateTheSourceWithoutTouchingTheChain(on kind: StoreKind) throws {
        let project = try project(on: kind)
        _ = try project.run(#"source 1 Xinhua --via "meeting note" --kind publication"#)
        let claimEvents = try project.workbench.history(of: 1).count
        #expect(try project.run("source 1 xinhua --kind agency --url https://www.xinhuanet.com/")
                == "source 1 «Xinhua»: kind publication → agency; url none → https://www.xinhuanet.com/\n")
        #expect(try project.workbench.history(of: 1).count == claimEvents)
        #expect(try project.workbench.claim("1").state.sources == [SourceLink(name: "Xinhua", via: "meeting note")])
        let history = try project.run("history 1")
        #expect(history.contains("source source 1 «Xinhua»: kind publication → agency"), "\(history)")
        _ = try project.run("undo")
        #expect(try project.store.read { db in try EntityRows.snapshot(db, EntityReference(kind: .source, id: 1)) }
                == EntityState(name: "Xinhua", kind: "publication"))
        #expect(try verifyProblems(project).isEmpty)
    }

    @Test(arguments: StoreKind.allCases)
    func theSameSourceWithTheSameViaTwiceIsRefused(on kind: StoreKind) throws {
        let project = try project(on: kind)
        _ = try project.run(#"source 1 Xinhua --via "meeting note""#)
        let before = try project.fingerprint()
        #expect(throws: ClaimdeskError.refused(#"claim 1 already cites "Xinhua" via "meeting note"; give another --via, or --kind/--url to change the source"#)) {
            try project.run(#"source 1 XINHUA --via "meeting note""#)
        }
        #expect(try project.fingerprint() == before)
        _ = try project.run(#"source 1 Xinhua --via "wire copy""#)
        #expect(try project.workbench.claim("1").state.sources.map(\.via) == ["meeting note", "wire copy"])
    }

    @Test(arguments: StoreKind.allCases)
    func mergingSpeakersMovesClaimsAndAliasesAndUndoSplitsThemAgain(on kind: StoreKind) throws {
        let project = try project(on: kind)
        _ = try project.run(#"claim "not just a few people" --speaker "President Xi""#, #"alias "President Xi" "Chinese President Xi Jinping" --note "head of state""#)
        let before = try project.workbench.speakers()
        #expect(try project.run(#"merge-speakers "Xi Jinping" "President Xi""#)
                == "speaker 2 «President Xi» merged into speaker 1 «Xi Jinping»: claim 2 moved; note none → head of state; aliases [] → [Chinese President Xi Jinping, President Xi]\n")
        #expect(try project.workbench.claim("2").state.speaker == "Xi Jinping")
        #expect(try project.workbench.speakers().map(\.name) == ["Xi Jinping"])
        #expect(try project.workbench.history(of: 2).last?.action == "merge-speakers")
        let newest = try project.workbench.activity(ActivityFilter(limit: 3))
        #expect(newest.map(\.action) == ["merge-speakers", "merge-speakers", "merge-speakers"] && newest.map(\.claimID) == [2, nil, nil])
        #expect(try project.run("log --limit 2").contains("merge-speakers speaker 2 «President Xi»: removed"))
        #expect(try verifyProblems(project).isEmpty)
        _ = try project.run("undo")
        #expect(try project.workbench.speakers() == before)
        #expect(try project.workbench.claim("2").state.speaker == "President Xi")
        #expect(try verifyProblems(project).isEmpty)
        _ = try project.run("redo")
        #expect(try project.workbench.speakers().map(\.name) == ["Xi Jinping"])
        #expect(try verifyProblems(project).isEmpty)
        #expect(throws: ClaimdeskError.self) { try project.run(#"merge-speakers "Xi Jinping" "President Xi""#) }
    }

    @Test(arguments: StoreKind.allCases)
    func undoNeverOverwritesAnotherReviewersChangeToASpeaker(on kind: StoreKind) throws {
        let project = try project(on: kind)
        _ = try project.run(#"alias "Xi Jinping" Xi"#)
        _ = try project.workbench(for: "ben").annotateSpeaker("Xi Jinping", kind: "person")
        let before = try project.fingerprint()
        #expect(throws: ClaimdeskError.refused("cannot undo alias on speaker 1 (event 4): it changed since; see `log` and change it by hand")) {
            try project.workbench.undo()
        }
        #expect(try project.fingerprint() == before)
        #expect(try project.workbench(for: "ben").undo().entities.map(\.change.after?.kind) == [nil])
        #expect(try verifyProblems(project).isEmpty)
    }

    /// Undo after someone merged the old speaker away gives the claim the speaker it was merged into.
    @Test(arguments: StoreKind.allCases)
    func undoAfterAMergeRestoresTheMergedSpeaker(on kind: StoreKind) throws {
        let project = try project(on: kind)
        _ = try project.run(#"claim "not just a few people" --speaker "Zhou Hongyi""#, #"speaker 1 "Lu Jun""#)
        _ = try project.workbench(for: "ben").mergeSpeakers(keeping: "Zhou Hongyi", absorbing: "Xi Jinping")
        let undone = try project.run("undo")
        #expect(undone == "undid speaker on claim 1 (event 6): speaker Lu Jun → Zhou Hongyi\nundid create (event 7) on speaker 3 «Lu Jun»: removed\n")
        #expect(try project.workbench.claim("1").state.speaker == "Zhou Hongyi")
        #expect(try project.workbench.speakers().map(\.name) == ["Zhou Hongyi"])
        #expect(try verifyProblems(project).isEmpty)
    }

    @Test(arguments: StoreKind.allCases)
    func aSuggestedSpeakersNoteAndKindAreRecorded(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        let doc = try project.importText("Zhou said so.")
        var draft = ClaimDraft(range: 11..<13)
        (draft.speaker, draft.speakerNote, draft.speakerKind) = ("Zhou Hongyi", "chairman of Qihoo 360", "person")
        _ = try project.workbench.createClaim(in: doc, draft: draft)
        #expect(try entityEvents(project).last?.entityAfter == EntityState(name: "Zhou Hongyi", kind: "person", note: "chairman of Qihoo 360", aliases: []))
        #expect(try verifyProblems(project).isEmpty)
    }

    @Test(arguments: StoreKind.allCases)
    func undoingAClaimKeepsTheSpeakerItCreatedWhileTheClaimCitesIt(on kind: StoreKind) throws {
        let project = try project(on: kind)
        #expect(try project.run("undo").contains("kept") == false)
        #expect(try project.workbench.speakers().map(\.name) == ["Xi Jinping"])
        #expect(try verifyProblems(project).isEmpty)
        _ = try project.run("redo")
        #expect(try verifyProblems(project).isEmpty)
    }

    /// An entity row changed with plain SQL, not through claimdesk, is caught by `verify`.
    @Test(arguments: StoreKind.allCases.flatMap { kind in [
        ("UPDATE sources SET url = 'https://forged.example/'", "source 1: the stored source differs from its replayed events (url none → https://forged.example/)"),
        ("UPDATE speakers SET note = 'forged'", "speaker 1: the stored speaker differs from its replayed events (note none → forged)"),
        ("INSERT INTO speaker_aliases (alias, speaker_id) VALUES ('Forged', 1)", "speaker 1: the stored speaker differs from its replayed events (aliases [Xi] → [Forged, Xi])"),
        ("DELETE FROM speaker_aliases", "speaker 1: the stored speaker differs from its replayed events (aliases [Xi] → [])"),
        ("INSERT INTO sources (name) VALUES ('Forged')", "source 2: stored, but no event records it"),
    ].map { (kind, $0.0, $0.1) } })
    func verifyCatchesEntityRowsChangedBehindItsBack(on kind: StoreKind, sql: String, problem: String) throws {
        let project = try project(on: kind)
        _ = try project.run(#"alias "Xi Jinping" Xi"#, "source 1 Xinhua")
        #expect(try verifyProblems(project).isEmpty)
        try project.store.write { db in try db.execute(sql) }
        #expect(try verifyProblems(project) == [problem])
        #expect(throws: ClaimdeskError.self) { try project.run("verify") }
    }
}
