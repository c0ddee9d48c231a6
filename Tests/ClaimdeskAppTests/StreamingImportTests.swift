import Foundation
import Testing

/// `import-annotations` streams a large file into one transaction: a bad record at its very end leaves the
/// project as it was, the good file comes in whole, and no progress line reaches an error stream that is
/// not a terminal.
@Suite struct StreamingImportTests {
    /// One claim per ASCII word of the sample article: hundreds of JSONL records, each a distinct span.
    private func wordClaims() throws -> [String] {
        let text = try String(contentsOfFile: Repository.path("docs/sample/voa-common-prosperity.txt"), encoding: .utf8)
        let first = try String(contentsOfFile: Repository.path("exports/sample/claims.jsonl"), encoding: .utf8).split(separator: "\n")[0]
        let sha = try #require((JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])?["doc_sha256"] as? String)
        var lines: [String] = [], start: Int?, offset = 0, word = ""
        for scalar in text.unicodeScalars + [" "] {
            if scalar.isASCII && CharacterSet.letters.contains(scalar) {
                if start == nil { start = offset }
                word.unicodeScalars.append(scalar)
            } else if let begin = start {
                lines.append(#"{"id":"word-\#(lines.count)","doc_sha256":"\#(sha)","start":\#(begin),"end":\#(offset),"text":"\#(word)","status":"refuted"}"#)
                (start, word) = (nil, "")
            }
            offset += 1
        }
        return lines
    }

    private func projectWithArticle(_ workspace: Workspace, _ project: String) throws {
        let run = try workspace.claimdesk("--project", project, "import", "docs/sample/voa-common-prosperity.txt")
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test(arguments: StoreKind.allCases)
    func aBadLastRecordOfABigFileLeavesNothingBehind(on kind: StoreKind) throws {
        let workspace = try Workspace()
        try workspace.copyFromRepository("docs/sample")
        let project = try kind.projectArgument(name: "big")
        try projectWithArticle(workspace, project)
        let claims = try wordClaims()
        #expect(claims.count > 500)
        let misfit = claims[0].replacingOccurrences(of: #""id":"word-0""#, with: #""id":"misfit""#)
            .replacingOccurrences(of: #""start":"#, with: #""start":1"#)
        _ = try workspace.write("bad-end.jsonl", (claims + [misfit]).joined(separator: "\n") + "\n")
        _ = try workspace.write("truncated.jsonl", (claims + [String(claims[1].dropLast(9))]).joined(separator: "\r\n"))
        let refused = try workspace.claimdesk("--project", project, "import-annotations", "bad-end.jsonl")
        #expect(refused.status == 2 && refused.stderr.contains("bad-end.jsonl:\(claims.count + 1): "), "\(refused.stderr)")
        let truncated = try workspace.claimdesk("--project", project, "import-annotations", "truncated.jsonl")
        #expect(truncated.status == 2 && truncated.stderr.contains("truncated.jsonl:\(claims.count + 1) is not a JSON object"), "\(truncated.stderr)")
        #expect(try workspace.claimdesk("--project", project, "export", "--out", "none.jsonl").stdout.contains("\n0 records"))
        #expect(try workspace.claimdesk("--project", project, "log").stdout.hasSuffix("1 event\n"))

        _ = try workspace.write("good.jsonl", claims.joined(separator: "\n") + "\n")
        let imported = try workspace.claimdesk("--project", project, "import-annotations", "good.jsonl")
        #expect(imported.stdout.hasSuffix("imported \(claims.count) claims with \(claims.count) events from good.jsonl\n") && imported.stderr.isEmpty, "\(imported.stdout)\(imported.stderr)")
        let exported = try workspace.claimdesk("--project", project, "export", "--out", "all.jsonl")
        #expect(exported.stdout.contains("\n\(claims.count) records") && exported.stderr.isEmpty)
        let verified = try workspace.claimdesk("--project", project, "verify")
        #expect(verified.stdout == "ok: \(claims.count) claims, 0 speakers and 0 sources rebuilt from \(claims.count) events agree with the stored ones\n" && verified.stderr.isEmpty, "\(verified.stdout)\(verified.stderr)")
    }

    @Test func versionNamesClaimdeskSQLiteAndTheSchema() throws {
        let run = try Workspace().claimdesk("--version")
        let lines = run.stdout.split(separator: "\n")
        #expect(run.status == 0 && lines.count == 3, "\(run.stdout)\(run.stderr)")
        #expect(lines.first?.hasPrefix("claimdesk ") == true)
        #expect(lines.dropFirst().first?.wholeMatch(of: /SQLite 3\.\d+\.\d+ \(library\), libpq \d+\.\d+/) != nil, "\(run.stdout)")
        #expect(lines.last?.wholeMatch(of: /schema version \d+ .*/) != nil, "\(run.stdout)")
    }
}
