import Foundation
import Testing

/// Each format loads with the tools its users have: Python's json and csv, and the JSON Schema.
@Suite struct ExportFormatTests {
    /// A CRLF document with overlapping claims and non-ASCII text, exported in every format.
    private func exported() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.write("doc.txt", "Ana Lima said: “Café\u{301} prices rose 12% in 2021.”\r\n\r\nBo said 👍🏽 “the mayor, \"Rui\", lied.”\r\n")
        try workspace.write("run.cdk", """
            import doc.txt --url https://example.org/story --published 2021-10-01
            claim "Café\u{301} prices rose 12% in 2021." --speaker "Ana Lima" --status refuted --note "Prices rose 4%" --tag prices
            claim "prices rose 12%" --status supported --source "Stats Office" --tag "a,b"
            evidence 1 https://stats.example/cpi --stance refutes --note "CPI table"
            claim "the mayor, \\"Rui\\", lied." --speaker Bo
            """)
        let run = try workspace.claimdesk("--project", "p", "--script", "run.cdk")
        #expect(run.status == 0, "\(run.stderr)")
        for format in ["jsonl", "csv", "w3c", "claimreview", "fever", "averitec"] {
            #expect(try workspace.claimdesk("--project", "p", "export", "--format", format).status == 0)
        }
        return workspace
    }

    private func python(_ script: String, in workspace: Workspace) throws -> String {
        try workspace.write("check.py", script)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "check.py"]
        process.currentDirectoryURL = URL(fileURLWithPath: workspace.path)
        let (out, err) = (Pipe(), Pipe())
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return output + errors
    }

    @Test func jsonlValidatesAgainstTheShippedSchema() throws {
        let workspace = try exported()
        #expect(try workspace.claimdesk("--project", "p", "export", "--with-history", "--out", "history.jsonl").status == 0)
        let output = try python("""
            import json, jsonschema
            schema = json.load(open("\(Repository.path("docs/schema/claim.schema.json"))"))
            jsonschema.Draft202012Validator.check_schema(schema)
            n = 0
            for path in ["exports/p/claims.jsonl", "history.jsonl", "\(Repository.path("exports/sample/claims.jsonl"))"]:
                for line in open(path, encoding="utf-8"):
                    jsonschema.validate(json.loads(line), schema)
                    n += 1
            bad = json.loads(open("exports/p/claims.jsonl").readline()); bad["status"] = "true"
            try:
                jsonschema.validate(bad, schema); print("invalid record accepted")
            except jsonschema.ValidationError:
                pass
            print(n)
            """, in: workspace)
        #expect(output == "14\n")
    }

    @Test func csvLoadsWithPythonsCsvModule() throws {
        let workspace = try exported()
        let output = try python("""
            import csv, json
            doc = open("doc.txt", encoding="utf-8", newline="").read()
            rows = list(csv.DictReader(open("exports/p/claims-csv.csv", encoding="utf-8", newline="")))
            assert all(doc[int(r["start"]):int(r["end"])] == r["text"] for r in rows)
            print(len(rows), json.loads(rows[1]["tags"]), json.loads(rows[0]["evidence"])[0]["ref"], rows[2]["text"], repr(rows[2]["rating"]))
            """, in: workspace)
        #expect(output == #"3 ['a,b'] https://stats.example/cpi the mayor, "Rui", lied. ''"# + "\n")
    }

    @Test func jsonLDFormatsAndFactCheckDatasetsLoad() throws {
        let workspace = try exported()
        let output = try python("""
            import json
            w = json.load(open("exports/p/claims-w3c.jsonld"))
            a = w["first"]["items"][0]
            print(w["@context"], w["type"], len(w["first"]["items"]), a["type"], a["target"]["source"], [s["type"] for s in a["target"]["selector"]])
            c = json.load(open("exports/p/claims-claimreview.jsonld"))
            print(len(c), c[0]["reviewRating"]["alternateName"], c[0]["itemReviewed"]["author"]["name"])
            f = [json.loads(l) for l in open("exports/p/claims-fever.jsonl")]
            print([r["label"] for r in f], f[0]["evidence"])
            v = json.load(open("exports/p/claims-averitec.json"))
            print([r["label"] for r in v], v[0]["claim_date"], json.load(open("exports/p/claims-fever.manifest.json"))["skipped"])
            """, in: workspace)
        #expect(output == """
            http://www.w3.org/ns/anno.jsonld AnnotationCollection 3 Annotation https://example.org/story ['TextQuoteSelector', 'TextPositionSelector']
            2 False Ana Lima
            ['REFUTES', 'SUPPORTS'] [[[None, 0, 'https://stats.example/cpi', None]]]
            ['Refuted', 'Supported'] 01-10-2021 1

            """)
    }

    @Test func historyOnlyGoesWithJSONL() throws {
        let workspace = try exported()
        let run = try workspace.claimdesk("--project", "p", "export", "--format", "csv", "--with-history")
        #expect(run.status == 2 && run.stderr.contains("--with-history goes with --format jsonl only"))
    }
}
