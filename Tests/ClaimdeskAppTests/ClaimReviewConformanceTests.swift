import Foundation
import Testing

/// ClaimReview exports are JSON-LD that a schema.org processor reads whole: each item expands with
/// pyld against the schema.org context (supplied locally from rdflib's list of schema.org terms, no
/// network) keeping every property, and carries what fact-check publishers are asked for; see
/// `Tests/Conformance/claimreview_jsonld.py`.
@Suite(.enabled(if: Python.hasModule("pyld") && Python.hasModule("rdflib"),
                "Python's pyld or rdflib is missing (bash .ci/setup installs them: python3 -m pip install pyld rdflib)"))
struct ClaimReviewConformanceTests {
    static let checker = Repository.path("Tests/Conformance/claimreview_jsonld.py")

    @Test func everyReviewExpandsWithSchemaOrgTermsOnly() throws {
        let workspace = try FormatGoldenTests.project()
        try workspace.copyFromRepository("projects/sample")
        for project in ["formats", "sample"] {
            #expect(try workspace.claimdesk("--project", project, "export", "--format", "claimreview").status == 0)
        }
        let run = try Subprocess.run(["python3", Self.checker, "exports/formats/claims-claimreview.jsonld", "exports/sample/claims-claimreview.jsonld"],
                                     in: workspace.path)
        #expect(run.status == 0 && run.stdout == """
            PASS exports/formats/claims-claimreview.jsonld: 3 reviews expand with 70 schema.org properties
            PASS exports/sample/claims-claimreview.jsonld: 3 reviews expand with 69 schema.org properties

            """, "\(run.stdout)\(run.stderr)")
    }

    /// A claim with no speaker names the nearest source as the claim's author.
    @Test func aClaimWithoutSpeakerHasItsSourceAsAuthor() throws {
        let output = try Python.run("""
            import json
            r = json.load(open("Tests/Golden/formats/claims-claimreview.jsonld", encoding="utf-8"))[1]
            print(r["claimReviewed"], r["itemReviewed"]["author"])
            """, in: Repository.root.path)
        #expect(output == "prices rose 12% {'@type': 'Organization', 'name': 'Stats Office'}\n")
    }

    /// The check fails on a term schema.org does not define, a made-up type and a missing publisher property.
    @Test func theCheckCatchesUnknownTermsAndMissingProperties() throws {
        let workspace = try Workspace()
        let output = try Python.run("""
            import copy, json
            good = json.load(open("\(Repository.path("Tests/Golden/formats/claims-claimreview.jsonld"))", encoding="utf-8"))[0]
            def broken(change):
                r = copy.deepcopy(good); change(r); return r
            cases = [broken(lambda r: r.update(verdict="False")), broken(lambda r: r["itemReviewed"].update({"@type": "FactCheckedClaim"})),
                     broken(lambda r: r["reviewRating"].pop("alternateName")), broken(lambda r: r["itemReviewed"].pop("author")),
                     broken(lambda r: r["itemReviewed"]["appearance"][0].update(headlines="x"))]
            for i, case in enumerate([good] + cases):
                json.dump([case], open(f"r{i}.jsonld", "w"))
            """, in: workspace.path)
        #expect(output == "")
        let run = try Subprocess.run(["python3", Self.checker] + (0...5).map { "r\($0).jsonld" }, in: workspace.path)
        #expect(run.status == 1)
        #expect(run.stdout == """
            PASS r0.jsonld: 1 reviews expand with 25 schema.org properties
            FAIL r1.jsonld: review 0: terms schema.org does not define: ['verdict']; 26 properties, 25 after expansion
            FAIL r2.jsonld: review 0: types schema.org does not define: ['FactCheckedClaim']
            FAIL r2.jsonld: review 0: missing itemReviewed as a Claim
            FAIL r3.jsonld: review 0: missing alternateName
            FAIL r4.jsonld: review 0: missing itemReviewed.author
            FAIL r5.jsonld: review 0: terms schema.org does not define: ['headlines']; 26 properties, 25 after expansion

            """, "\(run.stdout)\(run.stderr)")
    }
}
