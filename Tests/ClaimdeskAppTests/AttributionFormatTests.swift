import Foundation
import Testing

/// Each format carries the attribution as it can (see ``FormatGoldenTests``: golden claim 1's attribution is
/// confirmed on a primary source and evidence about the attribution; claim 4's is misattributed), and
/// `import-annotations` reads schema 1 and schema 2 lines alike.
@Suite struct AttributionFormatTests {
    private func exported(_ format: String) throws -> Workspace {
        let workspace = try FormatGoldenTests.project()
        let run = try workspace.claimdesk("--project", "formats", "export", "--format", format)
        #expect(run.status == 0, "\(run.stderr)")
        return workspace
    }

    /// A misattributed claim is rated so whatever its content's rating, and the review says which part failed.
    @Test func claimReviewRatesAFailedAttributionAndSaysWhichPartFailed() throws {
        let workspace = try exported("claimreview")
        let output = try Python.run("""
            import json
            reviews = json.load(open("exports/formats/claims-claimreview.jsonld", encoding="utf-8"))
            for r in reviews: print(r["reviewRating"]["ratingValue"], r["reviewRating"]["alternateName"], "|", r.get("reviewBody"))
            """, in: workspace.path)
        #expect(output.contains("1 Misattributed | Attribution failed (misattributed): Bo never said it; the mayor did, at the 2 March briefing. Content: misleading: He said \"late\", not \"lied\".\n"))
        #expect(!output.contains(" Misleading |"), "the content's own rating gives way to the attribution's")
        #expect(output.split(separator: "\n").count == 3, "a confirmed attribution changes no rating")
    }

    /// W3C: the attribution is an assessing body of its own, its rationale a commenting one; the primary
    /// source and the evidence about the attribution say so in their descriptions.
    @Test func w3cAssessesTheAttributionInABodyOfItsOwn() throws {
        let workspace = try exported("w3c")
        let output = try Python.run("""
            import json
            page = json.load(open("exports/formats/claims-w3c.jsonld", encoding="utf-8"))["first"]
            for a in page["items"]:
                for b in a["body"]:
                    if "attribution" in b.get("value", "") or "primary record" in b.get("value", ""): print(b["purpose"], b["value"])
            """, in: workspace.path)
        #expect(output == """
            assessing attribution: confirmed
            commenting attribution: The CPI release quotes her, "word for word"
            describing source: Stats Office (publication; via CPI release; https://stats.example/cpi; primary record)
            describing evidence: Ministry letter of 2 March (context the attribution)
            assessing attribution: misattributed
            commenting attribution: Bo never said it; the mayor did, at the 2 March briefing

            """)
    }

    /// brat: an `AttributionStatus` attribute beside `Status`, declared in annotation.conf; the rationale in the note.
    @Test func bratWritesTheAttributionAsAnAttribute() throws {
        let workspace = try exported("brat")
        let ann = String(decoding: try workspace.read("exports/formats/claims-brat/d88f936f-b19e-683a-614b-b481b952a3db.ann"), as: UTF8.self)
        let attributes = ann.split(separator: "\n").filter { $0.contains("\tAttributionStatus ") }.map { $0.split(separator: " ").last! }
        #expect(attributes == ["confirmed", "misattributed"], "an unverified attribution is brat's absent attribute")
        #expect(ann.contains(#""attribution_rationale":"Bo never said it; the mayor did, at the 2 March briefing""#))
        let configuration = String(decoding: try workspace.read("exports/formats/claims-brat/annotation.conf"), as: UTF8.self)
        #expect(configuration.contains("AttributionStatus\tArg:Claim, Value:unverified|confirmed|paraphrased|misquoted|misattributed|out_of_context|unverifiable\n"))
    }

    /// Schema 1 lines (no fragments, attribution, `about` or `primary`) import with the defaults on either store;
    /// a newer schema and fragments that do not cover the claim's span are refused, and nothing is imported.
    @Test(arguments: StoreKind.allCases) func schemaOneLinesImportAndNewerOnesAreRefused(on kind: StoreKind) throws {
        let workspace = try Workspace()
        try workspace.write("doc.txt", Array(try Data(contentsOf: URL(fileURLWithPath: FormatGoldenTests.golden + "/doc.txt"))))
        let project = try kind.projectArgument(name: "old")
        try FormatGoldenTests.importDocument(into: workspace, project: project)
        _ = try Python.run("""
            import json
            rows = [json.loads(l) for l in open("\(FormatGoldenTests.golden)/claims.jsonl", encoding="utf-8")]
            def downgrade(r):
                r = {k: v for k, v in r.items() if k not in ("fragments", "attribution_status", "attribution_rationale")}
                r["schema_version"] = 1
                for s in r["sources"]: s.pop("primary")
                for e in r["evidence"]: e.pop("about")
                return r
            def write(name, rows): open(name, "w", encoding="utf-8").write("".join(json.dumps(r, ensure_ascii=False) + "\\n" for r in rows))
            write("v1.jsonl", [downgrade(r) for r in rows])
            write("v3.jsonl", [dict(rows[0], schema_version=3)])
            write("fragments.jsonl", [dict(rows[0], fragments=[[rows[0]["start"], rows[0]["start"] + 1]])])
            """, in: workspace.path)
        let newer = try workspace.claimdesk("--project", project, "import-annotations", "v3.jsonl")
        #expect(newer.status == 2 && newer.stderr.contains("v3.jsonl:1: schema_version 3 is newer than this claimdesk reads (1 to 2); update claimdesk"), "\(newer.stderr)")
        let fragments = try workspace.claimdesk("--project", project, "import-annotations", "fragments.jsonl")
        #expect(fragments.status == 2 && fragments.stderr.contains("fragments.jsonl:1: the one fragment") && fragments.stderr.contains("is not the claim's span"), "\(fragments.stderr)")
        let run = try workspace.claimdesk("--project", project, "import-annotations", "v1.jsonl")
        #expect(run.stdout == "imported 6 claims with 6 events from v1.jsonl\n", "\(run.stderr)")
        #expect(try workspace.claimdesk("--project", project, "export", "--out", "again.jsonl").status == 0)
        let output = try Python.run("""
            import json
            again = [json.loads(l) for l in open("again.jsonl", encoding="utf-8")]
            print({r["schema_version"] for r in again}, {r["attribution_status"] for r in again}, {r["fragments"] for r in again},
                  {s["primary"] for r in again for s in r["sources"]}, {e["about"] for r in again for e in r["evidence"]})
            """, in: workspace.path)
        #expect(output == "{2} {'unverified'} {None} {False} {'content'}\n")
    }
}
