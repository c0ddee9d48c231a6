import Foundation
import Testing

/// The W3C Web Annotation test suite's MUST assertions (annotationMusts, bodyMusts, targetMusts:
/// 45 in all), re-expressed in `Tests/Conformance/w3c_annotation_musts.py` with JSON Schema
/// draft-04 as the suite writes them, hold for every W3C export: the sample project and the golden
/// CRLF document (a claim across a line end, overlapping and nested claims, an emoji sequence,
/// evidence with and without URLs, sources), as one collection (`w3c`) and one annotation a line
/// (`w3c-lines`). The README's Conformance section says how to run the suite's own files.
@Suite struct W3CConformanceTests {
    static let checker = Repository.path("Tests/Conformance/w3c_annotation_musts.py")

    static let jsonschema = Python.hasModule("jsonschema")

    private func musts(_ paths: [String], in folder: String) throws -> Subprocess {
        try Subprocess.run(["python3", Self.checker] + paths, in: folder)
    }

    @Test(.enabled(if: Self.jsonschema, "Python's jsonschema is missing (bash .ci/setup installs it: python3 -m pip install jsonschema)"))
    func everyW3CExportPassesEveryMust() throws {
        let workspace = try FormatGoldenTests.project()
        try workspace.copyFromRepository("projects/sample")
        for (project, format) in [("formats", "w3c"), ("formats", "w3c-lines"), ("sample", "w3c"), ("sample", "w3c-lines")] {
            #expect(try workspace.claimdesk("--project", project, "export", "--format", format).status == 0)
        }
        let files = ["exports/formats/claims-w3c.jsonld", "exports/formats/claims-w3c-lines.jsonl",
                     "exports/sample/claims-w3c.jsonld", "exports/sample/claims-w3c-lines.jsonl"]
        let run = try musts(files, in: workspace.path)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let summaries = run.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }.map(String.init)
        #expect(summaries == files.map { "\($0): 45 of 45 MUST assertions pass" }, "\(run.stdout)")
        #expect(run.stdout.contains("PASS annotationMusts 3.2-bodyObjectsRecognized (6 annotations)"))
        #expect(run.stdout.contains("PASS bodyMusts 4-bodySpecificResourceNoValue (8 annotations)"))
    }

    /// The checks fail where the suite fails: the export before the fix (a SpecificResource with a
    /// `value`) and one broken annotation for each kind of MUST.
    @Test(.enabled(if: Self.jsonschema, "Python's jsonschema is missing (bash .ci/setup installs it: python3 -m pip install jsonschema)"))
    func theChecksCatchWhatTheSuiteCatches() throws {
        let workspace = try Workspace()
        let good = #"{"@context":"http://www.w3.org/ns/anno.jsonld","id":"urn:uuid:1","type":"Annotation","created":"2021-10-01T00:00:01.000Z","body":[{"type":"TextualBody","purpose":"assessing","value":"refuted"}],"target":{"source":"https://example.org/story","selector":{"type":"TextPositionSelector","start":0,"end":3}}}"#
        let broken: [(String, String, String)] = [
            ("\"body\":[", "\"body\":[{\"type\":\"SpecificResource\",\"purpose\":\"linking\",\"source\":\"https://x.example/\",\"value\":\"supports\"},", "3.2-bodyObjectsRecognized"),
            ("\"body\":[", "\"body\":[{\"type\":\"SpecificResource\",\"purpose\":\"linking\",\"source\":\"https://x.example/\",\"value\":\"supports\"},", "4-bodySpecificResourceNoValue"),
            ("\"@context\":\"http://www.w3.org/ns/anno.jsonld\"", "\"@context\":\"https://schema.org\"", "3.1-annotationContextValidated"),
            ("\"id\":\"urn:uuid:1\"", "\"id\":\"claim 1\"", "3.1-annotationIdValidated"),
            ("\"type\":\"Annotation\"", "\"type\":\"Note\"", "3.1-annotationTypeValidated"),
            ("2021-10-01T00:00:01.000Z", "yesterday", "3.3.1-annotationCreatedValidated"),
            ("\"body\":[", "\"body\":[{\"type\":\"SpecificResource\",\"purpose\":\"supporting\",\"source\":\"https://x.example/\"},", "3.2-bodyObjectsRecognized"),
            ("\"target\":{\"source\"", "\"bodyValue\":\"x\",\"target\":{\"source\"", "3.2.5-notBodyBodyValue"),
            ("\"target\":{\"source\":\"https://example.org/story\",", "\"target\":{\"type\":\"TextualBody\",\"value\":\"x\",", "3.2-targetObjectsRecognized"),
            ("\"body\":[", "\"body\":[{\"id\":\"https://x.example/\",\"purpose\":\"linking\"},", "3.3.5-bodyEWRNoPurpose"),
            ("\"body\":[", "\"body\":[{\"type\":\"Choice\",\"items\":[\"https://x.example/\"],\"value\":\"x\"},", "3.2.4-bodyChoiceSetNoValue"),
            ("\"source\":\"https://example.org/story\"", "\"source\":\"https://example.org/a story\"", "3.2-targetObjectsRecognized"),
        ]
        var lines = [good]
        for (original, replacement, _) in broken {
            #expect(good.contains(original), "\(original)")
            lines.append(good.replacingOccurrences(of: original, with: replacement))
        }
        for (index, line) in lines.enumerated() { try workspace.write("a\(index).jsonl", line + "\n") }
        let run = try musts(lines.indices.map { "a\($0).jsonl" }, in: workspace.path)
        #expect(run.status == 1)
        let reports = run.stdout.components(separatedBy: "\na").map { $0.split(separator: "\n").filter { $0.contains("FAIL") } }
        #expect(reports.count == lines.count && reports[0].isEmpty, "\(run.stdout)")
        for (index, (_, _, assertion)) in broken.enumerated() {
            #expect(reports[index + 1].contains { $0.contains(" \(assertion):") }, "a\(index + 1).jsonl should fail \(assertion): \(reports[index + 1])")
        }
        #expect(run.stdout.contains("a0.jsonl: 45 of 45 MUST assertions pass"))
    }

    /// `w3c-lines` holds the collection's annotations, each standing alone with its own `@context`.
    @Test func linesAreTheCollectionsAnnotationsEachWithItsContext() throws {
        let output = try Python.run("""
            import json
            c = json.load(open("Tests/Golden/formats/claims-w3c.jsonld", encoding="utf-8"))
            lines = open("Tests/Golden/formats/claims-w3c-lines.jsonl", encoding="utf-8").read().split("\\n")
            rows = [json.loads(l) for l in lines if l]
            print(len(rows), lines[-1] == "", all(list(r)[0] == "@context" for r in rows), rows == [{"@context": c["@context"], **a} for a in c["first"]["items"]])
            """, in: Repository.root.path)
        #expect(output == "6 True True True\n")
    }
}
