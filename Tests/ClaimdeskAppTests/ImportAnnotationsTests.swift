import Foundation
import Testing

/// `import-annotations`: a claimdesk export round-trips byte for byte; doccano maps labels; bad files change nothing.
@Suite struct ImportAnnotationsTests {
    /// An empty project holding the sample article with the sample's metadata.
    private func projectWithArticle(_ workspace: Workspace, name: String = "copy") throws {
        let run = try workspace.claimdesk("--project", name, "import", "docs/sample/voa-common-prosperity.txt", "--title",
                                          "Chinese tech tycoons rush to back Xi's 'common prosperity' drive", "--outlet", "VOA News", "--url",
                                          "https://www.voanews.com/a/chinese-tech-tycoons-rush-to-back-xi-s-common-prosperity-drive/6253431.html",
                                          "--published", "2021-09-30", "--language", "en")
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test(arguments: StoreKind.allCases)
    func jsonlExportWithHistoryRoundTripsByteForByte(on kind: StoreKind) throws {
        let workspace = try Workspace()
        try workspace.copyFromRepository("projects/sample")
        try workspace.copyFromRepository("docs/sample")
        #expect(try workspace.claimdesk("export", "--with-history", "--out", "before.jsonl").status == 0)
        let project = try kind.projectArgument(name: "copy")
        try projectWithArticle(workspace, name: project)
        let imported = try workspace.claimdesk("--project", project, "import-annotations", "before.jsonl")
        #expect(imported.stdout == "imported 8 claims with 36 events from before.jsonl\n", "\(imported.stderr)")
        #expect(try workspace.claimdesk("--project", project, "export", "--with-history", "--out", "after.jsonl").status == 0)
        #expect(try workspace.read("after.jsonl") == workspace.read("before.jsonl"))
        #expect(try workspace.claimdesk("--project", project, "verify").stdout.hasPrefix("ok: 8 claims"))
    }

    /// Without events, each claim gets one `import` event and remembers its `history_count`: the bytes come back too.
    @Test(arguments: StoreKind.allCases)
    func plainJSONLRoundTripsByteForByte(on kind: StoreKind) throws {
        let workspace = try Workspace()
        try workspace.copyFromRepository("docs/sample")
        let project = try kind.projectArgument(name: "copy")
        try projectWithArticle(workspace, name: project)
        let run = try workspace.claimdesk("--project", project, "import-annotations", Repository.path("exports/sample/claims.jsonl"))
        #expect(run.status == 0 && run.stdout.contains("imported 8 claims with 8 events"), "\(run.stderr)")
        #expect(try workspace.claimdesk("--project", project, "export", "--out", "again.jsonl").status == 0)
        #expect(try workspace.read("again.jsonl") == Data(contentsOf: URL(fileURLWithPath: Repository.path("exports/sample/claims.jsonl"))))
        _ = try workspace.claimdesk("--project", project, "status", "1", "refuted")
        #expect(try workspace.claimdesk("--project", project, "history", "1").stdout.contains("import claim 1: created"))
        #expect(try workspace.claimdesk("--project", project, "verify").stdout.hasPrefix("ok: 8 claims"))
    }

    /// The sample's build script, run with a fixed clock on each store, prints and exports the same (claim UUIDs aside).
    @Test func aScriptedSessionPrintsAndExportsTheSameOnBothStores() throws {
        let workspace = try Workspace()
        try workspace.copyFromRepository("docs/sample")
        let runs = try StoreKind.allCases.map { kind in
            let project = try kind.projectArgument(name: "built")
            let clock = ["CLAIMDESK_FIXED_CLOCK": "1633046400"]
            let built = try workspace.claimdesk("--project", project, "--script", "docs/sample/build-sample.cdk", environment: clock)
            #expect(built.status == 0, "\(kind): \(built.stderr)")
            let exported = try workspace.claimdesk("--project", project, "export", "--with-history", "--out", "\(kind).jsonl", environment: clock)
            #expect(exported.status == 0, "\(exported.stderr)")
            return (built.stdout, String(decoding: try workspace.read("\(kind).jsonl"), as: UTF8.self))
        }
        let uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/
        #expect(runs[0].0.replacing(uuid, with: "UUID") == runs[1].0.replacing(uuid, with: "UUID"))
        #expect(runs[0].1.replacing(uuid, with: "UUID") == runs[1].1.replacing(uuid, with: "UUID"))
        #expect(runs[0].1.split(separator: "\n").count == 8)
    }

    @Test func doccanoLabelsMapToClaimsAndSpeakers() throws {
        let workspace = try Workspace()
        let text = "Ana Lima said: “Prices rose 12% in 2021.”\nBo denied it."
        try workspace.write("doc.txt", text)
        try workspace.write("doccano.jsonl", #"{"id": 1, "text": "Ana Lima said: “Prices rose 12% in 2021.”\nBo denied it.", "label": [[0, 8, "PER"], [16, 40, "QUOTE"], [9, 13, "CUE"]]}"# + "\n")
        #expect(try workspace.claimdesk("--project", "p", "import", "doc.txt").status == 0)
        let unmapped = try workspace.claimdesk("--project", "p", "import-annotations", "doccano.jsonl", "--format", "doccano")
        #expect(unmapped.status == 2 && unmapped.stderr.contains("label 'PER' has no role; add it to --map"))
        let run = try workspace.claimdesk("--project", "p", "import-annotations", "doccano.jsonl", "--format", "doccano", "--map", "QUOTE=claim,PER=speaker,CUE=cue")
        #expect(run.stdout == "imported 1 claim with 1 event from doccano.jsonl\n", "\(run.stderr)")
        let claims = try workspace.claimdesk("--project", "p", "claims").stdout
        #expect(claims.contains("16..40") && claims.contains("Ana Lima") && claims.contains("«Prices rose 12% in 2021.»"))
    }

    @Test func badFilesChangeNothing() throws {
        let workspace = try Workspace()
        try workspace.copyFromRepository("docs/sample")
        try projectWithArticle(workspace)
        let before = try workspace.fingerprint(project: "copy")
        let lines = try String(contentsOfFile: Repository.path("exports/sample/claims.jsonl"), encoding: .utf8).split(separator: "\n")
        try workspace.write("broken.jsonl", lines[0] + "\n" + lines[1].replacingOccurrences(of: #""start":952"#, with: #""start":953"#) + "\n")
        let misplaced = try workspace.claimdesk("--project", "copy", "import-annotations", "broken.jsonl")
        #expect(misplaced.status == 2 && misplaced.stderr.contains("broken.jsonl:2: "))
        try workspace.write("other.txt", "Another document.")
        _ = try workspace.claimdesk("--project", "other", "import", "other.txt")
        let missing = try workspace.claimdesk("--project", "other", "import-annotations", Repository.path("exports/sample/claims.jsonl"))
        #expect(missing.status == 2 && missing.stderr.contains("its document is not in this project; import the document's text first"))
        try workspace.write("junk.jsonl", "not json\n")
        #expect(try workspace.claimdesk("--project", "copy", "import-annotations", "junk.jsonl").status == 2)
        #expect(try workspace.fingerprint(project: "copy") == before)
        #expect(try workspace.claimdesk("--project", "copy", "import-annotations", Repository.path("exports/sample/claims.jsonl")).status == 0)
        let twice = try workspace.claimdesk("--project", "copy", "import-annotations", Repository.path("exports/sample/claims.jsonl"))
        #expect(twice.status == 2 && twice.stderr.contains("is already in this project; nothing was imported"))
    }

    /// A project `p` of `count` documents with one claim each, then `commands` run as a script.
    private func documents(_ count: Int, then commands: String) throws -> Workspace {
        let workspace = try Workspace()
        var script = ""
        for index in 0..<count {
            try workspace.write("d\(index).txt", "Document \(index): Xi said prosperity is for all, number \(index).")
            script += "import d\(index).txt\nclaim \"prosperity is for all\"\n"
        }
        try workspace.write("run.cdk", script + commands)
        let run = try workspace.claimdesk("--project", "p", "--script", "run.cdk")
        #expect(run.status == 0, "\(run.stderr)")
        return workspace
    }

    @Test func splitsNeverShareADocument() throws {
        let workspace = try documents(12, then: "export --split train=0.5,dev=0.25,test=0.25 --seed 7\n")
        var seen: [String: String] = [:]
        var total = 0
        for split in ["train", "dev", "test"] {
            for line in try String(decoding: workspace.read("exports/p/claims-\(split).jsonl"), as: UTF8.self).split(separator: "\n") {
                let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
                let doc = record["doc_id"] as! String
                #expect(seen[doc, default: split] == split)
                seen[doc] = split
                total += 1
            }
        }
        #expect(total == 12 && Set(seen.values).count == 3)
        let again = try workspace.claimdesk("--project", "p", "export", "--split", "train=0.5,dev=0.25,test=0.25", "--seed", "7", "--out", "again/")
        let (copy, original) = (try workspace.read("again/claims-train.jsonl"), try workspace.read("exports/p/claims-train.jsonl"))
        #expect(again.status == 0 && copy == original)
        #expect(try workspace.claimdesk("--project", "p", "export", "--split", "train=0.5,test=0.6").status == 2)
    }

    /// Split manifests name the split, its seed and every share; a file `--out` gets the split's name; brat splits into folders.
    @Test func splitsNameTheirFilesAndManifests() throws {
        let workspace = try documents(6, then: "export --split train=0.5,test=0.5 --seed 3 --out out/x.jsonl\nexport --format brat --split train=0.5,test=0.5 --seed 3\n")
        let manifest = try JSONSerialization.jsonObject(with: workspace.read("out/x-train.manifest.json")) as! [String: Any]
        #expect(manifest["split"] as? String == "train" && manifest["split_seed"] as? Int == 3)
        #expect(manifest["split_shares"] as? [String: Double] == ["train": 0.5, "test": 0.5])
        let train = try FileManager.default.contentsOfDirectory(atPath: workspace.path + "/exports/p/claims-brat-train").filter { $0.hasSuffix(".ann") }
        let test = try FileManager.default.contentsOfDirectory(atPath: workspace.path + "/exports/p/claims-brat-test").filter { $0.hasSuffix(".ann") }
        #expect(train.count + test.count == 6 && Set(train).isDisjoint(with: test) && train.count == (manifest["records"] as? Int))
        let seedAlone = try workspace.claimdesk("--project", "p", "export", "--seed", "3")
        #expect(seedAlone.status == 2 && seedAlone.stderr.contains("--seed goes with --split"))
    }

    /// Unknown labels and attributes, malformed spans and a claim already marked stop the import; nothing is stored.
    @Test func foreignAnnotationsAreCheckedNotGuessed() throws {
        let workspace = try Workspace()
        try workspace.write("doc.txt", "Ana said prices rose.\nBo denied it.\n")
        #expect(try workspace.claimdesk("--project", "p", "import", "doc.txt").status == 0)
        let before = try workspace.fingerprint(project: "p")
        try workspace.write("a.jsonl", #"{"text": "Ana said prices rose.\nBo denied it.\n", "label": ["POSITIVE"]}"# + "\n")
        let classification = try workspace.claimdesk("--project", "p", "import-annotations", "a.jsonl", "--format", "doccano")
        #expect(classification.status == 2 && classification.stderr.contains("a.jsonl:1: \"label\" is not a list of [start, end, \"LABEL\"]"), "\(classification.stderr)")
        try workspace.write("doc.ann", "T1\tClaim 9 21\tprices rose.\nA1\tNegated\n")
        let attribute = try workspace.claimdesk("--project", "p", "import-annotations", "doc.ann", "--format", "brat")
        #expect(attribute.status == 2 && attribute.stderr.contains("doc.ann:2 is not a well-formed brat line; expected `A1<TAB>Name T1 [Value]`"), "\(attribute.stderr)")
        try workspace.write("doc.ann", "T1\tClaim 9 21\tprices rose!\n")
        let misfit = try workspace.claimdesk("--project", "p", "import-annotations", "doc.ann", "--format", "brat")
        #expect(misfit.status == 2 && misfit.stderr.contains("doc.ann:1: its offsets do not give its text"))
        try workspace.write("doc.ann", "T1\tClaim 9 21\tprices rose.\nR1\tAttribution Arg1:T1 Arg2:T9\n")
        let missing = try workspace.claimdesk("--project", "p", "import-annotations", "doc.ann", "--format", "brat")
        #expect(missing.status == 2 && missing.stderr.contains("doc.ann:2: R1 names T9, which this file does not have"), "\(missing.stderr)")
        #expect(try workspace.fingerprint(project: "p") == before)
        // A foreign note becomes the rationale; without relations the nearest speaker is taken.
        try workspace.write("doc.ann", "T1\tClaim 9 21\tprices rose.\nT2\tPerson 0 3\tAna\n#1\tAnnotatorNotes T1\tcheck the CPI\n")
        let run = try workspace.claimdesk("--project", "p", "import-annotations", "doc.ann", "--format", "brat", "--map", "Claim=claim,Person=speaker")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try workspace.claimdesk("--project", "p", "claims").stdout.contains("Ana"))
        #expect(try workspace.claimdesk("--project", "p", "history", "1").stdout.contains("imported from doc.ann"))
        let twice = try workspace.claimdesk("--project", "p", "import-annotations", "doc.ann", "--format", "brat", "--map", "Claim=claim,Person=speaker")
        #expect(twice.status == 2 && twice.stderr.contains("claim 1 already marks 9..21 of document 1; nothing was imported"))
    }
}

/// brat standoff: golden files on the sample, fragments for claims across lines, and import back.
@Suite struct BratTests {
    @Test func sampleExportMatchesTheShippedFolder() throws {
        let workspace = try Workspace()
        try workspace.copyFromRepository("projects/sample")
        #expect(try workspace.claimdesk("export", "--format", "brat").status == 0)
        for name in ["claims-brat/annotation.conf", "claims-brat/f58fc03a-75f6-bb61-7783-e76cbc817084.ann",
                     "claims-brat/f58fc03a-75f6-bb61-7783-e76cbc817084.txt", "claims-brat.manifest.json"] {
            #expect(try workspace.read("exports/sample/\(name)") == Data(contentsOf: URL(fileURLWithPath: Repository.path("exports/sample/\(name)"))), "\(name)")
        }
    }

    @Test func claimsAcrossLinesBecomeFragmentsAndImportBack() throws {
        let workspace = try Workspace()
        try workspace.write("doc.txt", "Ana said: “Prices rose\r\nby 12% in 2021.”\r\n")
        try workspace.write("run.cdk", "import doc.txt\nclaim \"Prices rose\" .. \"2021.\" --speaker Ana --mention Ana --status refuted\nexport --format brat --out brat\n")
        #expect(try workspace.claimdesk("--project", "p", "--script", "run.cdk").status == 0)
        let ann = String(decoding: try workspace.read("brat/" + (try FileManager.default.contentsOfDirectory(atPath: workspace.path + "/brat").first { $0.hasSuffix(".ann") }!)), as: UTF8.self)
        #expect(ann.hasPrefix("T1\tClaim 11 22;23 38\tPrices rose by 12% in 2021.\nT2\tSpeaker 0 3\tAna\nR1\tAttribution Arg1:T1 Arg2:T2\nA1\tStatus T1 refuted\n"))
        #expect(try workspace.claimdesk("--project", "q", "import", "doc.txt").status == 0)
        let annPath = try FileManager.default.contentsOfDirectory(atPath: workspace.path + "/brat").first { $0.hasSuffix(".ann") }!
        let run = try workspace.claimdesk("--project", "q", "import-annotations", "brat/" + annPath, "--format", "brat")
        #expect(run.status == 0, "\(run.stderr)")
        let claims = try workspace.claimdesk("--project", "q", "claims").stdout
        #expect(claims.contains("11..39") && claims.contains("refuted") && claims.contains("Ana"))
    }
}
