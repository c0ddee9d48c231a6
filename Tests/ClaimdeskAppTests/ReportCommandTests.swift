import Foundation
import Testing

/// `report` from the shell, without a browser: what it writes and prints, which documents and
/// claims it takes, and its bad input (one line, exit status 2, nothing written or replaced).
@Suite struct ReportCommandTests {
    static func sample() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.copyFromRepository("projects/sample")
        try workspace.copyFromRepository("docs/sample")
        return workspace
    }

    @Test func writesAnIndexAndOnePagePerDocumentAndReplacesAnEarlierReport() throws {
        let workspace = try Self.sample()
        let first = try workspace.claimdesk("report")
        #expect(first.status == 0 && first.stdout == workspace.path + "/exports/sample/report/index.html\n1 document page, 8 claims\n", "\(first.stderr)")
        #expect(try workspace.claimdesk("import", "docs/sample/voa-common-prosperity-corrected.txt").status == 0)
        let second = try workspace.claimdesk("report")
        #expect(second.stdout == workspace.path + "/exports/sample/report/index.html\n2 document pages, 8 claims\n", "\(second.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: workspace.path + "/exports/sample/report").sorted()
        #expect(names == ["doc-1.html", "doc-2.html", "index.html"])
        let index = String(decoding: try workspace.read("exports/sample/report/index.html"), as: UTF8.self)
        #expect(index.contains("<a href=\"doc-2.html\">") && index.contains("id=\"agreement\""))
        #expect(!index.contains("<script"), "no script on the index page")
    }

    /// The shipped `exports/sample/report/` is what `report` writes for the shipped project, byte for byte
    /// (`CLAIMDESK_UPDATE_GOLDEN=1` rewrites it after an intended change).
    @Test func shippedSampleReportMatchesTheShippedProject() throws {
        let workspace = try Self.sample()
        #expect(try workspace.claimdesk("report").status == 0)
        for name in ["index.html", "doc-1.html"] {
            let written = try workspace.read("exports/sample/report/" + name)
            let shipped = URL(fileURLWithPath: Repository.path("exports/sample/report/" + name))
            if ProcessInfo.processInfo.environment["CLAIMDESK_UPDATE_GOLDEN"] == "1" { try written.write(to: shipped) }
            #expect(written == (try Data(contentsOf: shipped)), "exports/sample/report/\(name) differs")
        }
    }

    @Test func takesOnlyTheDocumentsAndStatusesAskedFor() throws {
        let workspace = try Self.sample()
        #expect(try workspace.claimdesk("import", "docs/sample/voa-common-prosperity-corrected.txt").status == 0)
        let run = try workspace.claimdesk("report", "--doc", "1", "--status", "unverified", "--status", "supported", "--out", "room/")
        #expect(run.stdout == "room/index.html\n1 document page, 5 claims\n", "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.path + "/room").sorted() == ["doc-1.html", "index.html"])
        let page = String(decoding: try workspace.read("room/doc-1.html"), as: UTF8.self)
        #expect(page.contains("id=\"claim-2\"") && !page.contains("id=\"claim-1\""))
    }

    @Test(arguments: [
        (["report", "--status", "true"], "unknown status 'true'"),
        (["report", "--doc", "9"], "no document 9; `docs` lists the documents"),
        (["report", "--doc", "one"], "'one' is not a document number; `docs` lists them"),
        (["report", "everything"], "report"),
        (["report", "--out", "notes"], "notes exists and is not an earlier report export, so it is not replaced; choose another --out, a new or empty folder"),
    ])
    func badInputWritesNothing(arguments: [String], message: String) throws {
        let workspace = try Self.sample()
        try workspace.write("notes/mine.md", "my notes")
        let run = try ClaimdeskRun.run(arguments, in: workspace.path)
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("claimdesk: error: ") && run.stderr.contains(message), "\(run.stderr)")
        #expect(run.stderr.filter { $0 == "\n" }.count == 1)
        #expect(!FileManager.default.fileExists(atPath: workspace.path + "/exports/sample/report"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.path + "/notes") == ["mine.md"])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }
}
