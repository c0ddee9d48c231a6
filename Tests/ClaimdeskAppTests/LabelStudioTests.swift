import Foundation
import Testing

/// Label Studio in and out: its UTF-16 offsets repaired to code points on import (emoji outside the
/// BMP and combining marks before the spans, CRLF text), relations, choices, text areas, predictions,
/// several annotators, refusals that list what is wrong; the export checked as UTF-16 from Python,
/// against the labeling config, and round-tripped.
///
/// `Tests/Golden/labelstudio/` holds a hand-made export (`tasks.json`, written with Label Studio's
/// offsets) of `doc.txt`; the export's golden files are in `Tests/Golden/formats/` with the other formats'.
@Suite struct LabelStudioTests {
    static let fixture = Repository.path("Tests/Golden/labelstudio")

    /// A workspace holding `doc.txt` with `text`, imported into `project`.
    private func workspace(text: String, project: String) throws -> Workspace {
        let workspace = try Workspace()
        try workspace.write("doc.txt", text)
        let run = try workspace.claimdesk("--project", project, "import", "doc.txt")
        #expect(run.status == 0, "\(run.stderr)")
        return workspace
    }

    /// One task as Label Studio exports it, with `results` in one annotation (or prediction).
    private func task(_ text: String, _ results: [[String: Any]], predictions: Bool = false) -> [String: Any] {
        ["id": 7, "data": ["text": text], predictions ? "predictions" : "annotations": [["id": 4, "completed_by": 1, "result": results]]]
    }

    /// A `labels` region at UTF-16 (or whatever) offsets.
    private func region(_ id: String, _ start: Int, _ end: Int, _ text: String, _ label: String = "Claim") -> [String: Any] {
        ["id": id, "type": "labels", "from_name": "label", "to_name": "text", "value": ["start": start, "end": end, "text": text, "labels": [label]]]
    }

    private func write(_ workspace: Workspace, _ name: String, _ json: Any) throws {
        try workspace.write(name, Array(try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys])))
    }

    @Test(arguments: StoreKind.allCases)
    func importRepairsUTF16OffsetsAndReadsRelationsChoicesAndText(on kind: StoreKind) throws {
        let project = try kind.projectArgument(name: "p")
        let workspace = try Workspace()
        try workspace.write("doc.txt", Array(try Data(contentsOf: URL(fileURLWithPath: Self.fixture + "/doc.txt"))))
        #expect(try workspace.claimdesk("--project", project, "import", "doc.txt").status == 0)
        let run = try workspace.claimdesk("--project", project, "import-annotations", Self.fixture + "/tasks.json", "--format", "labelstudio")
        #expect(run.stdout == "left aside: 1 prediction of tasks that have annotations\nimported 2 claims with 2 events from \(Self.fixture)/tasks.json\n", "\(run.stderr)")
        #expect(try workspace.claimdesk("--project", project, "export", "--out", "p.jsonl").status == 0)
        let output = try Python.run("""
            import json
            doc = open("doc.txt", encoding="utf-8", newline="").read()
            for r in (json.loads(l) for l in open("p.jsonl", encoding="utf-8")):
                print(json.dumps([doc[r["start"]:r["end"]] == r["text"], [doc[s:e] for s, e in r["fragments"] or []], r["speaker"],
                                  doc[r["speaker_start"]:r["speaker_end"]], r["cue"], doc[r["cue_start"]:r["cue_end"]], r["status"],
                                  r["attribution_status"], r["rationale"], r["start"], r["end"]], ensure_ascii=False))
            """, in: workspace.path)
        #expect(output == """
            [true, ["Cafe\u{301} prices rose 12%,", "and rents doubled."], "Ana Lima", "Ana Lima", "said", "said", "refuted", "unverified", "CPI rose 4%;\\nrents rose 30%", 26, 80]
            [true, [], "Bo Chen", "Bo", "denied", "denied", "supported", "confirmed", null, 100, 113]

            """)
        #expect(try workspace.claimdesk("--project", project, "verify").stdout.hasPrefix("ok: 2 claims"))
    }

    /// Spans written in code points by another tool read as such; a span that fits neither reading is
    /// listed with its task, prediction and result, and refuses the file (nothing stored), or is
    /// skipped with `--skip-unreconciled`, with the claim it is a fragment of.
    @Test func unreconciledSpansAreListedAndNeverImported() throws {
        let text = "Bo 🙃 said “it rose” and “it fell”.\n"
        let workspace = try workspace(text: text, project: "p")
        try write(workspace, "t.json", [task(text, [
            region("r1", 12, 19, "it rose"), region("r2", 25, 32, "it fell"), region("r3", 0, 7, "it fell"),
            region("f1", 6, 10, "said"), region("f2", 40, 44, "rose"), region("r4", 9, 5, "said"),
            ["type": "relation", "from_id": "f1", "to_id": "f2", "direction": "right", "labels": ["continues"]],
        ], predictions: true)])
        let before = try workspace.fingerprint(project: "p")
        let refused = try workspace.claimdesk("--project", "p", "import-annotations", "t.json", "--format", "labelstudio")
        #expect(refused.status == 2 && refused.stdout == """
            t.json task 7 prediction 4 result r3: Claim 0..7 «it fell» is not the text there, counted in UTF-16 units or in code points
            t.json task 7 prediction 4 result f2: Claim 40..44 «rose» is not the text there, counted in UTF-16 units or in code points
            t.json task 7 prediction 4 result r4: Claim 9..5 «said» is not the text there, counted in UTF-16 units or in code points
            t.json task 7 prediction 4 result f1: left out with the fragment it continues into, which is not imported

            """, "\(refused.stdout)")
        #expect(refused.stderr == "claimdesk: error: 4 results of t.json have spans that fit the text neither in UTF-16 units nor in code points, or continue such a span (listed above); nothing was imported: correct them in Label Studio, or pass --skip-unreconciled to import the rest\n")
        #expect(try workspace.fingerprint(project: "p") == before)
        let skipped = try workspace.claimdesk("--project", "p", "import-annotations", "t.json", "--format", "labelstudio", "--skip-unreconciled")
        #expect(skipped.status == 0 && skipped.stdout.hasPrefix("skipped: t.json task 7 prediction 4 result r3: Claim 0..7")
                && skipped.stdout.hasSuffix("imported 2 claims with 2 events from t.json\n"), "\(skipped.stdout)\(skipped.stderr)")
        let claims = try workspace.claimdesk("--project", "p", "claims").stdout
        #expect(claims.contains("11..18") && claims.contains("«it rose»") && claims.contains("25..32") && claims.contains("«it fell»"), "\(claims)")
    }

    /// Labels `--map` does not know, and results claimdesk has no place for, are refused with their
    /// counts, or skipped and counted with `--skip-unmapped`.
    @Test func unknownLabelsAreRefusedWithTheirCounts() throws {
        let text = "Ana said prices rose.\r\n"
        let workspace = try workspace(text: text, project: "p")
        try write(workspace, "u.json", [task(text, [
            region("c", 9, 21, "prices rose."), region("o", 0, 3, "Ana", "Org"), region("p1", 0, 3, "Ana", "Person"), region("p2", 4, 8, "said", "Person"),
            ["type": "choices", "from_name": "sentiment", "to_name": "text", "value": ["choices": ["positive"]]],
            ["id": "e", "type": "labels", "from_name": "label", "to_name": "text", "value": ["start": 0, "end": 3, "text": "Ana", "labels": [String]()]],
        ])])
        let before = try workspace.fingerprint(project: "p")
        let refused = try workspace.claimdesk("--project", "p", "import-annotations", "u.json", "--format", "labelstudio")
        #expect(refused.status == 2 && refused.stderr == "claimdesk: error: u.json: labels with no role in --map: Org (1), Person (2); results claimdesk has no place for: choices sentiment not on a claim region (1), region without a label (1); add labels to --map (e.g. --map Claim=claim,Org=speaker) or pass --skip-unmapped to import the rest\n", "\(refused.stderr)")
        #expect(try workspace.fingerprint(project: "p") == before)
        let skipped = try workspace.claimdesk("--project", "p", "import-annotations", "u.json", "--format", "labelstudio", "--skip-unmapped")
        #expect(skipped.stdout == "skipped: labels with no role in --map: Org (1), Person (2); results claimdesk has no place for: choices sentiment not on a claim region (1), region without a label (1)\nimported 1 claim with 1 event from u.json\n", "\(skipped.stderr)")
        let mapped = try workspace.claimdesk("--project", "q", "import", "doc.txt")
        #expect(mapped.status == 0)
        let run = try workspace.claimdesk("--project", "q", "import-annotations", "u.json", "--format", "labelstudio", "--map", "Claim=claim,Org=speaker,Person=cue", "--skip-unmapped")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try workspace.claimdesk("--project", "q", "claims").stdout.contains("Ana"))
    }

    /// A task whose text reads the document's CRLF line ends as `\n` (as a browser hands text to
    /// Label Studio) finds the document and lands on the document's own offsets.
    @Test(arguments: StoreKind.allCases)
    func aTaskWithLFLineEndsFindsItsCRLFDocument(on kind: StoreKind) throws {
        let project = try kind.projectArgument(name: "p")
        let workspace = try Workspace()
        try workspace.write("doc.txt", "Ana said prices rose.\r\nBo denied it.\r\n")
        #expect(try workspace.claimdesk("--project", project, "import", "doc.txt").status == 0)
        try write(workspace, "lf.json", [task("Ana said prices rose.\nBo denied it.\n", [region("a", 9, 21, "prices rose."), region("b", 22, 35, "Bo denied it.")])])
        let run = try workspace.claimdesk("--project", project, "import-annotations", "lf.json", "--format", "labelstudio")
        #expect(run.stdout == "imported 2 claims with 2 events from lf.json\n", "\(run.stderr)")
        let listing = try workspace.claimdesk("--project", project, "claims").stdout
        #expect(listing.contains("9..21") && listing.contains("23..36") && listing.contains("«Bo denied it.»"), "\(listing)")
        #expect(try workspace.claimdesk("--project", project, "verify").stdout.hasPrefix("ok: 2 claims"))
    }

    /// A task annotated twice is refused, naming its annotators, or goes into one layer per
    /// annotator with `--layer-from-annotator`; cancelled annotations are left aside and said so.
    @Test(arguments: StoreKind.allCases)
    func severalAnnotatorsBecomeLayers(on kind: StoreKind) throws {
        let text = "Ana said prices rose and rents fell.\n"
        let project = try kind.projectArgument(name: "p")
        let workspace = try workspace(text: text, project: project)
        let annotations: [[String: Any]] = [
            ["id": 1, "completed_by": 1, "result": [region("a", 9, 20, "prices rose")]],
            ["id": 2, "completed_by": ["id": 2, "email": "ben@example.org"], "result": [region("b", 9, 35, "prices rose and rents fell")]],
            ["id": 3, "completed_by": 3, "was_cancelled": true, "result": [region("c", 0, 3, "Ana")]],
        ]
        try write(workspace, "two.json", [["id": 9, "data": ["text": text], "annotations": annotations]])
        let refused = try workspace.claimdesk("--project", project, "import-annotations", "two.json", "--format", "labelstudio")
        #expect(refused.status == 2 && refused.stderr == "claimdesk: error: 1 task has several annotations and claimdesk keeps one set of claims per document: two.json task 9 (annotator-1, ben@example.org); pass --layer-from-annotator to import each as its annotator's layer, or export one annotation per task\n", "\(refused.stderr)")
        let run = try workspace.claimdesk("--project", project, "import-annotations", "two.json", "--format", "labelstudio", "--layer-from-annotator")
        #expect(run.stdout == "left aside: 1 cancelled annotation\nimported 2 claims with 2 events from two.json\n", "\(run.stderr)")
        let assignments = try workspace.claimdesk("--project", project, "assignments").stdout
        #expect(assignments.contains("annotator-1") && assignments.contains("ben@example.org"), "\(assignments)")
        #expect(try workspace.claimdesk("--project", project, "export", "--layer", "ben@example.org", "--out", "ben.jsonl").status == 0)
        #expect(String(decoding: try workspace.read("ben.jsonl"), as: UTF8.self).contains("\"text\":\"prices rose and rents fell\""))
        let both = try workspace.claimdesk("--project", project, "import-annotations", "two.json", "--format", "labelstudio", "--layer-from-annotator", "--layer", "ana")
        #expect(both.status == 2 && both.stderr.contains("--layer and --layer-from-annotator exclude each other"))
    }

    /// JSON-MIN records and a single task read too; the text is found by `--text-key` when `data` has several strings.
    @Test func jsonMinSingleTasksAndTextKeys() throws {
        let text = "Bo 🙃 said “it rose”.\n"
        let workspace = try workspace(text: text, project: "p")
        try write(workspace, "min.json", [["id": 3, "text": text, "label": [["start": 12, "end": 19, "text": "it rose", "labels": ["Claim"]]],
                                           "annotator": 1, "annotation_id": 9, "created_at": "2026-11-30T10:00:00Z", "updated_at": "2026-11-30T10:00:00Z", "lead_time": 3.5]])
        let min = try workspace.claimdesk("--project", "p", "import-annotations", "min.json", "--format", "labelstudio")
        #expect(min.stdout == "imported 1 claim with 1 event from min.json\n", "\(min.stderr)")
        #expect(try workspace.claimdesk("--project", "q", "import", "doc.txt").status == 0)
        try write(workspace, "one.json", ["id": 5, "data": ["body": text, "headline": "Bo"], "annotations": [["result": [region("r", 12, 19, "it rose")]]]])
        let ambiguous = try workspace.claimdesk("--project", "q", "import-annotations", "one.json", "--format", "labelstudio")
        #expect(ambiguous.status == 2 && ambiguous.stderr == "claimdesk: error: one.json task 5: data has 2 text fields (body, headline); name the document's with --text-key\n")
        let keyed = try workspace.claimdesk("--project", "q", "import-annotations", "one.json", "--format", "labelstudio", "--text-key", "body")
        #expect(keyed.stdout == "imported 1 claim with 1 event from one.json\n", "\(keyed.stderr)")
        try write(workspace, "bad.json", [["id": 2, "data": ["text": text], "annotations": [["id": 6, "result": "oops"]]]])
        let bad = try workspace.claimdesk("--project", "q", "import-annotations", "bad.json", "--format", "labelstudio")
        #expect(bad.status == 2 && bad.stderr == "claimdesk: error: bad.json task 2 annotation 6: \"result\" is not a list of objects; is it a Label Studio JSON export?\n", "\(bad.stderr)")
        try workspace.write("junk.json", "[1, 2]")
        let junk = try workspace.claimdesk("--project", "q", "import-annotations", "junk.json", "--format", "labelstudio")
        #expect(junk.status == 2 && junk.stderr.contains("junk.json is not Label Studio JSON (a list of tasks, or one task)"))
        try write(workspace, "other.json", [task("Another text.\n", [region("r", 0, 7, "Another")])])
        let missing = try workspace.claimdesk("--project", "q", "import-annotations", "other.json", "--format", "labelstudio")
        #expect(missing.status == 2 && missing.stderr.contains("its document is not in this project; import the document's text first"))
    }

    /// The golden project, with claim 1 made discontinuous, exported to Label Studio and imported into a
    /// project holding only the document, has the same claims (offsets, text, fragments, speaker, cue,
    /// statuses, rationales); exported again, the same bytes; as predictions, the same claims too.
    @Test(arguments: StoreKind.allCases)
    func exportImportRoundTripKeepsTheClaims(on kind: StoreKind) throws {
        let workspace = try Workspace()
        try workspace.write("doc.txt", Array(try Data(contentsOf: URL(fileURLWithPath: FormatGoldenTests.golden + "/doc.txt"))))
        _ = try Python.run("""
            import json
            rows = [json.loads(l) for l in open("\(FormatGoldenTests.golden)/claims.jsonl", encoding="utf-8")]
            rows[0]["fragments"] = [[16, 21], [22, 66]]
            open("claims.jsonl", "w", encoding="utf-8").write("".join(json.dumps(r, ensure_ascii=False) + "\\n" for r in rows))
            """, in: workspace.path)
        let projects = try ["original", "again", "predicted"].map { try kind.projectArgument(name: $0) }
        for project in projects { try FormatGoldenTests.importDocument(into: workspace, project: project) }
        #expect(try workspace.claimdesk("--project", projects[0], "import-annotations", "claims.jsonl").status == 0)
        #expect(try workspace.claimdesk("--project", projects[0], "export", "--format", "labelstudio", "--out", "ls.json").status == 0)
        #expect(try workspace.claimdesk("--project", projects[0], "export", "--format", "labelstudio", "--as-predictions", "--out", "lsp.json").status == 0)
        let imported = try workspace.claimdesk("--project", projects[1], "import-annotations", "ls.json", "--format", "labelstudio")
        #expect(imported.stdout == "imported 6 claims with 6 events from ls.json\n", "\(imported.stderr)")
        let predicted = try workspace.claimdesk("--project", projects[2], "import-annotations", "lsp.json", "--format", "labelstudio")
        #expect(predicted.stdout == "imported 6 claims with 6 events from lsp.json\n", "\(predicted.stderr)")
        for (project, name) in zip(projects, ["original", "again", "predicted"]) {
            #expect(try workspace.claimdesk("--project", project, "export", "--out", "\(name).jsonl").status == 0)
        }
        #expect(try sameClaims(["original", "again", "predicted"], in: workspace) == "True [[16, 21], [22, 66]]\n")
        #expect(try workspace.claimdesk("--project", projects[1], "export", "--format", "labelstudio", "--out", "again.json").status == 0)
        #expect(try workspace.read("again.json") == workspace.read("ls.json"))
        #expect(String(decoding: try workspace.read("lsp.json"), as: UTF8.self).contains(#""predictions":[{"model_version":"claimdesk","result":[{"id":"claim-1","#))
    }

    /// The reference article (curly quotes, U+202F, speakers named otherwise than their mentions, claims without a mention) comes back the same.
    @Test func sampleArticleRoundTrips() throws {
        let workspace = try Workspace()
        try workspace.copyFromRepository("projects/sample")
        try workspace.copyFromRepository("docs/sample")
        #expect(try workspace.claimdesk("export", "--format", "labelstudio", "--out", "ls.json").status == 0)
        #expect(try workspace.claimdesk("export", "--out", "original.jsonl").status == 0)
        #expect(try workspace.claimdesk("--project", "copy", "import", "docs/sample/voa-common-prosperity.txt").status == 0)
        let run = try workspace.claimdesk("--project", "copy", "import-annotations", "ls.json", "--format", "labelstudio")
        #expect(run.stdout == "imported 8 claims with 8 events from ls.json\n", "\(run.stderr)")
        #expect(try workspace.claimdesk("--project", "copy", "export", "--out", "again.jsonl").status == 0)
        #expect(try sameClaims(["original", "again"], in: workspace) == "True None\n")
    }

    /// Whether the JSONL files `NAME.jsonl` hold the same claims (offsets, text, fragments, speaker, cue, statuses, rationales), and the first one's fragments.
    private func sameClaims(_ names: [String], in workspace: Workspace) throws -> String {
        try Python.run("""
            import json
            keys = ["start", "end", "text", "fragments", "speaker", "speaker_start", "speaker_end", "cue", "cue_start", "cue_end",
                    "status", "rationale", "attribution_status", "attribution_rationale"]
            def claims(name): return [{k: r[k] for k in keys} for r in map(json.loads, open(name + ".jsonl", encoding="utf-8"))]
            files = [claims(name) for name in \(names)]
            print(all(f == files[0] for f in files) and len(files[0]) > 0, files[-1][0]["fragments"])
            """, in: workspace.path)
    }

    /// Every exported offset is UTF-16: Python's `len(text[:start].encode("utf-16-le")) // 2` of the
    /// claim's code-point offsets, and the UTF-16 slice is the region's text; every result's
    /// `from_name` and label is declared in the labeling config beside the tasks.
    @Test func exportedOffsetsAreUTF16AndMatchTheConfig() throws {
        let workspace = try FormatGoldenTests.project()
        let run = try workspace.claimdesk("--project", "formats", "export", "--format", "labelstudio")
        #expect(run.status == 0 && run.stdout.contains("\n6 records, sha256 "), "\(run.stdout)")
        let output = try Python.run("""
            import json, xml.etree.ElementTree as ET
            tasks = json.load(open("exports/formats/claims-labelstudio.json", encoding="utf-8"))
            rows = [json.loads(l) for l in open("\(FormatGoldenTests.golden)/claims.jsonl", encoding="utf-8")]
            config = ET.parse("exports/formats/claims-labelstudio.config.xml").getroot()
            names = {e.get("name"): e.tag for e in config.iter() if e.get("name")}
            labels = {e.get("value") for e in config.iter("Label")}
            relations = {e.get("value") for e in config.iter("Relation")}
            text = tasks[0]["data"]["text"]
            units = text.encode("utf-16-le")
            u16 = lambda i: len(text[:i].encode("utf-16-le")) // 2
            checks = []
            for r in tasks[0]["annotations"][0]["result"]:
                if r["type"] == "relation":
                    checks.append(set(r["labels"]) <= relations)
                    continue
                checks.append(names.get(r["from_name"]) == {"labels": "Labels", "choices": "Choices", "textarea": "TextArea"}[r["type"]])
                v = r["value"]
                if r["type"] == "labels":
                    checks.append(units[2 * v["start"]:2 * v["end"]].decode("utf-16-le") == v["text"] and set(v["labels"]) <= labels)
            for n, row in enumerate(rows, 1):
                region = next(r for r in tasks[0]["annotations"][0]["result"] if r.get("id") == f"claim-{n}" and r["type"] == "labels")
                checks.append((region["value"]["start"], region["value"]["end"]) == (u16(row["start"]), u16(row["end"])))
            shifted = [r["value"]["start"] - rows[3]["start"] for r in tasks[0]["annotations"][0]["result"] if r.get("id") == "claim-4" and r["type"] == "labels"]
            print(len(checks), all(checks), shifted, tasks[0]["data"]["doc_id"], text == open("doc.txt", encoding="utf-8", newline="").read())
            """, in: workspace.path)
        #expect(output == "43 True [2] d88f936f-b19e-683a-614b-b481b952a3db True\n", "\(output)")
    }

    /// Label Studio's own SDK accepts the labeling config and every exported annotation and prediction
    /// (`LabelInterface.validate_annotation`, as its importer validates them), a discontinuous claim's too. Opt-in: the SDK is
    /// about 500 MB with its dependencies, so `.ci/setup` does not install it.
    @Test(.enabled(if: Python.hasModule("label_studio_sdk"), "label-studio-sdk is missing (python3 -m pip install label-studio-sdk; not installed by .ci/setup, it is about 500 MB)"))
    func labelStudioSDKAcceptsTheExport() throws {
        let workspace = try FormatGoldenTests.project()
        try workspace.copyFromRepository("projects/sample")
        try workspace.write("ls.txt", Array(try Data(contentsOf: URL(fileURLWithPath: Self.fixture + "/doc.txt"))))
        #expect(try workspace.claimdesk("--project", "ls", "import", "ls.txt").status == 0)
        #expect(try workspace.claimdesk("--project", "ls", "import-annotations", Self.fixture + "/tasks.json", "--format", "labelstudio").status == 0)
        for (project, extra) in [("formats", []), ("sample", []), ("formats", ["--as-predictions", "--out", "p.json"]), ("ls", ["--out", "f.json"])] {
            let run = try ClaimdeskRun.run(["--project", project, "export", "--format", "labelstudio"] + extra, in: workspace.path)
            #expect(run.status == 0, "\(run.stderr)")
        }
        let output = try Python.run("""
            import json
            from label_studio_sdk.label_interface import LabelInterface
            for tasks, config in [("exports/formats/claims-labelstudio.json", "exports/formats/claims-labelstudio.config.xml"),
                                  ("exports/sample/claims-labelstudio.json", "exports/sample/claims-labelstudio.config.xml"), ("p.json", "p.config.xml"),
                                  ("f.json", "f.config.xml")]:
                interface = LabelInterface(open(config, encoding="utf-8").read())
                interface.validate()
                for task in json.load(open(tasks, encoding="utf-8")):
                    for item in task.get("annotations", []) + task.get("predictions", []):
                        print(tasks, len(item["result"]), interface.validate_prediction(item, return_errors=True) or "valid")
            """, in: workspace.path)
        #expect(output.hasSuffix("valid\n") && !output.contains("Region") && output.split(separator: "\n").count == 4, "\(output)")
    }

    /// Label Studio's options go with its format only; an empty export is an empty list, with its config.
    @Test func labelStudioOptionsGoWithItsFormat() throws {
        let workspace = try workspace(text: "Nothing claimed.\n", project: "p")
        let textKey = try workspace.claimdesk("--project", "p", "import-annotations", "x.jsonl", "--text-key", "body")
        #expect(textKey.status == 2 && textKey.stderr == "claimdesk: error: --text-key goes with --format labelstudio only\n")
        let predictions = try workspace.claimdesk("--project", "p", "export", "--as-predictions")
        #expect(predictions.status == 2 && predictions.stderr == "claimdesk: error: --as-predictions goes with --format labelstudio only\n")
        #expect(try workspace.claimdesk("--project", "p", "export", "--format", "labelstudio", "--out", "empty.json").status == 0)
        #expect(String(decoding: try workspace.read("empty.json"), as: UTF8.self) == "[\n]\n")
        #expect(FileManager.default.fileExists(atPath: workspace.path + "/empty.config.xml"))
    }
}
