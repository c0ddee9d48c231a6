import Foundation
import Testing

/// Each format loads with the tools its users have — Python's `json` and `csv`, the shipped JSON
/// Schema — on the golden CRLF document (see ``FormatGoldenTests``), and follows its spec's MUSTs.
@Suite struct ExportFormatTests {
    private func exported(_ formats: String...) throws -> Workspace {
        let workspace = try FormatGoldenTests.project()
        for format in formats {
            let run = try workspace.claimdesk("--project", "formats", "export", "--format", format)
            #expect(run.status == 0, "\(run.stderr)")
        }
        return workspace
    }

    @Test(.enabled(if: Python.hasModule("jsonschema"), "Python's jsonschema is missing (bash .ci/setup installs it: python3 -m pip install jsonschema)"))
    func jsonlValidatesAgainstTheShippedSchema() throws {
        let workspace = try exported("jsonl")
        #expect(try workspace.claimdesk("--project", "formats", "export", "--with-history", "--out", "history.jsonl").status == 0)
        let output = try Python.run("""
            import copy, json, jsonschema
            schema = json.load(open("\(Repository.path("docs/schema/claim.schema.json"))"))
            jsonschema.Draft202012Validator.check_schema(schema)
            validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
            rows = [json.loads(l) for path in ["exports/formats/claims.jsonl", "history.jsonl", "\(Repository.path("exports/sample/claims.jsonl"))"] for l in open(path, encoding="utf-8")]
            print(len(rows), sum(1 for r in rows for e in validator.iter_errors(r)))
            good = rows[0]
            def broken(change):
                r = copy.deepcopy(good); change(r); return r
            bad = [broken(lambda r: r.update(status="true")), broken(lambda r: r.update(label_fever="SUPPORTS")), broken(lambda r: r.pop("tags")),
                   broken(lambda r: r.update(extra=1)), broken(lambda r: r.update(start="16")), broken(lambda r: r.update(cue_end=None)),
                   broken(lambda r: r.update(created_at="yesterday")), broken(lambda r: r["rating"].update(value=9)),
                   broken(lambda r: r.update(attribution_status="doubtful")), broken(lambda r: r["evidence"][0].update(about="speaker")),
                   broken(lambda r: r.pop("fragments"))]
            print([validator.is_valid(r) for r in bad])
            """, in: workspace.path)
        #expect(output == "20 0\n[False, False, False, False, False, False, False, False, False, False, False]\n")
    }

    @Test func jsonlLoadsWithPythonsJsonModule() throws {
        let workspace = try exported("jsonl")
        let output = try Python.run("""
            import json
            doc = open("doc.txt", encoding="utf-8", newline="").read()
            rows = [json.loads(l) for l in open("exports/formats/claims.jsonl", encoding="utf-8")]
            print(len(rows), all(doc[r["start"]:r["end"]] == r["text"] for r in rows), len({tuple(r) for r in rows}), repr(rows[0]["text"][-19:]))
            """, in: workspace.path)
        #expect(output == "6 True 1 'and\\r\\nrents doubled.'\n")
    }

    /// Python's csv module reads the rows back (CRLF inside a quoted field included), with the JSONL's values in every cell.
    @Test func csvLoadsWithPythonsCsvModule() throws {
        let workspace = try exported("jsonl", "csv")
        let output = try Python.run("""
            import csv, json
            doc = open("doc.txt", encoding="utf-8", newline="").read()
            jsonl = [json.loads(l) for l in open("exports/formats/claims.jsonl", encoding="utf-8")]
            with open("exports/formats/claims-csv.csv", encoding="utf-8", newline="") as f:
                header = next(csv.reader(f)); f.seek(0); rows = list(csv.DictReader(f))
            def cell(v):
                return "" if v is None else v if isinstance(v, str) else json.dumps(v, ensure_ascii=False, separators=(",", ":"))
            print(len(rows), header == list(jsonl[0]), all(doc[int(r["start"]):int(r["end"])] == r["text"] for r in rows))
            print(all(r[k] == cell(j[k]) for r, j in zip(rows, jsonl) for k in j), json.loads(rows[1]["tags"]), json.loads(rows[0]["sources"])[1]["name"])
            print(open("exports/formats/claims-csv.csv", "rb").read().endswith(b"\\r\\n"), repr(rows[0]["text"][-19:]))
            """, in: workspace.path)
        #expect(output == "6 True True\nTrue ['a,b'] Daily \"Post\"\nTrue 'and\\r\\nrents doubled.'\n")
    }

    /// The W3C Web Annotation Data Model's MUSTs, checked in Python on the export.
    @Test func w3cFollowsTheAnnotationModel() throws {
        let workspace = try exported("w3c")
        let output = try Python.run("""
            import json, re
            doc = open("doc.txt", encoding="utf-8", newline="").read()
            c = json.load(open("exports/formats/claims-w3c.jsonld", encoding="utf-8"))
            page = c["first"]
            assert c["@context"] == "http://www.w3.org/ns/anno.jsonld" and c["type"] == "AnnotationCollection" and c["id"].startswith("urn:")
            assert page["type"] == "AnnotationPage" and page["id"] == c["last"] and page["startIndex"] == 0 and c["total"] == len(page["items"])
            iri = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\\S+$")
            purposes = {"assessing", "bookmarking", "classifying", "commenting", "describing", "editing", "highlighting", "identifying", "linking", "moderating", "questioning", "replying", "tagging"}
            for a in page["items"]:
                assert a["type"] == "Annotation" and iri.match(a["id"]) and a["motivation"] in purposes
                t = a["target"]; q, p = t["selector"]
                assert iri.match(t["source"]) and q["type"] == "TextQuoteSelector" and p["type"] == "TextPositionSelector"
                assert doc[p["start"]:p["end"]] == q["exact"] and doc[:p["start"]].endswith(q["prefix"]) and doc[p["end"]:].startswith(q["suffix"])
                for b in a["body"]:
                    assert b["purpose"] in purposes and (b["type"] == "TextualBody" and "value" in b or b["type"] == "SpecificResource" and iri.match(b["source"]))
                assert re.match(r"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z$", a["created"]) and a["modified"] >= a["created"]
            print(c["total"], sorted({b["purpose"] for a in page["items"] for b in a["body"]}))
            """, in: workspace.path)
        #expect(output == "6 ['assessing', 'commenting', 'describing', 'identifying', 'linking', 'tagging']\n")
    }

    @Test func factCheckDatasetsLoad() throws {
        let workspace = try exported("claimreview", "fever", "averitec")
        let output = try Python.run("""
            import json
            c = json.load(open("exports/formats/claims-claimreview.jsonld", encoding="utf-8"))
            r = c[0]
            print(len(c), r["@type"], r["reviewRating"]["alternateName"], r["itemReviewed"]["author"], r["itemReviewed"]["firstAppearance"]["url"])
            f = [json.loads(l) for l in open("exports/formats/claims-fever.jsonl", encoding="utf-8")]
            print([(x["label"], x["verifiable"]) for x in f], f[0]["evidence"][0])
            v = json.load(open("exports/formats/claims-averitec.json", encoding="utf-8"))
            print([x["label"] for x in v], v[0]["claim_date"], v[0]["reporting_source"], len(v[0]["questions"]), list(v[0])[:4])
            """, in: workspace.path)
        #expect(output == """
            3 ClaimReview False {'@type': 'Person', 'name': 'Ana Lima'} https://example.org/story
            [('REFUTES', 'VERIFIABLE'), ('SUPPORTS', 'VERIFIABLE'), ('REFUTES', 'VERIFIABLE'), ('NOT ENOUGH INFO', 'NOT VERIFIABLE')] [[None, 0, 'https://stats.example/cpi', None]]
            ['Refuted', 'Supported', 'Conflicting Evidence/Cherrypicking', 'Not Enough Evidence'] 01-10-2021 Daily "Post" 2 ['claim', 'required_reannotation', 'label', 'justification']

            """)
    }

    @Test func historyOnlyGoesWithJSONL() throws {
        let workspace = try exported()
        for format in ["csv", "brat"] {
            let run = try workspace.claimdesk("--project", "formats", "export", "--format", format, "--with-history")
            #expect(run.status == 2 && run.stderr.contains("--with-history goes with --format jsonl only"))
        }
    }

    /// brat replaces an earlier brat export whole, but never a folder that is something else.
    @Test func bratNeverReplacesAForeignFolder() throws {
        let workspace = try exported()
        try workspace.write("notes/keep.md", "mine")
        let refused = try workspace.claimdesk("--project", "formats", "export", "--format", "BRAT", "--out", "notes")
        #expect(refused.status == 2 && refused.stderr.contains("notes exists and is not an earlier brat export, so it is not replaced"))
        #expect(try workspace.read("notes/keep.md") == Data("mine".utf8))
        #expect(try workspace.claimdesk("--project", "formats", "export", "--format", "brat", "--out", "notes/").status == 0)
        #expect(try workspace.claimdesk("--project", "formats", "export", "--format", "brat", "--out", "notes/claims-brat").status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.path + "/notes").sorted() == ["claims-brat", "claims-brat.manifest.json", "keep.md"])
    }

    /// One-character names work as `--out` (Foundation's path splitting traps on them).
    @Test func oneCharacterOutPaths() throws {
        let workspace = try exported()
        #expect(try workspace.claimdesk("--project", "formats", "export", "--out", "x").status == 0)
        #expect(try workspace.claimdesk("--project", "formats", "export", "--format", "brat", "--out", "b").status == 0)
        #expect(try workspace.read("x") == Data(contentsOf: URL(fileURLWithPath: FormatGoldenTests.golden + "/claims.jsonl")))
        #expect(FileManager.default.fileExists(atPath: workspace.path + "/b/annotation.conf") && FileManager.default.fileExists(atPath: workspace.path + "/b.manifest.json"))
    }

    /// A span holding only line breaks has no text brat can show: a clear error, and nothing written.
    @Test func bratRefusesASpanOfLineBreaks() throws {
        let workspace = try Workspace()
        try workspace.write("doc.txt", "One.\u{2028}\u{2029}Two.\n")
        try workspace.write("run.cdk", "import doc.txt\nclaim 4..6\n")
        #expect(try workspace.claimdesk("--project", "p", "--script", "run.cdk").status == 0)
        let run = try workspace.claimdesk("--project", "p", "export", "--format", "brat")
        #expect(run.status == 2 && run.stderr.contains("span 4..6 holds only line breaks, which brat cannot annotate"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: workspace.path + "/exports/p/claims-brat"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.path + "/exports/p").isEmpty)
    }
}
