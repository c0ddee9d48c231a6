import Foundation
import Testing

/// Every bad input of PRODUCT.md: one clear line on stderr, exit status 2, and the project unchanged.
@Suite struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let line: String
        let message: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "invalid UTF-8", line: "import bad-utf8.txt", message: "bad-utf8.txt is not valid UTF-8 at byte 4 (0xC3); convert it first, naming its encoding after -f: `iconv -f WINDOWS-1252 -t UTF-8 FILE > NEW.txt`"),
        Case(name: "binary file", line: "import binary.txt", message: "binary.txt looks binary (control byte 0x03 at byte 2); import a .txt or .md text file"),
        Case(name: "empty file", line: "import empty.txt", message: "empty.txt is empty; import a file with text in it"),
        Case(name: "missing file", line: "import missing.txt", message: "no such file: missing.txt; check the path"),
        Case(name: "unsupported type", line: "import article.pdf", message: "cannot import article.pdf: a .pdf file; claimdesk imports UTF-8 .txt and .md files"),
        Case(name: "selector without match", line: #"claim "Xi Jinping said""#, message: "'Xi Jinping said' does not occur in this document"),
        Case(name: "selector with several matches", line: #"claim "said""#, message: "'said' occurs 3 times: 1) 28..32 2) 71..75 3) 89..93; add --nth K or quote more words"),
        Case(name: "offsets out of range", line: "claim 10..999", message: "span 10..999 is out of range; this document has 113 code points (0..113)"),
        Case(name: "reversed offsets", line: "claim 40..12", message: "span 40..12 is reversed; write 12..40"),
        Case(name: "empty span", line: "claim 12..12", message: "span 12..12 is empty; the end must be after the start"),
        Case(name: "edge inside CRLF", line: "claim 0..67", message: "span edge 67 splits the character U+000D U+000A at 66..68; use 66 or 68"),
        Case(name: "edge before a combining mark", line: "claim 90..102", message: "span edge 102 splits the character U+0065 U+0301 at 101..103"),
        Case(name: "unknown status", line: "status 1 true", message: "unknown status 'true'; statuses: unverified, supported"),
        Case(name: "unknown command", line: "claimz 1", message: "unknown command 'claimz'; did you mean `claim`? type `help` for the list"),
        Case(name: "unterminated quote", line: #"claim "Zhou said"#, message: "unterminated \" quote starting at column 7; close it with \""),
        Case(name: "unknown option", line: "claims --stauts refuted", message: "claims has no option --stauts; did you mean --status?"),
        Case(name: "unknown claim", line: "status 42 refuted", message: "no claim '42'; `claims` lists the claims"),
        Case(name: "search with a dangling operator", line: "search Zhou OR", message: "the query ends where a word was expected; search QUERY: words, \"a phrase\", prefix*, joined by AND, OR, NOT"),
        Case(name: "search for punctuation only", line: "search “…”", message: "'“…”' has no letters or digits to search for"),
        Case(name: "claim #K without a search", line: "claim #2", message: "missing selector; usage: claim"),
        Case(name: "reuse of an unverified claim", line: "reuse 1 1", message: "claim 1 is unverified; only a checked claim can be reused (status 1 STATUS first)"),
        Case(name: "similar of an unknown claim", line: "similar 9", message: "no claim '9'; `claims` lists the claims"),
        Case(name: "accept with no suggest before it", line: "accept 1", message: "no suggestions listed in this session; run `suggest` first, then accept N… | accept all [--speaker NAME] (one-shot commands are separate sessions"),
        Case(name: "export path that cannot be written", line: "export --out article.txt/sub/x.jsonl", message: "cannot create folder article.txt/sub"),
    ]

    /// A project with one document and one claim, plus the bad files.
    private func prepared() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.write("article.txt", "During the conference, Zhou said, “Our success depends on policy.”\r\nXi said so. Analysts said the cafe\u{301} closed.\r\n")
        try workspace.write("bad-utf8.txt", [0x61, 0x62, 0x63, 0x20, 0xC3, 0x28])
        try workspace.write("binary.txt", [0x50, 0x4B, 0x03, 0x00, 0x14])
        try workspace.write("empty.txt", [])
        try workspace.write("article.pdf", "%PDF-1.4")
        let setup = try workspace.claimdesk("--project", "p", stdin: "import article.txt\nclaim \"Xi said so.\"\n")
        #expect(setup.status == 0, "\(setup.stderr)")
        return workspace
    }

    @Test(arguments: cases)
    func oneShotBadInput(_ badInput: Case) throws {
        let workspace = try prepared()
        let before = try workspace.fingerprint(project: "p")
        let run = try workspace.claimdesk("--project", "p", stdin: badInput.line + "\n")
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("claimdesk: error: stdin:1: " + badInput.message), "got: \(run.stderr)")
        #expect(run.stderr.filter { $0 == "\n" }.count == 1, "one line")
        #expect(!run.stderr.contains("Fatal error") && !run.stderr.contains("Stack dump"))
        #expect(try workspace.fingerprint(project: "p") == before)
        #expect(!FileManager.default.fileExists(atPath: workspace.path + "/article.txt/sub"))
    }

    /// `accept 1 1` is refused whole, naming the repeat, not half-accepted as a clash with itself.
    @Test func acceptingASuggestionTwiceInOneCommand() throws {
        let workspace = try prepared()
        let before = try workspace.fingerprint(project: "p")
        let run = try workspace.claimdesk("--project", "p", stdin: "suggest\naccept 1 1\n")
        #expect(run.stdout.hasPrefix("#1 "), "\(run.stdout)")
        #expect(run.status == 2)
        #expect(run.stderr == "claimdesk: error: stdin:2: suggestion #1 is named twice; name each suggestion once\n")
        #expect(try workspace.fingerprint(project: "p") == before)
    }

    @Test func notAClaimdeskProject() throws {
        let workspace = try Workspace()
        try workspace.write("projects/p/project.sqlite", "just some text, not a database at all")
        let run = try workspace.claimdesk("--project", "p", "docs")
        #expect(run.status == 2)
        #expect(run.stderr == "claimdesk: error: \(workspace.path)/projects/p/project.sqlite is not a claimdesk project (not an SQLite database); point --project at a claimdesk project folder or a new name\n")
        #expect(try workspace.read("projects/p/project.sqlite") == Data("just some text, not a database at all".utf8))
    }

    @Test func projectFromANewerClaimdesk() throws {
        let workspace = try prepared()
        let path = workspace.path + "/projects/p/project.sqlite"
        try GRDBHelpers.setUserVersion(path: path, to: 10)
        let run = try workspace.claimdesk("--project", "p", "claims")
        #expect(run.status == 2)
        #expect(run.stderr.contains("was written by a newer claimdesk (schema version 10; this build reads up to 9); upgrade claimdesk to open it"))
    }

    @Test func readOnlyProject() throws {
        let workspace = try prepared()
        let path = workspace.path + "/projects/p/project.sqlite"
        let before = try workspace.read("projects/p/project.sqlite")
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path) }
        let listing = try workspace.claimdesk("--project", "p", "claims")
        #expect(listing.status == 0, "reading still works: \(listing.stderr)")
        let run = try workspace.claimdesk("--project", "p", "status", "1", "refuted")
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("claimdesk: error: project 'p' is read-only ("))
        #expect(try workspace.read("projects/p/project.sqlite") == before)
    }

    @Test func missingScript() throws {
        let workspace = try Workspace()
        let run = try workspace.claimdesk("--project", "p", "--script", "nope.cdk")
        #expect(run.status == 2)
        #expect(run.stderr == "claimdesk: error: cannot read script nope.cdk; check the path\n")
    }
}
