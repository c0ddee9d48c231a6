import Foundation
import Testing

/// Scripts, standard input and one-shot calls, as the command-language contract describes them.
@Suite struct SessionModeTests {
    static let commands = """
        import article.txt --title "Short"
        claim "Zhou said" --status refuted
        claims
        """

    private func workspaceWithArticle() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.write("article.txt", "During the conference, Zhou said, “Our success depends on policy.”\r\nXi said so.\r\n")
        return workspace
    }

    @Test func scriptAndStandardInputPrintTheSame() throws {
        let viaScript = try workspaceWithArticle()
        try viaScript.write("run.cdk", Self.commands)
        let script = try viaScript.claimdesk("--project", "p", "--script", "run.cdk")
        let viaStdin = try workspaceWithArticle()
        let stdin = try viaStdin.claimdesk("--project", "p", stdin: Self.commands)
        #expect(script.status == 0 && stdin.status == 0)
        #expect(script.stdout == stdin.stdout)
        #expect(script.stdout.hasSuffix("    1 d1   23..32      refuted             open         -                «Zhou said»\n1 claim\n"))
        #expect(!stdin.stdout.contains(">"), "no prompt when stdin is not a terminal")
    }

    @Test func oneShotCallsShareTheProject() throws {
        let workspace = try workspaceWithArticle()
        #expect(try workspace.claimdesk("--project", "p", "import", "article.txt").status == 0)
        let claim = try workspace.claimdesk("--project", "p", "claim", "Xi said so.", "--speaker", "Xi Jinping")
        #expect(claim.status == 0, "\(claim.stderr)")
        #expect(claim.stdout == "claim 1 [68..79] «Xi said so.» — Xi Jinping, unverified\n")
        let status = try workspace.claimdesk("--project", "p", "status", "1", "supported")
        #expect(status.stdout == "claim 1: status unverified → supported\n")
        #expect(try workspace.claimdesk("--project", "p", "claims", "--status", "supported").stdout.contains("«Xi said so.»"))
    }

    @Test func scriptsStopAtTheFirstErrorWithStatus2() throws {
        let workspace = try workspaceWithArticle()
        try workspace.write("run.cdk", "import article.txt\nclaim \"nowhere\"\nclaim \"Xi said\"\n")
        let run = try workspace.claimdesk("--project", "p", "--script", "run.cdk")
        #expect(run.status == 2)
        #expect(run.stderr == "claimdesk: error: run.cdk:2: 'nowhere' does not occur in this document; check the spelling, or use `find` to search\n")
        #expect(!run.stdout.contains("claim 1"))
        let keepGoing = try workspace.claimdesk("--project", "q", "--script", "run.cdk", "--keep-going")
        #expect(keepGoing.status == 2)
        #expect(keepGoing.stdout.contains("claim 1 [68..75] «Xi said»"))
    }

    @Test func reviewerComesFromFlagThenEnvironment() throws {
        let workspace = try workspaceWithArticle()
        _ = try workspace.claimdesk("--project", "p", "import", "article.txt")
        _ = try workspace.claimdesk("--project", "p", "--reviewer", "ben", "claim", "Xi said")
        _ = try workspace.claimdesk("--project", "p", "status", "1", "refuted", environment: ["CLAIMDESK_REVIEWER": "cleo"])
        let history = try workspace.claimdesk("--project", "p", "history", "1").stdout
        #expect(history.contains("  ben  create claim 1:"))
        #expect(history.contains("  cleo  status claim 1:"))
    }

    @Test func projectsAreFoundByPathToo() throws {
        let workspace = try workspaceWithArticle()
        #expect(try workspace.claimdesk("--project", "elsewhere/desk", "import", "article.txt").status == 0)
        #expect(FileManager.default.fileExists(atPath: workspace.path + "/elsewhere/desk/project.sqlite"))
        #expect(try workspace.claimdesk("--project", workspace.path + "/elsewhere/desk", "docs").stdout.contains("* 1  article"))
    }

    @Test func aPostgresURLComesFromTheFlagOrTheEnvironment() throws {
        let workspace = try workspaceWithArticle()
        let url = try TestPostgres.shared().projectURL()
        #expect(try workspace.claimdesk("--project", url, "import", "article.txt").status == 0)
        let docs = try workspace.claimdesk("docs", environment: ["CLAIMDESK_PROJECT": url])
        #expect(docs.status == 0 && docs.stdout.contains("* 1  article"), "\(docs.stderr)")
        #expect(!FileManager.default.fileExists(atPath: workspace.path + "/projects"), "no SQLite project was made on the way")
        let unreachable = try workspace.claimdesk("--project", "postgres://ana:s3cret@127.0.0.1:1/factcheck", "docs")
        #expect(unreachable.status == 2 && unreachable.stdout.isEmpty)
        #expect(unreachable.stderr.hasPrefix("claimdesk: error: cannot reach PostgreSQL at postgres://ana@127.0.0.1:1/factcheck (")
                && !unreachable.stderr.contains("s3cret") && unreachable.stderr.split(separator: "\n").count == 1, "\(unreachable.stderr)")
    }

    @Test func crlfEmojiAndCombiningMarksRoundTripThroughPython() throws {
        let workspace = try Workspace()
        let text = "Ana said: “Café\u{301} 👍🏽 costs €3.”\r\n\r\nBo said 👨‍👩‍👧 “ok”.\r\n"
        try workspace.write("doc.txt", text)
        try workspace.write("run.cdk", """
            import doc.txt
            claim "Café\u{301} 👍🏽 costs €3."
            claim "👨‍👩‍👧 “ok”"
            claim 0..3
            export --out out.jsonl
            """)
        let run = try workspace.claimdesk("--project", "p", "--script", "run.cdk")
        #expect(run.status == 0, "\(run.stderr)")
        let check = """
            import json
            doc = open("doc.txt", encoding="utf-8", newline="").read()
            rows = [json.loads(l) for l in open("out.jsonl", encoding="utf-8")]
            print([(r["start"], r["end"]) for r in rows if doc[r["start"]:r["end"]] == r["text"]])
            """
        let output = try Python.run(check, in: workspace.path)
        #expect(output == "[(0, 3), (11, 29), (42, 52)]\n")
    }
}
