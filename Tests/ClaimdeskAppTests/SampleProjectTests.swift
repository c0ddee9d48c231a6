import Foundation
import Testing

/// The bundled sample project and its example dataset stay true to each other.
@Suite struct SampleProjectTests {
    /// Golden files: exporting the shipped project in each format gives the shipped datasets, byte for byte.
    @Test(arguments: [("jsonl", "claims.jsonl"), ("csv", "claims-csv.csv"), ("w3c", "claims-w3c.jsonld"), ("w3c-lines", "claims-w3c-lines.jsonl"),
                      ("claimreview", "claims-claimreview.jsonld"), ("fever", "claims-fever.jsonl"), ("averitec", "claims-averitec.json"),
                      ("labelstudio", "claims-labelstudio.json")])
    func shippedExportMatchesTheShippedProject(format: String, file: String) throws {
        let workspace = try Workspace()
        try workspace.copyFromRepository("projects/sample")
        let run = try workspace.claimdesk("export", "--format", format)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix(workspace.path + "/exports/sample/\(file)\n"))
        let manifest = (file as NSString).deletingPathExtension + ".manifest.json"
        for name in [file, manifest] {
            #expect(try workspace.read("exports/sample/\(name)") == Data(contentsOf: URL(fileURLWithPath: Repository.path("exports/sample/\(name)"))), "\(name)")
        }
    }

    /// The build script rebuilds the same dataset (ids aside, which are new UUIDs each time).
    @Test func buildScriptRebuildsTheSampleDataset() throws {
        let workspace = try Workspace()
        try workspace.copyFromRepository("docs/sample")
        let build = try workspace.claimdesk("--project", "sample", "--reviewer", "ana", "--script", "docs/sample/build-sample.cdk",
                                            environment: ["CLAIMDESK_FIXED_CLOCK": "1633046400"])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(try workspace.claimdesk("export").status == 0)
        let rebuilt = try DatasetRows.withoutIDs(workspace.read("exports/sample/claims.jsonl"))
        let shipped = try DatasetRows.withoutIDs(Data(contentsOf: URL(fileURLWithPath: Repository.path("exports/sample/claims.jsonl"))))
        #expect(rebuilt == shipped)
        #expect(rebuilt.count == 8)
    }

    /// Every row of the shipped dataset satisfies the offset contract in Python.
    @Test func shippedDatasetSlicesInPython() throws {
        let script = """
            import json
            doc = open("docs/sample/voa-common-prosperity.txt", encoding="utf-8", newline="").read()
            rows = [json.loads(l) for l in open("exports/sample/claims.jsonl", encoding="utf-8")]
            assert all(doc[r["start"]:r["end"]] == r["text"] for r in rows)
            assert len({tuple(r.keys()) for r in rows}) == 1
            print(len(rows))
            """
        let output = try Python.run(script, in: Repository.root.path)
        #expect(output == "8\n")
    }
}

/// JSONL rows with their random ids removed, for comparing datasets built at different times.
enum DatasetRows {
    static func withoutIDs(_ data: Data) throws -> [String] {
        String(decoding: data, as: UTF8.self).split(separator: "\n").map { line in
            String(line).replacing(/"(id|doc_id)":"[0-9a-f-]{36}"/, with: { match in "\"\(match.output.1)\":\"…\"" })
        }
    }

}
