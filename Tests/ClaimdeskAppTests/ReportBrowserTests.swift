import Foundation
import Testing

/// The reading room opened in a real browser (headless Debian chromium): on the sample article
/// and on the golden CRLF/emoji document with overlapping and nested claims, every claim's pieces
/// hold exactly its export text and the page's text block is the document code for code; the
/// panel shows a selected claim's full history; filters hide and show; and a project full of
/// `<script>`, `onerror=` and `javascript:` in its text and fields runs none of it.
@Suite(.enabled(if: HeadlessChromium.isAvailable, "chromium is not installed, so the browser checks are skipped (bash .ci/setup installs Debian's chromium)"))
struct ReportBrowserTests {
    /// The sample project in a workspace, with ben approving claim 3 (a second reviewer in its history).
    static func sample() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.copyFromRepository("projects/sample")
        #expect(try workspace.claimdesk("--reviewer", "ben", "approve", "3").status == 0)
        return workspace
    }

    /// Runs `report` (and `export --with-history` for comparison) and reads a page as the browser built it.
    static func page(_ workspace: Workspace, project: String = "sample", doc: Int64 = 1, fragment: String = "") throws -> ReportDOM {
        let run = try workspace.claimdesk("--project", project, "report")
        #expect(run.status == 0, "\(run.stderr)")
        let dom = try HeadlessChromium.dumpDOM(workspace.path + "/exports/\(project)/report/doc-\(doc).html", fragment: fragment)
        return try ReportDOM.read(dom, in: workspace)
    }

    /// Every line of `export --with-history`, by claim id.
    static func exported(_ workspace: Workspace, project: String = "sample") throws -> [String: NSDictionary] {
        let run = try workspace.claimdesk("--project", project, "export", "--with-history", "--out", "all.jsonl")
        #expect(run.status == 0, "\(run.stderr)")
        let lines = String(decoding: try workspace.read("all.jsonl"), as: UTF8.self).split(separator: "\n")
        return Dictionary(uniqueKeysWithValues: try lines.map { line in
            let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! NSDictionary
            return (record["id"] as! String, record)
        })
    }

    /// The page's text, its pieces and its embedded claims agree with the document and the export.
    static func expectExact(_ page: ReportDOM, document: String, exported: [String: NSDictionary]) {
        #expect(page.textContent == document, "the page's text differs from the document")
        #expect(page.embedded.count == exported.count && !exported.isEmpty)
        for (number, record) in page.embedded {
            let id = record["id"] as! String
            #expect(NSDictionary(dictionary: record).isEqual(exported[id]), "claim \(number): the embedded record differs from the export")
            #expect(page.pieces[number] == exported[id]?["text"] as? String, "claim \(number): its pieces do not hold its text")
        }
        #expect(Set(page.pieces.keys) == Set(page.embedded.keys))
    }

    @Test func samplePiecesHoldEveryClaimsExportText() throws {
        let workspace = try Self.sample()
        let page = try Self.page(workspace)
        let document = String(decoding: try Data(contentsOf: URL(fileURLWithPath: Repository.path("docs/sample/voa-common-prosperity.txt"))), as: UTF8.self)
        Self.expectExact(page, document: document, exported: try Self.exported(workspace))
        #expect(page.body["data-shown"] == "8" && page.off.isEmpty)
    }

    @Test func crlfEmojiDocumentWithOverlappingClaimsIsExact() throws {
        let workspace = try FormatGoldenTests.project()
        let page = try Self.page(workspace, project: "formats")
        let document = String(decoding: try Data(contentsOf: URL(fileURLWithPath: FormatGoldenTests.golden + "/doc.txt")), as: UTF8.self)
        #expect(document.contains("\r\n"))
        Self.expectExact(page, document: document, exported: try Self.exported(workspace, project: "formats"))
        #expect(page.embedded.count == 6)
    }

    @Test func selectingAClaimShowsItsFullHistoryInThePanel() throws {
        let workspace = try Self.sample()
        let page = try Self.page(workspace, fragment: "select=3")
        #expect(page.body["data-selected"] == "3")
        #expect(page.panelTitle.hasPrefix("Claim 3"), "\(page.panelTitle)")
        let events = page.embedded["3"]?["events"] as? [[String: Any]] ?? []
        #expect(events.count == 9 && events.last?["reviewer"] as? String == "ben", "the sample's 8 events of claim 3 (3 of them checking its attribution) and ben's")
        #expect(page.panelHistoryRows == events.count)
    }

    /// Claim 8 lies inside claim 7: hidden alone, its words stay highlighted for claim 7.
    static let filterCases: [(String, String, Set<String>, Set<String>)] = [
        ("", "8", [], []),
        ("filter=status:unverified", "3", ["1", "3", "4", "6", "8"], ["1", "3", "4", "6"]),
        ("filter=status:unverified&filter=status:supported", "5", ["1", "4", "6"], ["1", "4", "6"]),
        ("filter=reviewer:ben", "1", ["1", "2", "4", "5", "6", "7", "8"], ["1", "2", "4", "5", "6", "7", "8"]),
        ("filter=speaker:Zhou%20Hongyi", "1", ["1", "3", "4", "5", "6", "7", "8"], ["1", "3", "4", "5", "6", "7", "8"]),
    ]

    @Test(arguments: filterCases)
    func filtersHideAndShowClaims(fragment: String, shown: String, hiddenNotes: Set<String>, unhighlighted: Set<String>) throws {
        let workspace = try Self.sample()
        let page = try Self.page(workspace, fragment: fragment)
        #expect(page.body["data-shown"] == shown)
        #expect(page.hiddenNotes == hiddenNotes)
        #expect(page.off == unhighlighted)
    }

    /// A document, title, speaker, alias, note, evidence, source and tag full of markup.
    static let hostileText = """
        The mayor said <script>document.body.setAttribute("data-pwned","doc")</script> was fine.
        Then <img src=x onerror="document.body.setAttribute('data-pwned','img')"> appeared, and </script><script>document.body.setAttribute('data-pwned','end')</script> too.
        A link: <a href="javascript:document.body.setAttribute('data-pwned','a')">click</a>.

        """

    static let hostileScript = #"""
        import hostile.txt --title "</title><script>document.body.setAttribute('data-pwned','title')</script>" --url "javascript:document.body.setAttribute('data-pwned','url')"
        claim 15..78 --speaker "<img src=x onerror=document.body.setAttribute('data-pwned','speaker')>" --cue 4..8
        status 1 refuted --note "<script>document.body.setAttribute('data-pwned','note')</script>"
        evidence 1 "javascript:document.body.setAttribute('data-pwned','evidence')" --note "<img src=x onerror=document.body.setAttribute('data-pwned','evnote')>"
        evidence 1 "https://example.org/check?a=1&b=<2>" --stance refutes
        source 1 "<b onmouseover=document.body.setAttribute('data-pwned','source')>Agency</b>" --via "\"><script>document.body.setAttribute('data-pwned','via')</script>" --url "javascript:alert(1)"
        tag 1 "<svg/onload=document.body.setAttribute('data-pwned','tag')>"
        alias "<img src=x onerror=document.body.setAttribute('data-pwned','speaker')>" "<iframe src=javascript:alert(1)>"
        claim 94..162 --status misleading
        claim 177..249
        claim 15..249
        """#

    @Test func injectedMarkupRunsNothing() throws {
        let workspace = try Workspace()
        try workspace.write("hostile.txt", Self.hostileText)
        try workspace.write("hostile.cdk", Self.hostileScript)
        let built = try workspace.claimdesk("--project", "hostile", "--script", "hostile.cdk")
        #expect(built.status == 0, "\(built.stderr)")
        let page = try Self.page(workspace, project: "hostile", fragment: "select=1")
        Self.expectExact(page, document: Self.hostileText, exported: try Self.exported(workspace, project: "hostile"))
        #expect(page.body["data-pwned"] == nil && page.body["data-selected"] == "1")
        #expect(page.panelTitle.hasPrefix("Claim 1"))
        #expect(page.scripts == 2 && page.images == 0, "only the page's own JSON and script, no image")
        let evidence = "https://example.org/check?a=1&b=<2>"
        #expect(page.links == ["index.html", evidence, evidence], "only the http(s) evidence is a link, in its note and in the panel: \(page.links)")
        let index = try ReportDOM.read(try HeadlessChromium.dumpDOM(workspace.path + "/exports/hostile/report/index.html"), in: workspace)
        #expect(index.body["data-pwned"] == nil && index.scripts == 0 && index.images == 0)
        #expect(index.links == ["doc-1.html"])
    }
}
