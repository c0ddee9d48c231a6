import Foundation
import Testing

/// Discontinuous claims in every format but brat, on a small golden set of their own (the main golden
/// set stays as it is): `Tests/Golden/fragments/` holds a document whose quote is interrupted by its
/// attribution (`“Prices will fall by spring,” Lima said, “and wages will rise 4% — a first since
/// 2019.”`), its claims as JSONL (two pieces with speaker, cue, source and evidence; three pieces; one
/// contiguous claim) and what each format writes. `CLAIMDESK_UPDATE_GOLDEN=1 swift test --filter
/// FragmentFormatTests` rewrites them after an intended change.
@Suite struct FragmentFormatTests {
    static let golden = Repository.path("Tests/Golden/fragments")
    static let formats = [
        ("jsonl", "claims.jsonl"), ("csv", "claims-csv.csv"), ("w3c", "claims-w3c.jsonld"), ("w3c-lines", "claims-w3c-lines.jsonl"),
        ("claimreview", "claims-claimreview.jsonld"), ("fever", "claims-fever.jsonl"), ("averitec", "claims-averitec.json"),
    ]

    private static func project(on kind: StoreKind = .sqlite) throws -> (workspace: Workspace, project: String) {
        try FormatGoldenTests.project(on: kind, folder: golden, claims: 3)
    }

    @Test(arguments: StoreKind.allCases) func everyFormatWritesItsGoldenFile(on kind: StoreKind) throws {
        let (workspace, project) = try Self.project(on: kind)
        for (format, name) in Self.formats {
            let run = try workspace.claimdesk("--project", project, "export", "--format", format)
            #expect(run.status == 0, "\(run.stderr)")
            let written = try workspace.read("exports/formats/\(name)")
            let goldenURL = URL(fileURLWithPath: Self.golden + "/" + name)
            if kind == .sqlite, ProcessInfo.processInfo.environment["CLAIMDESK_UPDATE_GOLDEN"] == "1" { try written.write(to: goldenURL) }
            #expect(written == (try Data(contentsOf: goldenURL)), "\(name) from \(kind) differs from Tests/Golden/fragments/\(name)")
        }
    }

    /// What a consumer reads: the fragments joined by ` … ` where a format has one claim text; the
    /// covering span where it has offsets; a W3C List of one target per piece, each quoting the document.
    @Test func eachFormatCarriesThePieces() throws {
        let output = try Python.run("""
            import csv, json
            g = "\(Self.golden)"
            doc = open(g + "/doc.txt", encoding="utf-8", newline="").read()
            rows = [json.loads(l) for l in open(g + "/claims.jsonl", encoding="utf-8")]
            joined = {r["id"]: " … ".join(doc[s:e] for s, e in r["fragments"] or [[r["start"], r["end"]]]) for r in rows}
            print([r["fragments"] for r in rows], all(doc[r["start"]:r["end"]] == r["text"] for r in rows))
            with open(g + "/claims-csv.csv", encoding="utf-8", newline="") as f:
                cells = [json.loads(c["fragments"]) if c["fragments"] else None for c in csv.DictReader(f)]
            print(cells == [r["fragments"] for r in rows])
            fever = [json.loads(l) for l in open(g + "/claims-fever.jsonl", encoding="utf-8")]
            print([x["claim"] for x in fever] == [joined[x["id"]] for x in fever], fever[0]["claim"])
            averitec = json.load(open(g + "/claims-averitec.json", encoding="utf-8"))
            print(sorted(x["claim"] for x in averitec) == sorted(joined[x["id"]] for x in fever))
            reviews = json.load(open(g + "/claims-claimreview.jsonld", encoding="utf-8"))
            print([x["claimReviewed"] for x in reviews] == [joined[x["url"][9:]] for x in reviews])
            for a in json.load(open(g + "/claims-w3c.jsonld", encoding="utf-8"))["first"]["items"]:
                t = a["target"]
                items = t["items"] if t.get("type") == "List" else [t]
                pieces = [[i["selector"][1]["start"], i["selector"][1]["end"]] for i in items]
                quotes = all(i["selector"][0]["exact"] == doc[s:e] and i["selector"][0]["prefix"] == doc[max(0, s - 32):s]
                             and i["selector"][0]["suffix"] == doc[e:e + 32] for i, (s, e) in zip(items, pieces))
                row = next(r for r in rows if "urn:uuid:" + r["id"] == a["id"])
                print(t.get("type"), pieces == (row["fragments"] or [[row["start"], row["end"]]]), quotes)
            """, in: Repository.root.path)
        #expect(output == """
            [[[52, 79], [93, 137]], [[52, 68], [97, 112], [126, 136]], None] True
            True
            True Prices will fall by spring, … and wages will rise 4% — a first since 2019.
            True
            True
            List True True
            List True True
            None True True

            """, "\(output)")
    }

    @Test(.enabled(if: W3CConformanceTests.jsonschema, "Python's jsonschema is missing (bash .ci/setup installs it: python3 -m pip install jsonschema)"))
    func w3cExportsWithPiecesPassEveryMust() throws {
        let run = try Subprocess.run(["python3", W3CConformanceTests.checker, "claims-w3c.jsonld", "claims-w3c-lines.jsonl"], in: Self.golden)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("claims-w3c.jsonld: 45 of 45 MUST assertions pass\n") && run.stdout.contains("claims-w3c-lines.jsonl: 45 of 45 MUST assertions pass\n"))
        #expect(run.stdout.contains("PASS annotationMusts 3.2-targetObjectsRecognized (3 annotations)"))
    }

    /// A script on the reference article marks Xi's quote without its attribution, on both stores; a bad
    /// piece stops it with exit status 2 and one line saying what to type, the claim as it was.
    @Test(arguments: StoreKind.allCases) func aScriptMarksPiecesAndStopsAtABadOne(on kind: StoreKind) throws {
        let workspace = try Workspace()
        let project = try kind.projectArgument(name: "xi")
        let script = try workspace.write("xi.cdk", """
            import \(Repository.path("docs/sample/voa-common-prosperity.txt"))
            claim "Common prosperity means" .. "a few people," + "We can allow some" .. "their fair share." --speaker "Xi Jinping"
            fragment 1 remove 2
            undo
            fragment 1 remove 3
            status 1 refuted

            """)
        let run = try workspace.claimdesk("--project", project, "--script", script)
        #expect(run.status == 2)
        #expect(run.stderr == "claimdesk: error: \(script):5: no piece 3; the claim has pieces 1..2 (2054..2120+2211..2352)\n", "\(run.stderr)")
        let after = try workspace.claimdesk("--project", project, "export", "--out", "xi.jsonl")
        #expect(after.status == 0)
        let row = try JSONSerialization.jsonObject(with: workspace.read("xi.jsonl")) as! [String: Any]
        #expect(row["fragments"] as? [[Int]] == [[2054, 2120], [2211, 2352]] && row["status"] as? String == "unverified")
    }

    /// doccano has no discontinuous spans: claim spans joined by `fragment` relations come back as one claim with those pieces.
    @Test func doccanoFragmentRelationsJoinClaimSpans() throws {
        let (workspace, _) = try Self.project()
        _ = try Python.run("""
            import json
            doc = open("doc.txt", encoding="utf-8", newline="").read()
            rows = [json.loads(l) for l in open("\(Self.golden)/claims.jsonl", encoding="utf-8")]
            entities, relations = [], []
            for r in rows:
                ids = []
                for s, e in r["fragments"] or [[r["start"], r["end"]]]:
                    ids.append(len(entities) + 1)
                    entities.append({"id": ids[-1], "label": "QUOTE", "start_offset": s, "end_offset": e})
                relations += [{"id": len(relations) + 1, "from_id": a, "to_id": b, "type": "fragment"} for a, b in zip(ids, ids[1:])]
            entities.append({"id": 99, "label": "PER", "start_offset": 81, "end_offset": 85})
            good = {"id": 1, "text": doc, "entities": entities, "relations": relations}
            open("good.jsonl", "w", encoding="utf-8").write(json.dumps(good) + "\\n")
            open("to-speaker.jsonl", "w", encoding="utf-8").write(json.dumps(dict(good, relations=[{"id": 1, "from_id": 1, "to_id": 99, "type": "Fragment"}])) + "\\n")
            overlap = dict(good, entities=entities + [{"id": 50, "label": "QUOTE", "start_offset": 60, "end_offset": 100}],
                           relations=relations + [{"id": 9, "from_id": 1, "to_id": 50, "type": "fragment"}])
            open("overlap.jsonl", "w", encoding="utf-8").write(json.dumps(overlap) + "\\n")
            """, in: workspace.path)
        try FormatGoldenTests.importDocument(into: workspace, project: "d")
        let map = "QUOTE=claim,PER=speaker"
        for (file, complaint) in [("to-speaker.jsonl", "to-speaker.jsonl:1: a fragment relation joins an entity that is not a claim span"),
                                  ("overlap.jsonl", "overlap.jsonl:1: the fragments 52..79 and 60..100 touch or overlap")] {
            let bad = try workspace.claimdesk("--project", "d", "import-annotations", file, "--format", "doccano", "--map", map)
            #expect(bad.status == 2 && bad.stderr.contains(complaint), "\(bad.stderr)")
        }
        let run = try workspace.claimdesk("--project", "d", "import-annotations", "good.jsonl", "--format", "doccano", "--map", map)
        #expect(run.stdout == "imported 3 claims with 3 events from good.jsonl\n", "\(run.stderr)")
        #expect(try workspace.claimdesk("--project", "d", "export", "--out", "d.jsonl").status == 0)
        let output = try Python.run("""
            import json
            rows = [json.loads(l) for l in open("d.jsonl", encoding="utf-8")]
            print([(r["start"], r["end"], r["fragments"], r["speaker"]) for r in rows])
            """, in: workspace.path)
        #expect(output == "[(52, 137, [[52, 79], [93, 137]], 'Lima'), (52, 136, [[52, 68], [97, 112], [126, 136]], 'Lima'), (152, 166, None, 'Lima')]\n")
    }

    @Test(.enabled(if: Python.hasModule("pandas"), "pandas is missing (bash .ci/setup installs Debian's python3-pandas; or python3 -m pip install pandas)"))
    func csvFragmentsReadBackInPandas() throws {
        let output = try Python.run("""
            import json, pandas as pd
            df = pd.read_csv("\(Self.golden)/claims-csv.csv", keep_default_na=False, dtype=str)
            print([json.loads(c) if c else None for c in df["fragments"]], list(df.columns).index("fragments"))
            """, in: Repository.root.path)
        #expect(output == "[[[52, 79], [93, 137]], [[52, 68], [97, 112], [126, 136]], None] 34\n", "\(output)")
    }
}
