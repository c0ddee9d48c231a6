import Foundation
import Testing
@testable import ClaimdeskCore

/// Double annotation on the sample article, on both stores: layers, blind visibility, agreement from
/// the store, adjudication into the main layer, undo and verify per layer.
@Suite struct LayerTests {
    /// A session of one reviewer on the project: runs command lines, returns what they printed.
    final class Session {
        let context: CommandContext
        private let output = CapturedOutput()
        init(_ project: TemporaryProject, _ reviewer: String) {
            context = CommandContext(workbench: project.workbench(for: reviewer), output: output)
        }
        @discardableResult
        func run(_ lines: String...) throws -> String {
            let before = output.lines.count
            for line in lines { try CommandRegistry.run(line: line, context) }
            return output.lines[before...].map { $0 + "\n" }.joined()
        }
        func claimIDs() throws -> [Int64] {
            var ids: [Int64] = []
            try context.workbench.forEachClaim(ClaimFilter()) { ids.append($0.id) }
            return ids
        }
    }

    /// The sample imported by ed and assigned to ana and ben; ana and ben mark the layers of the README walk-through.
    static func annotated(_ kind: StoreKind, blind: Bool = true) throws -> (TemporaryProject, ana: Session, ben: Session, ed: Session) {
        let project = try TemporaryProject(reviewer: "ed", on: kind)
        _ = try project.workbench.importDocument(path: SampleArticle.path, metadata: DocumentMetadata(title: "VOA"))
        let (ana, ben, ed) = (Session(project, "ana"), Session(project, "ben"), Session(project, "ed"))
        try ed.run("assign 1 ana ben" + (blind ? " --blind" : ""))
        try ana.run("open 1",
                    #"claim "Our success depends" .. "science and technology." --speaker "Zhou Hongyi" --status supported"#,
                    #"claim "his company will donate" .. "help smaller firms thrive" --speaker "Zhou Hongyi""#,
                    #"claim "his company’s donation" .. "prosperity for all" --speaker "Daniel Zhang" --status supported"#)
        try ben.run("open 1",
                    #"claim "Our success depends" .. "national strategies" --speaker "Zhou Hongyi" --status mostly_supported"#,
                    #"claim "his company’s donation" .. "prosperity for all" --speaker "Daniel Zhang" --status supported"#,
                    #"claim "technological development must" .. "good life for everyone" --speaker "Lei Jun""#)
        return (project, ana, ben, ed)
    }

    @Test(arguments: StoreKind.allCases) func blindReviewersSeeOnlyTheirOwnLayer(on kind: StoreKind) throws {
        let (project, ana, ben, ed) = try Self.annotated(kind)
        #expect(try ana.claimIDs() == [3, 2, 1])          // by position
        #expect(try ben.claimIDs() == [5, 4, 6])
        #expect(try ed.claimIDs() == [3, 5, 2, 1, 4, 6])  // not assigned: sees every layer
        #expect(try ed.run("claims").contains("Daniel Zhang     ben› «his company’s donation"))
        #expect(throws: ClaimdeskError.self) { try ana.run("history 4") }
        #expect(throws: ClaimdeskError.self) { try ben.run("status 1 refuted") }
        // ben still gets the suggestion ana took: her layer is not his
        #expect(try ben.run("suggest").contains("[780..888]") && !(try ana.run("suggest").contains("[780..888]")))
        let poverty = try #require(try ben.run("suggest").split(separator: "\n").first { $0.contains("[1765..1793]") })
        try ben.run("reject \(poverty.dropFirst().prefix { $0 != " " })")
        #expect(!(try ben.run("suggest").contains("[1765..1793]")))
        #expect(try ana.run("suggest").contains("[1765..1793]"))   // ben's rejection is his alone
        #expect(!(try ed.run("suggest").contains("[1765..1793]")))   // outside the layers, everyone's rejections count
        // the same span in two layers is no duplicate; the default export (main layer) holds none of them
        let export = try project.workbench.export(ExportRequest(out: project.workspace + "/main.jsonl"))
        #expect(export.records == 0)
    }

    /// Counts and the activity log do not give away the other annotator's layer either.
    @Test(arguments: StoreKind.allCases) func blindReviewersCountsAndLogShowOnlyTheirLayer(on kind: StoreKind) throws {
        let (_, ana, ben, ed) = try Self.annotated(kind)
        #expect(try ana.run("docs").contains("3 claims"))
        #expect(try ed.run("docs").contains("6 claims"))
        #expect(try ben.run("speakers").contains("Zhou Hongyi: 1 claim\n") && (try ana.run("speakers").contains("Zhou Hongyi: 2 claims\n")))
        let anaLog = try ana.run("log")
        #expect(anaLog.contains("claim 1") && !anaLog.contains("claim 4") && !anaLog.contains("ben  claim"), "\(anaLog)")
        #expect(try ed.run("log").contains("claim 4"))
    }

    @Test(arguments: StoreKind.allCases) func openLayersAreSeenButOnlyTheirReviewerChangesThem(on kind: StoreKind) throws {
        let (_, ana, ben, ed) = try Self.annotated(kind, blind: false)
        #expect(try ana.claimIDs().count == 6)
        #expect(throws: ClaimdeskError.refused("claim 4 is in ben's layer; only ben changes it (`adjudicate 1` settles the layers)")) {
            try ana.run("status 4 refuted")
        }
        #expect(try ben.run("status 4 refuted").contains("mostly_supported → refuted"))
        #expect(throws: ClaimdeskError.self) { try ed.run("open 1", #"claim "Lei Jun""#) }   // ed is not assigned: no layer to write in
    }

    @Test(arguments: StoreKind.allCases) func doneAndAssignmentsTellWhoFinished(on kind: StoreKind) throws {
        let (_, ana, _, ed) = try Self.annotated(kind)
        #expect(try ana.run("done 1") == "ana's layer of document 1 done (3 claims); waiting for ben\n")
        #expect(throws: ClaimdeskError.self) { try ed.run("done 1") }
        #expect(throws: ClaimdeskError.self) { try ed.run("assign 1 ana") }
        let listing = try ed.run("assignments")
        #expect(listing.hasPrefix("d1 blind: in annotation\n  ana              3 claims    done 20"))
        #expect(listing.hasSuffix("  ben              3 claims    not done\n"))
    }

    /// The figures of the README walk-through, by hand:
    /// ana 952..1133 vs ben 952..1082: intersection 130 ≥ 181/2 and ≥ 130/2, a loose match; 492..653 matches exactly.
    /// exact F1 = 2·1/6, loose F1 = 2·2/6; statuses (supported, mostly_supported), (supported, supported):
    /// po = 1/2, pe = 1·1/2 → kappa 0; speakers agree in both; alpha on status: n_s = 3, n_m = 1 → 1 − 3·2/(16 − 10) = 0.
    @Test(arguments: StoreKind.allCases) func agreementFromTheStoreMatchesTheHandComputation(on kind: StoreKind) throws {
        let (_, _, _, ed) = try Self.annotated(kind)
        let json = try ed.run("agreement --format json")
        #expect(json.hasPrefix(#"{"documents":1,"reviewers":["ana","ben"],"pairs":[{"a":"ana","b":"ben","claims_a":3,"claims_b":3,"matched":2,"exact_f1":0.3333,"loose_f1":0.6667,"status_kappa":0.0,"speaker_agreement":1.0}],"status_alpha":0.0,"token_alpha":"#))
        #expect(try ed.run("agreement --reviewers ben,ana --doc 1").contains("ben × ana: claims 3/3, matched 2"))
        #expect(throws: ClaimdeskError.self) { try ed.run("agreement --reviewers ana,zed") }
        #expect(throws: ClaimdeskError.self) { try ed.run("agreement --format xml") }
    }

    @Test(arguments: StoreKind.allCases) func adjudicationMakesTheMainLayerAndRecordsWhereClaimsCameFrom(on kind: StoreKind) throws {
        let (project, ana, _, ed) = try Self.annotated(kind)
        let walk = try ed.run("adjudicate 1")
        #expect(walk.hasPrefix("took 1 claim every layer agrees on\nadjudicate 1/3 in document 1, differing: only ana\n"))
        try ed.run("1")                                   // ana's donation claim
        #expect(try ed.run("e 1").contains("claim 9 in the main layer: edit it now"))   // Zhou: ana's span, then edited
        try ed.run("status 9 refuted --note \"see the readout\"")
        #expect(try ed.run("x").hasSuffix("dropped\ndocument 1 adjudicated: 3 claims in its main layer\n"))
        #expect(try project.workbench.adjudicatedFrom(9) == ["ana#1", "ben#4"])
        #expect(try ana.claimIDs() == [7, 8, 9])          // the layers are closed: everyone sees the main layer
        let history = try project.workbench.history(of: 9)
        #expect(history.map(\.reviewer) == ["ed", "ed"] && history[0].detail == "adjudicated from ana#1, ben#4: took ana's")
        let export = try project.workbench.export(ExportRequest(out: project.workspace + "/main.jsonl"))
        #expect(export.records == 3)
        let manifest = try String(contentsOfFile: export.manifestPath, encoding: .utf8)
        #expect(manifest.contains(#""agreement":{"documents":1,"reviewers":["ana","ben"],"#))
        #expect(try project.workbench.verify().problems.isEmpty)
        #expect(throws: ClaimdeskError.self) { try ed.run("adjudicate 1") }
    }

    /// Taking a version and then undoing it puts the item back in the walk; taking it again (or redo) settles it.
    @Test(arguments: StoreKind.allCases) func undoingATakeReopensTheItem(on kind: StoreKind) throws {
        let (project, _, _, ed) = try Self.annotated(kind)
        try ed.run("adjudicate 1", "1", "q")
        #expect(try project.workbench.adjudicationItems(1).count == 2)
        try ed.run("undo")
        #expect(try project.workbench.adjudicationItems(1).count == 3, "the undone take is to settle again")
        try ed.run("redo")
        #expect(try project.workbench.adjudicationItems(1).count == 2)
        try ed.run("undo")
        try ed.run("adjudicate 1", "1", "q")
        #expect(try project.workbench.adjudicationItems(1).count == 2)
        #expect(try project.workbench.verify().problems.isEmpty)
    }

    @Test(arguments: StoreKind.allCases) func leavingAdjudicationAndComingBackGoesOn(on kind: StoreKind) throws {
        let (_, _, _, ed) = try Self.annotated(kind)
        try ed.run("adjudicate 1", "x", "q")
        #expect(try ed.run("adjudicate 1").hasPrefix("adjudicate 1/2 in document 1, differing: span, status\n"))
        #expect(throws: ClaimdeskError.self) { try ed.run("7") }   // no version 7
    }

    @Test(arguments: StoreKind.allCases) func undoWorksPerLayer(on kind: StoreKind) throws {
        let (project, ana, ben, _) = try Self.annotated(kind)
        try ana.run("undo")
        #expect(try ana.claimIDs() == [2, 1])
        #expect(try ben.claimIDs() == [5, 4, 6])
        #expect(try project.workbench.verify().problems.isEmpty)
    }

    @Test(arguments: StoreKind.allCases) func layerExportAndImportRoundTrip(on kind: StoreKind) throws {
        let (project, _, _, ed) = try Self.annotated(kind)
        var filter = ClaimFilter()
        filter.layers = .reviewer("ben")
        let ben = try project.workbench.export(ExportRequest(filter: filter, out: project.workspace + "/ben.jsonl"))
        #expect(ben.records == 3)
        #expect(try String(contentsOfFile: ben.manifestPath, encoding: .utf8).contains(#""layer":"ben""#))
        filter.layers = .reviewer("ana")
        let ana = try project.workbench.export(ExportRequest(filter: filter, out: project.workspace + "/ana.jsonl"))
        let other = try TemporaryProject(reviewer: "ed", name: "other", on: kind)
        _ = try other.workbench.importDocument(path: SampleArticle.path, metadata: DocumentMetadata(title: "VOA"))
        _ = try other.workbench.importClaims(from: ana.path, layer: "ana") { store in try JSONLAnnotationReader.forEach(path: ana.path, store) }
        _ = try other.workbench.importClaims(from: ben.path, layer: "ben") { store in try JSONLAnnotationReader.forEach(path: ben.path, store) }
        #expect(try other.workbench.agreement().json == (try ed.run("agreement --format json")).dropLast())
    }

    @Test func copyToPostgresKeepsLayersAssignmentsAndAdjudication() throws {
        let (project, _, _, ed) = try Self.annotated(.sqlite)
        try ed.run("adjudicate 1", "x", "q")   // one item settled: adjudicated_claims holds rows
        let team = try ProjectLocation(argument: try TestPostgres.shared().projectURL(), environment: ["CLAIMDESK_HOME": project.workspace])
        _ = try project.workbench.copy(to: team)
        let copied = Workbench(store: try ProjectStore.open(team), reviewer: "ed")
        #expect(try copied.agreement().json == project.workbench.agreement().json)
        #expect(try copied.assignments() == project.workbench.assignments())
        #expect(try copied.adjudicationItems(1) == project.workbench.adjudicationItems(1))
    }
}
