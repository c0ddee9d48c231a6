import Foundation
import Testing
@testable import ClaimdeskCore

/// The attribution verdict ("did they really say it?") beside the content's status, on both stores.
@Suite struct AttributionTests {
    /// The sample article with Xi's quote as claim 1 (Xinhua, then VOA) and Lu Jun's as claim 2.
    private static func project(on kind: StoreKind) throws -> TemporaryProject {
        let project = try TemporaryProject(on: kind)
        _ = try project.run("import \(SampleArticle.path)",
                            #"claim "Common prosperity means prosperity for all, not just a few people," --speaker "Xi Jinping""#,
                            #"source 1 Xinhua --via "meeting note""#, "source 1 VOA",
                            #"claim "The target of this round" .. "wealthy domestic entrepreneurs," --speaker "Lu Jun""#)
        return project
    }

    @Test(arguments: StoreKind.allCases) func attributionIsSeparateFromStatusWithItsOwnRationale(on kind: StoreKind) throws {
        let project = try Self.project(on: kind)
        _ = try project.run("status 1 supported --note readout")
        let output = try project.run(#"attribution 1 misquoted --note "the readout says 'a few', not 'a small few'""#)
        #expect(output == "claim 1: attribution unverified → misquoted; attribution rationale none → «the readout says 'a few', not 'a small …»\n")
        let state = try project.workbench.claim("1").state
        #expect(state.status == .supported && state.rationale == "readout")
        #expect(state.attribution == .misquoted && state.attributionRationale == "the readout says 'a few', not 'a small few'")
        #expect(try project.run("history 1").contains("ana  attribution claim 1: attribution unverified → misquoted"))
        #expect(try project.run("undo").hasPrefix("undid attribution on claim 1"))
        #expect(try project.workbench.claim("1").state.attribution == .unverified)
        #expect(try project.workbench.verify().problems.isEmpty)
    }

    @Test(arguments: StoreKind.allCases) func confirmingWithoutARecordWarnsButRecords(on kind: StoreKind) throws {
        let project = try Self.project(on: kind)
        let bare = try project.run("attribution 1 confirmed")
        #expect(bare.contains("warning: claim 1 is confirmed on no record; mark the source that holds the words (`source 1 NAME --primary`)"))
        #expect(try project.workbench.claim("1").state.attribution == .confirmed, "the warning does not stop the change")
        #expect(try project.run("source 1 Xinhua --primary") == "claim 1: sources [Xinhua (via meeting note) › VOA] → [Xinhua (via meeting note) [primary] › VOA]\n",
                "--primary on a link already in the chain marks it, adding nothing")
        _ = try project.run("attribution 1 unverified")
        #expect(!(try project.run("attribution 1 confirmed")).contains("warning"))
        _ = try project.run("attribution 2 confirmed", "evidence 2 https://voa.example/interview --about attribution --stance supports")
        let state = try project.workbench.claim("2").state
        #expect(state.evidence.map(\.about) == [.attribution] && state.hasAttributionRecord)
    }

    @Test(arguments: StoreKind.allCases) func claimsFilterAndListByAttribution(on kind: StoreKind) throws {
        let project = try Self.project(on: kind)
        _ = try project.run("attribution 2 misattributed --note nobody")
        let listing = try project.run("claims --attribution misattributed")
        #expect(listing.hasSuffix("«The target of this round of the common prosperity initiativ…» attribution misattributed\n1 claim\n"))
        #expect(try project.run("claims --attribution unverified --attribution confirmed").hasSuffix("\n1 claim\n"))
        #expect(throws: ClaimdeskError.badInput("unknown attribution status 'misatributed'; did you mean misattributed? attribution statuses: unverified, confirmed, paraphrased, misquoted, misattributed, out_of_context, unverifiable")) {
            try project.run("claims --attribution misatributed")
        }
        #expect(throws: ClaimdeskError.badInput("unknown evidence subject 'speaker'; use --about content or --about attribution")) {
            try project.run("evidence 1 x --about speaker")
        }
    }

    @Test(arguments: StoreKind.allCases) func queueWalksUnverifiedAttributions(on kind: StoreKind) throws {
        let project = try Self.project(on: kind)
        _ = try project.run("status 1 supported", "status 2 supported")
        #expect(try project.run("queue").hasPrefix("no unverified claims: the queue is empty"))
        let first = try project.run("queue --attribution")
        #expect(first.hasPrefix("queue 1/2: claim 1 ") && first.hasSuffix("  s ATTRIBUTION [note] · r [note] = misattributed · n = skip · q = quit\n"))
        let second = try project.run("s paraphrased close to the readout")
        #expect(second.hasPrefix("claim 1: attribution unverified → paraphrased; attribution rationale none → «close to the readout»\nqueue 2/2: claim 2 "))
        #expect(try project.run("r not in the interview").hasSuffix("queue done\n"))
        #expect(try project.workbench.claim("2").state.attribution == .misattributed)
        #expect(try project.workbench.claim("2").state.status == .supported, "the content's status is untouched")
        #expect(throws: ClaimdeskError.self) { try project.run("queue --attribution --status refuted") }
    }

    @Test(arguments: StoreKind.allCases) func showMarksAFailedAttributionApartFromARefutedClaim(on kind: StoreKind) throws {
        let project = try Self.project(on: kind)
        _ = try project.run("status 1 refuted", "attribution 2 misattributed")
        #expect(try project.run("show 11").contains("“⟦1:Common prosperity means prosperity for all, not just a few people,:1⟧”"))
        #expect(try project.run("show 15").contains("“⟦2†:The target of this round"))
        #expect(try project.run("show 15").contains("entrepreneurs,:2†⟧”"))
        let text = try project.workbench.text(of: 1)
        let claims = try project.workbench.claims(in: 1, overlapping: 0..<text.count)
        let colored = ClaimMarkup(text: text, claims: claims, colors: true).render(0..<text.count)
        #expect(colored.contains(ANSI.color(for: .refuted) + "Common prosperity"))
        #expect(colored.contains(ANSI.attributionFailed + "The target") && ANSI.attributionFailed != ANSI.color(for: .refuted))
    }

    @Test(arguments: StoreKind.allCases) func changingTheAttributionReopensAnApprovedClaim(on kind: StoreKind) throws {
        let project = try Self.project(on: kind)
        _ = try project.workbench(for: "ben").approve(1)
        _ = try project.run(#"attribution 1 out_of_context --note "cut from a longer sentence""#)
        #expect(try project.workbench.claim("1").state.reviewState == .needs_review)
    }

    /// Suggestions are picked by their words, not their numbers, which change as the suggester learns.
    @Test(arguments: StoreKind.allCases) func suggestedSpeakersResolvedElsewhereStartWithAnAttributionNote(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        _ = try project.run("import \(SampleArticle.path)")
        let suggestions = try project.workbench.suggestions(for: 1)
        let openings = ["China had eliminated poverty", "Beijing won’t allow companies", "technological development must be used", "the NGOs that can survive"]
        let chosen = openings.compactMap { opening in suggestions.first { $0.text.hasPrefix(opening) } }
        try #require(chosen.count == openings.count, "the suggester still proposes these four claims")
        let notes = try project.workbench.accept(chosen, in: 1).map(\.state.attributionRationale)
        #expect(notes[0]?.hasPrefix("speaker resolved through the pronoun «he» (") == true && notes[0]?.hasSuffix(") to Xi Jinping; check whom it refers to") == true)
        #expect(notes[1] == "speaker carried over from an earlier quote to Lu Jun, named in an earlier paragraph; check that the quote runs on")
        #expect(notes[2] == nil, "Lei Jun is named in full beside his words")
        #expect(notes[3]?.hasPrefix("speaker resolved through «Lu» (") == true && notes[3]?.hasSuffix(") to Lu Jun, named in an earlier paragraph") == true)
        #expect(try project.workbench.claim("1").state.attribution == .unverified, "a note, not a verdict")
    }

    @Test(arguments: StoreKind.allCases) func exportCarriesTheAttributionAndItsEvidence(on kind: StoreKind) throws {
        let project = try Self.project(on: kind)
        _ = try project.run("source 1 Xinhua --primary", "evidence 1 https://xinhua.example/readout --about attribution --stance supports",
                            "attribution 1 confirmed --note verbatim", "export")
        let line = try String(contentsOfFile: project.location.exportFolder + "/claims.jsonl", encoding: .utf8).split(separator: "\n")[0]
        #expect(line.hasPrefix(#"{"schema_version":2,"#))
        #expect(line.contains(#""sources":[{"name":"Xinhua","kind":null,"via":"meeting note","url":null,"primary":true},{"name":"VOA","kind":null,"via":null,"url":null,"primary":false}]"#))
        #expect(line.contains(#""stance":"supports","note":null,"reviewer":"ana","at":"2021-10-01T00:00:06.000Z","about":"attribution"}]"#))
        #expect(line.hasSuffix(#""history_count":6,"fragments":null,"attribution_status":"confirmed","attribution_rationale":"verbatim"}"#))
    }
}

/// Snapshots written before attributions existed still decode and replay; new ones match `JSONEncoder`.
@Suite struct AttributionSnapshotTests {
    @Test func aSchemaOneSnapshotDecodesWithTheDefaults() throws {
        let old = #"{"deleted":false,"doc":1,"end":5,"evidence":[{"at":"2021-10-01T00:00:00.000Z","ref":"r","reviewer":"ana","stance":"context"}],"review_state":"open","sources":[{"name":"VOA"}],"start":0,"status":"unverified","tags":[],"text":"Hello"}"#
        let state = try JSONDecoder().decode(ClaimState.self, from: Data(old.utf8))
        #expect(state.attribution == .unverified && state.attributionRationale == nil)
        #expect(state.evidence[0].about == .content && state.sources[0].primary == false)
        #expect(ClaimStateJSON.encode(state) == old, "defaults write no keys, so old snapshots re-encode unchanged")
    }

    @Test func attributionFieldsMatchJSONEncoderWithSortedKeys() throws {
        var state = ClaimState(doc: 1, start: 0, end: 5, text: "Hello")
        state.attribution = .misattributed
        state.attributionRationale = "Deng's words"
        state.sources = [SourceLink(name: "Xinhua", via: "note", primary: true)]
        state.evidence = [EvidenceItem(ref: "r", stance: .refutes, note: nil, reviewer: "ana", at: "2021-10-01T00:00:00.000Z", about: .attribution)]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        #expect(ClaimStateJSON.encode(state) == String(decoding: try encoder.encode(state), as: UTF8.self))
        #expect(try JSONDecoder().decode(ClaimState.self, from: Data(ClaimStateJSON.encode(state).utf8)) == state)
    }
}
