import Foundation
import Testing

/// Entity events through the real binary: the shipped sample's baselines verify, speaker and source
/// changes travel through `export --with-history` and `import-annotations` byte for byte on both
/// stores, and `merge-speakers` refuses bad input with one line and exit status 2.
@Suite struct EntityEventsEndToEndTests {
    private let clock = ["CLAIMDESK_FIXED_CLOCK": "1633046400"]

    @Test func theShippedSampleVerifiesItsSpeakersAndSources() throws {
        let workspace = try Workspace()
        try workspace.copyFromRepository("projects/sample")
        let run = try workspace.claimdesk("verify")
        #expect(run.stdout == "ok: 9 claims, 7 speakers and 4 sources rebuilt from 35 events agree with the stored ones\n", "\(run.stderr)")
        #expect(try workspace.claimdesk("log", "--reviewer", "claimdesk").stdout.hasSuffix("\n11 events\n"))
    }

    /// The sample rebuilt by its script, then its speakers and sources changed and merged, exports
    /// with its entity events, imports into a new project on either store and exports the same bytes.
    @Test(arguments: StoreKind.allCases)
    func entityEventsRoundTripThroughImport(on kind: StoreKind) throws {
        let workspace = try Workspace()
        try workspace.copyFromRepository("docs/sample")
        let build = try workspace.claimdesk("--project", "built", "--reviewer", "ana", "--script", "docs/sample/build-sample.cdk", environment: clock)
        #expect(build.status == 0, "\(build.stderr)")
        let changes = try workspace.write("changes.cdk", """
            alias "Xi Jinping" --remove "Chinese President Xi Jinping" --kind person
            source 3 "Xinhua News Agency" --kind agency --url https://english.news.cn/
            speaker 7 "The China Daily"
            merge-speakers "China Daily" "The China Daily"
            undo
            redo
            """)
        let changed = try workspace.claimdesk("--project", "built", "--reviewer", "ben", "--script", changes, environment: clock)
        #expect(changed.status == 0, "\(changed.stderr)")
        #expect(try workspace.claimdesk("--project", "built", "export", "--with-history", "--out", "before.jsonl").status == 0)
        let project = try kind.projectArgument(name: "copy")
        let imported = try workspace.claimdesk("--project", project, "import", "docs/sample/voa-common-prosperity.txt", "--title",
                                               "Chinese tech tycoons rush to back Xi's 'common prosperity' drive", "--outlet", "VOA News", "--url",
                                               "https://www.voanews.com/a/chinese-tech-tycoons-rush-to-back-xi-s-common-prosperity-drive/6253431.html",
                                               "--published", "2021-09-30", "--language", "en")
        #expect(imported.status == 0, "\(imported.stderr)")
        let annotations = try workspace.claimdesk("--project", project, "import-annotations", "before.jsonl")
        #expect(annotations.status == 0, "\(annotations.stderr)")
        #expect(try workspace.claimdesk("--project", project, "export", "--with-history", "--out", "after.jsonl").status == 0)
        #expect(try workspace.read("after.jsonl") == workspace.read("before.jsonl"))
        let verified = try workspace.claimdesk("--project", project, "verify")
        #expect(verified.stdout.hasPrefix("ok: 8 claims, 7 speakers and 4 sources"), "\(verified.stdout)\(verified.stderr)")
        let row = try #require(String(decoding: try workspace.read("after.jsonl"), as: UTF8.self).split(separator: "\n")
            .compactMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }.first { $0["speaker"] as? String == "Xi Jinping" })
        let actions = (row["entity_events"] as? [[String: Any]] ?? []).map { "\($0["entity"] ?? "")/\($0["action"] ?? "")" }
        #expect(actions == ["speaker/alias", "source/source", "source/source", "speaker/alias", "source/source"])
        #expect(row["speaker_aliases"] as? [String] == ["Xi"])
    }

    /// A speaker the project already has keeps its own history; what the import changes on it is a new event.
    @Test(arguments: StoreKind.allCases)
    func importingIntoAProjectThatKnowsTheSpeakerKeepsItsHistory(on kind: StoreKind) throws {
        let workspace = try Workspace()
        try workspace.copyFromRepository("projects/sample")
        try workspace.copyFromRepository("docs/sample")
        #expect(try workspace.claimdesk("export", "--with-history", "--out", "before.jsonl").status == 0)
        let project = try kind.projectArgument(name: "copy")
        #expect(try workspace.claimdesk("--project", project, "import", "docs/sample/voa-common-prosperity.txt").status == 0)
        #expect(try workspace.claimdesk("--project", project, "alias", "Xi Jinping", "President Xi", "--note", "head of state").status == 0)
        let imported = try workspace.claimdesk("--project", project, "import-annotations", "before.jsonl")
        #expect(imported.status == 0, "\(imported.stderr)")
        let verified = try workspace.claimdesk("--project", project, "verify")
        #expect(verified.stdout.hasPrefix("ok: 8 claims, 7 speakers and 4 sources"), "\(verified.stdout)\(verified.stderr)")
        let speakers = try workspace.claimdesk("--project", project, "speakers").stdout
        #expect(speakers.contains("Xi Jinping (also: Chinese President Xi Jinping, President Xi, Xi) — head of state: 1 claim"), "\(speakers)")
        let log = try workspace.claimdesk("--project", project, "log", "--limit", "20").stdout
        #expect(log.contains("import-annotations speaker 1 «Xi Jinping»: aliases [President Xi] → [Chinese President Xi Jinping, President Xi, Xi]"), "\(log)")
    }

    @Test func mergeSpeakersRefusesBadInputAndChangesNothing() throws {
        let workspace = try Workspace()
        try workspace.copyFromRepository("projects/sample")
        let before = try workspace.fingerprint(project: "sample")
        for (arguments, message) in [
            (["merge-speakers", "Xi Jinping", "Nobody"], "no speaker 'Nobody'; `speakers` lists the speakers and their aliases"),
            (["merge-speakers", "Xi Jinping", "Xi"], "'Xi Jinping' and 'Xi' already are one speaker, \"Xi Jinping\"; nothing to merge"),
            (["merge-speakers", "Xi Jinping"], "missing OTHER; usage: merge-speakers KEEP OTHER"),
            (["source", "3", "VOA News", "--via", "article"], #"claim 3 already cites "VOA News" via "article"; give another --via, or --kind/--url to change the source"#),
        ] {
            let run = try ClaimdeskRun.run(arguments, in: workspace.path)
            #expect(run.status == 2 && run.stderr == "claimdesk: error: \(message)\n", "\(run.stderr)")
        }
        #expect(try workspace.fingerprint(project: "sample") == before)
    }
}
