import Foundation
import Testing

/// Golden files for every export format on a hard document: CRLF line ends, a claim across a line
/// end, overlapping and nested claims, a combining mark, an emoji sequence, U+202F, quotes and
/// commas in text, sources and evidence with and without URLs, and every kind of left-out claim.
///
/// `Tests/Golden/formats/` holds the document (`doc.txt`), its claims as a claimdesk JSONL export
/// with fixed ids and times (`claims.jsonl`, imported to build the project), and what every format
/// writes from that project, manifests included. `CLAIMDESK_UPDATE_GOLDEN=1 swift test --filter
/// FormatGoldenTests` rewrites them after an intended change.
@Suite struct FormatGoldenTests {
    static let golden = Repository.path("Tests/Golden/formats")

    /// A project `formats` holding the golden document and the golden claims.
    static func project() throws -> Workspace {
        try project(on: .sqlite).workspace
    }

    /// The golden project on either store, called `formats` on both: its workspace and `--project` argument.
    /// `folder` holds the document and claims (another golden set: `Tests/Golden/fragments`).
    static func project(on kind: StoreKind, folder: String = golden, claims: Int = 6) throws -> (workspace: Workspace, project: String) {
        let workspace = try Workspace()
        let project = kind == .sqlite ? "formats" : try TestPostgres.shared().projectURL(named: "formats")
        try workspace.write("doc.txt", Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/doc.txt"))))
        try importDocument(into: workspace, project: project)
        let run = try workspace.claimdesk("--project", project, "import-annotations", folder + "/claims.jsonl")
        #expect(run.stdout == "imported \(claims) claims with \(claims) events from \(folder)/claims.jsonl\n", "\(run.stderr)")
        return (workspace, project)
    }

    static func importDocument(into workspace: Workspace, project: String) throws {
        let run = try workspace.claimdesk("--project", project, "import", "doc.txt", "--title", "Prices, rents and a mayor",
                                          "--url", "https://example.org/story", "--published", "2021-10-01")
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test(arguments: [
        ("jsonl", ["claims.jsonl", "claims.manifest.json"]),
        ("csv", ["claims-csv.csv", "claims-csv.manifest.json"]),
        ("w3c", ["claims-w3c.jsonld", "claims-w3c.manifest.json"]),
        ("w3c-lines", ["claims-w3c-lines.jsonl", "claims-w3c-lines.manifest.json"]),
        ("claimreview", ["claims-claimreview.jsonld", "claims-claimreview.manifest.json"]),
        ("fever", ["claims-fever.jsonl", "claims-fever.manifest.json"]),
        ("averitec", ["claims-averitec.json", "claims-averitec.manifest.json"]),
        ("brat", ["claims-brat/annotation.conf", "claims-brat/d88f936f-b19e-683a-614b-b481b952a3db.ann",
                  "claims-brat/d88f936f-b19e-683a-614b-b481b952a3db.txt", "claims-brat.manifest.json"]),
        ("labelstudio", ["claims-labelstudio.json", "claims-labelstudio.config.xml", "claims-labelstudio.manifest.json"]),
    ])
    func everyFormatWritesItsGoldenFiles(format: String, files: [String]) throws {
        let workspace = try Self.project()
        let run = try workspace.claimdesk("--project", "formats", "export", "--format", format)
        #expect(run.status == 0, "\(run.stderr)")
        for name in files {
            let written = try workspace.read("exports/formats/\(name)")
            let goldenURL = URL(fileURLWithPath: Self.golden + "/" + name)
            if ProcessInfo.processInfo.environment["CLAIMDESK_UPDATE_GOLDEN"] == "1" { try written.write(to: goldenURL) }
            #expect(written == (try Data(contentsOf: goldenURL)), "\(name) differs from Tests/Golden/formats/\(name)")
        }
    }

    /// The same dataset imported into a PostgreSQL project exports the same bytes in every format, manifests included.
    @Test func everyFormatWritesTheSameBytesFromPostgreSQL() throws {
        let (workspace, project) = try Self.project(on: .postgres)
        for format in ["jsonl", "csv", "w3c", "w3c-lines", "claimreview", "fever", "averitec", "brat", "labelstudio"] {
            let run = try workspace.claimdesk("--project", project, "export", "--format", format)
            #expect(run.status == 0, "\(format): \(run.stderr)")
        }
        for name in try Self.files(in: Self.golden) where name != "doc.txt" {
            let written = try workspace.read("exports/formats/\(name)")
            #expect(written == (try Data(contentsOf: URL(fileURLWithPath: Self.golden + "/" + name))),
                    "\(name) from PostgreSQL differs from Tests/Golden/formats/\(name)")
        }
    }

    /// Every file below `folder`, as paths relative to it.
    private static func files(in folder: String) throws -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder)
        return (enumerator?.allObjects as? [String] ?? []).filter { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder) && !isFolder.boolValue
        }
    }

    /// The left-out claims are said on screen and counted in the manifest, never dropped silently.
    @Test(arguments: [("claimreview", "3 claims left out: no rating for their status (unverified, not_enough_evidence, not_checkable) and no failed attribution", 3, 3),
                      ("fever", "2 claims left out: no FEVER label for their status (unverified, not_checkable)", 4, 2),
                      ("averitec", "2 claims left out: no AVeriTeC label for their status (unverified, not_checkable)", 4, 2)])
    func leftOutClaimsAreCounted(format: String, message: String, records: Int, skipped: Int) throws {
        let workspace = try Self.project()
        let run = try workspace.claimdesk("--project", "formats", "export", "--format", format)
        #expect(run.stdout.hasSuffix("\n" + message + "\n"), "\(run.stdout)")
        let manifest = try JSONSerialization.jsonObject(with: workspace.read("exports/formats/claims-\(format).manifest.json")) as! [String: Any]
        #expect(manifest["records"] as? Int == records && manifest["skipped"] as? Int == skipped)
    }

    /// Each manifest's `sha256` is the file's SHA-256; brat's is that of the folder's `sha256sum` listing.
    @Test func manifestDigestsCanBeChecked() throws {
        let workspace = try Self.project()
        for format in ["csv", "brat"] { #expect(try workspace.claimdesk("--project", "formats", "export", "--format", format).status == 0) }
        let output = try Python.run("""
            import hashlib, json, os
            m = json.load(open("exports/formats/claims-csv.manifest.json"))
            print(hashlib.sha256(open("exports/formats/claims-csv.csv", "rb").read()).hexdigest() == m["sha256"])
            folder = "exports/formats/claims-brat"
            names = sorted(os.listdir(folder), key=lambda n: n.encode())
            listing = "".join(hashlib.sha256(open(f"{folder}/{n}", "rb").read()).hexdigest() + "  " + n + "\\n" for n in names)
            print(hashlib.sha256(listing.encode()).hexdigest() == json.load(open("exports/formats/claims-brat.manifest.json"))["sha256"])
            """, in: workspace.path)
        #expect(output == "True\nTrue\n")
    }

    /// brat export, then import into a project that has only the document, then JSONL: the golden bytes.
    @Test func bratRoundTripsByteForByte() throws {
        let workspace = try Self.project()
        #expect(try workspace.claimdesk("--project", "formats", "export", "--format", "brat", "--out", "brat").status == 0)
        try Self.importDocument(into: workspace, project: "again")
        let run = try workspace.claimdesk("--project", "again", "import-annotations", "brat/d88f936f-b19e-683a-614b-b481b952a3db.ann", "--format", "brat")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try workspace.claimdesk("--project", "again", "export", "--out", "again.jsonl").status == 0)
        #expect(try workspace.read("again.jsonl") == Data(contentsOf: URL(fileURLWithPath: Self.golden + "/claims.jsonl")))
    }

    /// doccano spans (code points of the text, as Python counts; a CRLF-ended file) made from the golden claims come back with
    /// the same spans, each with its nearest speaker mention.
    @Test func doccanoRoundTripsSpansAndSpeakers() throws {
        let workspace = try Self.project()
        _ = try Python.run("""
            import json
            doc = open("doc.txt", encoding="utf-8", newline="").read()
            rows = [json.loads(l) for l in open("\(Self.golden)/claims.jsonl", encoding="utf-8")]
            labels = [[r["start"], r["end"], "QUOTE"] for r in rows] + [[r["speaker_start"], r["speaker_end"], "PER"] for r in rows if r["speaker_start"] is not None]
            open("doccano.jsonl", "w", encoding="utf-8").write(json.dumps({"id": 7, "text": doc, "label": labels}) + "\\r\\n")
            """, in: workspace.path)
        try Self.importDocument(into: workspace, project: "d")
        let run = try workspace.claimdesk("--project", "d", "import-annotations", "doccano.jsonl", "--format", "doccano", "--map", "QUOTE=claim,PER=speaker")
        #expect(run.stdout == "imported 6 claims with 6 events from doccano.jsonl\n", "\(run.stderr)")
        #expect(try workspace.claimdesk("--project", "d", "export", "--out", "d.jsonl").status == 0)
        let output = try Python.run("""
            import json
            doc = open("doc.txt", encoding="utf-8", newline="").read()
            rows = [json.loads(l) for l in open("d.jsonl", encoding="utf-8")]
            print(len(rows), all(doc[r["start"]:r["end"]] == r["text"] for r in rows), [(r["start"], r["end"], r["speaker_start"]) for r in rows])
            """, in: workspace.path)
        // Speakers go by distance alone: claim 1 ends 5 code points before "Bo" and starts 8 after "Ana Lima".
        #expect(output == "6 True [(16, 66, 71), (22, 37, 0), (34, 45, 0), (83, 107, 71), (110, 159, 71), (141, 159, 71)]\n")
    }
}
