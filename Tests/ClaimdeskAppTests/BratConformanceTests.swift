import Foundation
import Testing

/// brat export folders open in brat's reader and pass brat's verifier against their
/// `annotation.conf`: what those check is re-expressed in `Tests/Conformance/brat_standoff.py`
/// (the README's Conformance section runs brat's own code by hand).
@Suite struct BratConformanceTests {
    static let checker = Repository.path("Tests/Conformance/brat_standoff.py")

    private func check(_ folders: [String], in path: String) throws -> Subprocess {
        try Subprocess.run(["python3", Self.checker] + folders, in: path)
    }

    /// The sample, the golden CRLF document (nested, crossing and shared spans, a claim across a
    /// line end) and a claim across U+2028, NEL and CRLF, written as fragments.
    @Test func exportsPassWhatBratChecks() throws {
        let workspace = try FormatGoldenTests.project()
        try workspace.copyFromRepository("projects/sample")
        try workspace.write("breaks.txt", "One\u{2028}two\u{85}three.\r\nFour, said Ana.\n")
        try workspace.write("breaks.cdk", "import breaks.txt\nclaim 0..21 --speaker Ana --mention Ana\nclaim 4..7\n")
        #expect(try workspace.claimdesk("--project", "breaks", "--script", "breaks.cdk").status == 0)
        for project in ["formats", "sample", "breaks"] {
            #expect(try workspace.claimdesk("--project", project, "export", "--format", "brat").status == 0)
        }
        let ann = try String(decoding: workspace.read("exports/breaks/claims-brat/" + (FileManager.default.contentsOfDirectory(
            atPath: workspace.path + "/exports/breaks/claims-brat").first { $0.hasSuffix(".ann") } ?? "")), as: UTF8.self)
        #expect(ann.hasPrefix("T1\tClaim 0 3;4 7;8 14;15 20\tOne two three. Four,\n"), "\(ann)")
        let run = try check(["exports/formats/claims-brat", "exports/sample/claims-brat", "exports/breaks/claims-brat"], in: workspace.path)
        #expect(run.status == 0 && run.stdout == """
            PASS exports/formats/claims-brat: 1 documents, 28 annotations
            PASS exports/sample/claims-brat: 1 documents, 45 annotations
            PASS exports/breaks/claims-brat: 1 documents, 8 annotations

            """, "\(run.stdout)\(run.stderr)")
    }

    /// The checks fail where brat does: overlaps the configuration does not allow, a span whose text
    /// differs, a line break inside one fragment, an undeclared type, a status brat was not told of, an
    /// undeclared event type, a role its event type lacks, a missing mandatory role, an undeclared equivalence.
    @Test func theChecksCatchWhatBratCatches() throws {
        let workspace = try FormatGoldenTests.project()
        #expect(try workspace.claimdesk("--project", "formats", "export", "--format", "brat", "--out", "b/").status == 0)
        let folder = workspace.path + "/b/claims-brat"
        let conf = try String(contentsOfFile: folder + "/annotation.conf", encoding: .utf8)
        try conf.replacingOccurrences(of: "<OVERLAP>\tArg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>\n", with: "")
            .write(toFile: folder + "/annotation.conf", atomically: true, encoding: .utf8)
        try workspace.write("c/annotation.conf", conf)
        try workspace.write("c/d.txt", "One\u{2028}two three.\n")
        try workspace.write("c/d.ann", "T1\tClaim 0 7\tOne\u{2028}two\nT2\tClaim 8 13\tthrea\nT3\tQuote 0 3\tOne\nA1\tStatus T2 true\n"
            + "T4\tSpeech 8 13\tthree\nE1\tSpeech:T4 Speaker:T3\n*\tEquiv T2 T3\n")
        try workspace.write("e/annotation.conf", conf.replacingOccurrences(of: "[events]\n", with: "[events]\nSpeech\tSpeaker:Speaker, Cue:Cue\n"))
        try workspace.write("e/d.txt", "Ana said it.\n")
        try workspace.write("e/d.ann", "T1\tSpeaker 0 3\tAna\nT2\tSpeech 4 8\tsaid\nE1\tSpeech:T2 Speaker:T1 Target:T1\n")
        let run = try check(["b/claims-brat", "c", "e"], in: workspace.path)
        #expect(run.status == 1)
        #expect(run.stdout == """
            FAIL b/claims-brat: d88f936f-b19e-683a-614b-b481b952a3db.ann: T1 and T4 overlap and annotation.conf allows no overlap
            FAIL b/claims-brat: d88f936f-b19e-683a-614b-b481b952a3db.ann: T1 and T5 overlap and annotation.conf allows no overlap
            FAIL b/claims-brat: d88f936f-b19e-683a-614b-b481b952a3db.ann: T4 and T5 overlap and annotation.conf allows no overlap
            FAIL b/claims-brat: d88f936f-b19e-683a-614b-b481b952a3db.ann: T9 and T10 overlap and annotation.conf allows no overlap
            FAIL c: d.ann:1: text 'One\\u2028' does not match the span text 'One\\u2028two'
            FAIL c: d.ann:2: no tab after the ID: 'two'
            FAIL c: d.ann:3: text 'threa' does not match the span text 'three'
            FAIL c: d.ann:4: Quote is not a known textbound type
            FAIL c: d.ann:5: Status value true is not allowed on Claim
            FAIL c: d.ann:6: Speech is not a known textbound type
            FAIL c: d.ann:7: Speech is not a known event type
            FAIL c: d.ann:8: Equiv is not a known equivalence (<REL-TYPE>:symmetric-transitive)
            FAIL e: d.ann:3: Speech has no role Target
            FAIL e: d.ann:3: Speech lacks its mandatory role Cue

            """, "\(run.stdout)\(run.stderr)")
    }
}
