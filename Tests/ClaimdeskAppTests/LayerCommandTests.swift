import Foundation
import Testing

/// Double annotation through the binary, on both stores: the README walk-through (two blind sessions,
/// agreement as text and JSON, adjudication, exports), layers brought in from brat and doccano, bad input.
@Suite struct LayerCommandTests {
    static let ana = """
        claim "Our success depends" .. "science and technology." --speaker "Zhou Hongyi" --status supported
        claim "his company will donate" .. "help smaller firms thrive" --speaker "Zhou Hongyi"
        claim "his company’s donation" .. "prosperity for all" --speaker "Daniel Zhang" --status supported
        done 1
        """
    static let ben = """
        claim "Our success depends" .. "national strategies" --speaker "Zhou Hongyi" --status mostly_supported
        claim "his company’s donation" .. "prosperity for all" --speaker "Daniel Zhang" --status supported
        claim "technological development must" .. "good life for everyone" --speaker "Lei Jun"
        done 1
        """
    static let figures = #"{"documents":1,"reviewers":["ana","ben"],"pairs":[{"a":"ana","b":"ben","claims_a":3,"claims_b":3,"matched":2,"exact_f1":0.3333,"loose_f1":0.6667,"status_kappa":0.0,"speaker_agreement":1.0}],"status_alpha":0.0,"token_alpha":0.6295}"#

    /// A workspace with the sample article as document 1 of `project`, assigned blind to ana and ben, both layers done.
    static func annotated(_ kind: StoreKind) throws -> (Workspace, String) {
        let workspace = try Workspace()
        try workspace.copyFromRepository("docs/sample")
        let project = try kind.projectArgument(name: "desk")
        #expect(try workspace.claimdesk("--project", project, "import", "docs/sample/voa-common-prosperity.txt").status == 0)
        #expect(try workspace.claimdesk("--project", project, "--reviewer", "ed", "assign", "1", "ana", "ben", "--blind").status == 0)
        for (reviewer, script) in [("ana", ana), ("ben", ben)] {
            let run = try workspace.claimdesk("--project", project, "--reviewer", reviewer, "--script", try workspace.write("\(reviewer).txt", script))
            #expect(run.status == 0, "\(run.stderr)")
        }
        return (workspace, project)
    }

    @Test(arguments: StoreKind.allCases) func theReadmeWalkThrough(on kind: StoreKind) throws {
        let (workspace, project) = try Self.annotated(kind)
        #expect(try workspace.claimdesk("--project", project, "agreement", "--format", "json").stdout == Self.figures + "\n")
        #expect(try workspace.claimdesk("--project", project, "agreement").stdout == """
            1 document, reviewers ana, ben
            ana × ben: claims 3/3, matched 2, exact F1 0.3333, loose F1 0.6667, status kappa 0.0, speaker agreement 1.0
            status alpha 0.0, token alpha 0.6295

            """)
        let adjudication = try workspace.claimdesk("--project", project, "--reviewer", "ed", "--script",
                                                   try workspace.write("adj.txt", "adjudicate 1\n1\ne 1\nstatus last refuted --note \"no such sentence\"\nx\n"))
        #expect(adjudication.stdout.hasSuffix("dropped\ndocument 1 adjudicated: 3 claims in its main layer\n"), "\(adjudication.stderr)")
        let export = try workspace.claimdesk("--project", project, "export", "--out", "main.jsonl")
        #expect(export.stdout.contains("3 records"))
        let manifest = String(decoding: try workspace.read("main.manifest.json"), as: UTF8.self)
        #expect(manifest.contains(#""with_history":false,"agreement":"# + Self.figures + #","last_event_id""#))
        let lines = String(decoding: try workspace.read("main.jsonl"), as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 3 && lines.allSatisfy { $0.contains(#""created_by":"ed""#) })
        #expect(try workspace.claimdesk("--project", project, "export", "--layer", "ben", "--out", "ben.jsonl").status == 0)
        let benKeys = try JSONSerialization.jsonObject(with: Data(String(decoding: try workspace.read("ben.jsonl"), as: UTF8.self).split(separator: "\n")[0].utf8)) as! [String: Any]
        let mainKeys = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
        #expect(Set(benKeys.keys) == Set(mainKeys.keys) && benKeys["created_by"] as? String == "ben")
        #expect(try workspace.claimdesk("--project", project, "verify").stdout.hasPrefix("ok: 9 claims"))
    }

    @Test(arguments: StoreKind.allCases) func layersComeInFromBratAndDoccano(on kind: StoreKind) throws {
        let (workspace, project) = try Self.annotated(kind)
        for reviewer in ["ana", "ben"] {
            #expect(try workspace.claimdesk("--project", project, "export", "--format", "brat", "--layer", reviewer, "--out", "\(reviewer)-brat").status == 0)
        }
        let corpus = try kind.projectArgument(name: "corpus")
        #expect(try workspace.claimdesk("--project", corpus, "import", "docs/sample/voa-common-prosperity.txt").status == 0)
        for reviewer in ["ana", "ben"] {
            let run = try workspace.claimdesk("--project", corpus, "import-annotations", "\(reviewer)-brat/f58fc03a-75f6-bb61-7783-e76cbc817084.ann",
                                              "--format", "brat", "--layer", reviewer)
            #expect(run.stdout.hasPrefix("imported 3 claims"), "\(run.stderr)")
        }
        let spans = try workspace.claimdesk("--project", corpus, "agreement", "--format", "json").stdout
        #expect(spans.hasPrefix(#"{"documents":1,"reviewers":["ana","ben"],"pairs":[{"a":"ana","b":"ben","claims_a":3,"claims_b":3,"matched":2,"exact_f1":0.3333,"loose_f1":0.6667,"#))
        #expect(spans.hasSuffix(#""token_alpha":0.6295}"# + "\n"))   // speakers and cues came through brat too

        let text = String(decoding: try workspace.read("docs/sample/voa-common-prosperity.txt"), as: UTF8.self)
        let doccano = { (spans: [[Int]]) in
            String(decoding: try! JSONSerialization.data(withJSONObject: ["text": text, "label": spans.map { [$0[0], $0[1], "claim"] }]), as: UTF8.self) + "\n"
        }
        let other = try kind.projectArgument(name: "other")
        #expect(try workspace.claimdesk("--project", other, "import", "docs/sample/voa-common-prosperity.txt").status == 0)
        try workspace.write("cy.jsonl", doccano([[952, 1133], [492, 653]]))
        try workspace.write("dee.jsonl", doccano([[952, 1082], [1204, 1332]]))
        for reviewer in ["cy", "dee"] {
            #expect(try workspace.claimdesk("--project", other, "import-annotations", "\(reviewer).jsonl", "--format", "doccano", "--layer", reviewer).status == 0)
        }
        #expect(try workspace.claimdesk("--project", other, "agreement", "--format", "json").stdout.hasPrefix(
            #"{"documents":1,"reviewers":["cy","dee"],"pairs":[{"a":"cy","b":"dee","claims_a":2,"claims_b":2,"matched":1,"exact_f1":0.0,"loose_f1":0.5,"status_kappa":null,"speaker_agreement":1.0}],"status_alpha":null,"#))
    }

    @Test func badInputIsOneLineExitTwoAndChangesNothing() throws {
        let (workspace, project) = try Self.annotated(.sqlite)
        let before = try workspace.fingerprint(project: project)
        let cases: [([String], String)] = [
            (["assign", "9", "cy"], "no document 9; `docs` lists the documents"),
            (["assign", "1"], "missing REVIEWER; usage: assign DOC REVIEWER… [--blind]"),
            (["assign", "1", "ana"], "ana is already assigned to document 1; `assignments` lists who is"),
            (["agreement", "--format", "xml"], "unknown format 'xml'; use --format text or --format json"),
            (["agreement", "--reviewers", "ana"], "name two or more different reviewers: --reviewers ana,ben"),
            (["export", "--layer", "zed"], "no layer 'zed': no document is assigned to zed; `assignments` lists the reviewers"),
            (["done", "1"], "ed is not assigned to document 1; `assignments` lists who is"),
            (["--reviewer", "ana", "done", "1"], "ana's layer of document 1 is already done"),
            (["--reviewer", "ana", "status", "4", "refuted"], "no claim '4'; `claims` lists the claims (give the number or the id)"),
            (["claim", "Lei Jun"], "document 1 is in double annotation (ana, ben); its claims go into the assigned reviewers' layers until `adjudicate 1`"),
        ]
        for (arguments, message) in cases {
            let reviewer = arguments.first == "--reviewer" ? [] : ["--reviewer", "ed"]
            let run = try ClaimdeskRun.run(["--project", project] + reviewer + arguments, in: workspace.path)
            #expect(run.status == 2 && run.stderr == "claimdesk: error: \(message)\n", "\(arguments): \(run.stderr)")
        }
        #expect(try workspace.fingerprint(project: project) == before)
    }
}
