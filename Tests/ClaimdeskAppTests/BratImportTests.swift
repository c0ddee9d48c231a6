import Foundation
import Testing

/// `import-annotations FOLDER --format brat`: events, fragments, equivalences, attributes,
/// normalizations and notes come in from a nested folder and go out again; unknown types are refused
/// or skipped with their counts; one file per annotator becomes layers; malformed lines name file:line.
@Suite struct BratImportTests {
    /// A PolNeAR-style file (CRLF text; a quote interrupted by "she added" as one discontinuous
    /// Content) and, two folders down, claimdesk-style entities across a line break.
    static let one = """
        T1\tSource 0 3\tAna
        T2\tCue 4 8\tsaid
        T3\tContent 11 23;37 52\tPrices rose, by 12% in 2021.
        T4\tAttribution 4 8\tsaid
        E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
        T5\tSource 25 28\tshe
        *\tEquiv T1 T5
        T6\tContent 54 76\tThe report was ignored
        T7\tCue 78 82\tsaid
        T8\tSource 83 85\tBo
        T9\tAttribution 78 82\tsaid
        E2\tAttribution:T9 Content:T6 Cue:T7 Source:T8
        T10\tDiscard 25 34\tshe added
        A1\tConfidence T3 High
        M1\tNegated T6
        N1\tReference T8 Wikidata:Q42\tBo Lind
        #1\tAnnotatorNotes T3\tcheck the CPI
        #2\tAnnotatorNotes T8\tsurname unknown

        """
    static let two = "T1\tClaim 15 21;22 33\tprices would fall.\nT2\tSpeaker 0 9\tOfficials\nT3\tCue 10 14\tsaid\nR1\tAttribution Arg1:T1 Arg2:T2\nR2\tCueOf Arg1:T1 Arg2:T3\n"
    static let map = "Content=claim,Source=speaker,Cue=cue,Claim=claim,Speaker=speaker,Discard=ignore"

    private func corpus() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.write("corpus/news/one.txt", "Ana said: “Prices rose,” she added, “by 12% in 2021.”\r\nThe report was ignored, said Bo.\r\n")
        try workspace.write("corpus/news/one.ann", Self.one)
        try workspace.write("corpus/deep/nested/two.txt", "Officials said prices\nwould fall.\n")
        try workspace.write("corpus/deep/nested/two.ann", Self.two)
        return workspace
    }

    /// An `.ann`'s T, E, R, *, A, M, N and # lines with every id replaced by what it names (`Content 11 23;37 52`,
    /// fragments in order; entities without their text, which follows from the spans).
    static func resolved(_ ann: String) -> Set<String> {
        var lines = ann.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        var names: [String: String] = [:]
        for (index, fields) in lines.enumerated() where fields[0].hasPrefix("T") {
            let words = fields[1].split(separator: " ", maxSplits: 1).map(String.init)
            let fragments = words[1].split(separator: ";").sorted { Int($0.split(separator: " ")[0])! < Int($1.split(separator: " ")[0])! }
            names[fields[0]] = words[0] + " " + fragments.joined(separator: ";")
            lines[index] = [fields[0], names[fields[0]]!]
        }
        let resolve = { (word: Substring) -> String in
            let parts = word.split(separator: ":", maxSplits: 1).map(String.init)
            if let last = parts.last, let name = names[last] { return (parts.count == 2 ? parts[0] + ":" : "") + "(\(name))" }
            return String(word)
        }
        return Set(lines.map { fields in
            let kind = fields[0].first.map { $0 == "M" ? "A" : String($0) } ?? ""
            return ([kind, fields[1].split(separator: " ").map(resolve).joined(separator: " ")] + fields.dropFirst(2)).joined(separator: "\t")
        })
    }

    @Test(arguments: StoreKind.allCases)
    func aNestedFolderComesInWholeAndGoesOutAgain(on kind: StoreKind) throws {
        let workspace = try corpus()
        let project = try kind.projectArgument(name: "p")
        let missing = try workspace.claimdesk("--project", project, "import-annotations", "corpus", "--format", "brat", "--map", Self.map)
        #expect(missing.status == 2 && missing.stderr.contains("its document is not in this project; import the document's text first"), "\(missing.stderr)")
        let run = try workspace.claimdesk("--project", project, "import-annotations", "corpus", "--format", "brat", "--map", Self.map, "--import-documents")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasSuffix("""
            imported 3 claims with 3 events from corpus
            brat: 2 files, 2 documents (2 imported), 3 claims (1 discontinuous, 2 fragments), 3 speaker mentions, 3 cues
            skipped: Discard (mapped to ignore) 1

            """), "\(run.stdout)")
        #expect(try workspace.claimdesk("--project", project, "export", "--out", "out.jsonl").status == 0)
        let records = try String(decoding: workspace.read("out.jsonl"), as: UTF8.self).split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
        let quote = try #require(records.first { ($0["text"] as? String)?.hasPrefix("Prices rose") == true })
        #expect(quote["fragments"] as? [[Int]] == [[11, 23], [37, 52]] && quote["speaker"] as? String == "Ana" && quote["cue"] as? String == "said")
        #expect(quote["rationale"] as? String == "check the CPI")
        #expect(quote["tags"] as? [String] == ["Confidence=High", "brat:*=Equiv speaker Source@25..28", "brat:E=Attribution Attribution@4..8 Content=claim Cue=cue Source=speaker",
                                               "brat:claim=Content", "brat:speaker=Source"])
        let report = try #require(records.first { $0["text"] as? String == "The report was ignored" })
        #expect(report["start"] as? Int == 55, "CRLF counts as two code points in the document")
        #expect((report["tags"] as? [String])?.contains("Negated=true") == true && (report["tags"] as? [String])?.contains("brat:N=speaker Reference Wikidata:Q42 Bo Lind") == true)
        #expect((report["tags"] as? [String])?.contains("brat:#=speaker surname unknown") == true)
        let nested = try #require(records.first { $0["speaker"] as? String == "Officials" })
        #expect(nested["start"] as? Int == 15 && nested["end"] as? Int == 33 && nested["fragments"] is NSNull && nested["tags"] as? [String] == [])

        #expect(try workspace.claimdesk("--project", project, "export", "--format", "brat", "--out", "again").status == 0)
        let conformance = try Subprocess.run(["python3", BratConformanceTests.checker, "again"], in: workspace.path)
        #expect(conformance.status == 0 && conformance.stdout.hasPrefix("PASS again: 2 documents"), "\(conformance.stdout)\(conformance.stderr)")
        var exported: [String: Set<String>] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: workspace.path + "/again") where name.hasSuffix(".ann") {
            let text = String(decoding: try workspace.read("again/" + name.dropLast(4) + ".txt"), as: UTF8.self)
            exported[text] = Self.resolved(String(decoding: try workspace.read("again/" + name), as: UTF8.self))
        }
        // Everything but the ignored type, and the claim's own note (its rationale, written in claimdesk's note).
        let original = Self.resolved(Self.one).filter { !$0.contains("Discard") && !$0.hasSuffix("check the CPI") }
        let again = try #require(exported["Ana said: “Prices rose,” she added, “by 12% in 2021.”\nThe report was ignored, said Bo.\n"])
        #expect(original.subtracting(again).isEmpty, "lost: \(original.subtracting(again).sorted())")
        #expect(again.filter { $0.hasPrefix("E\t") }.count == 2 && again.contains("T\tContent 11 23;37 52"))
        let nestedAgain = try #require(exported["Officials said prices\nwould fall.\n"])
        #expect(Self.resolved(Self.two).subtracting(nestedAgain).isEmpty, "\(nestedAgain.sorted())")
        #expect(try workspace.claimdesk("--project", project, "verify").stdout.hasPrefix("ok: 3 claims"))
    }

    /// The exported `annotation.conf` declares the corpus's own types beside claimdesk's: entities, the
    /// equivalence, the event with its roles (`Content2` as `Content*`, a role some event lacks as `?`,
    /// its trigger type under [events] only) and the attributes with their values; brat's checks pass.
    @Test(arguments: StoreKind.allCases)
    func theExportedConfigurationDeclaresTheCorpusTypes(on kind: StoreKind) throws {
        let workspace = try corpus()
        try workspace.write("corpus/news/one.ann", Self.one.replacingOccurrences(
            of: "E2\tAttribution:T9 Content:T6 Cue:T7 Source:T8",
            with: "E2\tAttribution:T9 Content:T6 Content2:T3 Cue:T7 Source:T8\nE3\tAttribution:T9 Content:T6 Source:T8"))
        let project = try kind.projectArgument(name: "p")
        let run = try workspace.claimdesk("--project", project, "import-annotations", "corpus", "--format", "brat", "--map", Self.map, "--import-documents")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try workspace.claimdesk("--project", project, "export", "--format", "brat", "--out", "again").status == 0)
        #expect(String(decoding: try workspace.read("again/annotation.conf"), as: UTF8.self) == """
            [entities]
            Claim
            Speaker
            Cue
            Content
            Source
            [relations]
            Attribution\tArg1:Claim, Arg2:Speaker
            CueOf\tArg1:Claim, Arg2:Cue
            Equiv\tArg1:Source, Arg2:Source, <REL-TYPE>:symmetric-transitive
            <OVERLAP>\tArg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>
            [events]
            Attribution\tContent*:Content, Cue?:Cue, Source:Source
            [attributes]
            Status\tArg:Claim|Content, Value:unverified|supported|mostly_supported|mixed|misleading|refuted|not_enough_evidence|not_checkable
            AttributionStatus\tArg:Claim, Value:unverified|confirmed|paraphrased|misquoted|misattributed|out_of_context|unverifiable
            Confidence\tArg:Content, Value:High
            Negated\tArg:Content

            """)
        let conformance = try Subprocess.run(["python3", BratConformanceTests.checker, "again"], in: workspace.path)
        #expect(conformance.status == 0 && conformance.stdout.hasPrefix("PASS again: 2 documents"), "\(conformance.stdout)\(conformance.stderr)")
    }

    /// Two claims may share a covering span when their fragments differ; two entities of one type and
    /// span are one claim, which keeps both attributions (the second speaker and cue in its event tag).
    @Test(arguments: StoreKind.allCases)
    func sharedSpansAndSecondAttributionsComeBack(on kind: StoreKind) throws {
        let workspace = try Workspace()
        try workspace.write("c/doc.txt", "Prices rose, Ana said, very fast.\nBo agreed.\n")
        let ann = """
            T1\tContent 0 12;23 33\tPrices rose, very fast.
            T2\tContent 0 33\tPrices rose, Ana said, very fast.
            T3\tSource 13 16\tAna
            T4\tCue 17 21\tsaid
            T5\tAttribution 17 21\tsaid
            E1\tAttribution:T5 Content:T1 Cue:T4 Source:T3
            T6\tContent 23 33;0 12\tvery fast. Prices rose,
            T7\tSource 34 36\tBo
            T8\tCue 37 43\tagreed
            T9\tAttribution 37 43\tagreed
            E2\tAttribution:T9 Content:T6 Cue:T8 Source:T7
            E3\tAttribution:T9 Content:T2 Cue:T8 Source:T7

            """
        try workspace.write("c/doc.ann", ann)
        let project = try kind.projectArgument(name: "p")
        let run = try workspace.claimdesk("--project", project, "import-annotations", "c", "--format", "brat", "--import-documents", "--map", Self.map)
        #expect(run.status == 0 && run.stdout.contains("2 claims (1 discontinuous, 2 fragments)")
                && run.stdout.contains("skipped: Content with the span of another (one claim) 1\n"), "\(run.stdout)\(run.stderr)")
        #expect(try workspace.claimdesk("--project", project, "export", "--format", "brat", "--out", "again").status == 0)
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: workspace.path + "/again").first { $0.hasSuffix(".ann") })
        let again = Self.resolved(String(decoding: try workspace.read("again/" + name), as: UTF8.self))
        let original = Self.resolved(ann)
        #expect(original.subtracting(again).isEmpty, "lost: \(original.subtracting(again).sorted())")
        #expect(again.filter { $0.hasPrefix("E\t") }.count == 3 && again.filter { $0.hasPrefix("T\tContent") }.count == 2)
    }

    /// Types and roles `--map` does not name are listed with their counts and nothing is stored;
    /// `--skip-unmapped` imports the rest and says what it skipped.
    @Test(arguments: StoreKind.allCases)
    func unmappedTypesAreRefusedWithCountsOrSkipped(on kind: StoreKind) throws {
        let workspace = try corpus()
        try workspace.write("corpus/news/one.ann", Self.one + "T11\tTopic 54 64\tThe report\nE3\tAttribution:T9 Content:T6 Topic:T11\n")
        let project = try kind.projectArgument(name: "p")
        let map = "Content=claim,Source=speaker,Cue=cue,Claim=claim,Speaker=speaker"
        let refused = try workspace.claimdesk("--project", project, "import-annotations", "corpus", "--format", "brat", "--map", map, "--import-documents")
        #expect(refused.status == 2 && refused.stderr.contains(
            "these brat types and event roles have no role: Attribution.Topic 1, Discard 1, Topic 1; add them to --map"), "\(refused.stderr)")
        #expect(try workspace.claimdesk("--project", project, "docs").stdout.hasPrefix("no documents yet"))
        let skipped = try workspace.claimdesk("--project", project, "import-annotations", "corpus", "--format", "brat", "--map", map,
                                              "--import-documents", "--skip-unmapped")
        #expect(skipped.status == 0 && skipped.stdout.contains(
            "skipped: Attribution.Topic (not in --map) 1, Discard (not in --map) 1, Topic (not in --map) 1\n"), "\(skipped.stdout)\(skipped.stderr)")
        #expect(skipped.stdout.contains("imported 3 claims"))
    }

    /// `NAME_ANNOTATOR.ann` files of one text: refused together without layers, each annotator's layer with `--layer-from-suffix`.
    @Test(arguments: StoreKind.allCases)
    func oneFilePerAnnotatorBecomesLayers(on kind: StoreKind) throws {
        let workspace = try Workspace()
        try workspace.write("pair/text/doc.txt", "Officials said prices\nwould fall.\n")
        try workspace.write("pair/ann/doc_ana.ann", Self.two)
        try workspace.write("pair/ann/doc_ben.ann", "T1\tClaim 15 21\tprices\nT2\tSpeaker 0 9\tOfficials\nR1\tAttribution Arg1:T1 Arg2:T2\n")
        let project = try kind.projectArgument(name: "p")
        #expect(try workspace.claimdesk("--project", project, "import", "pair/text/doc.txt").status == 0)
        let together = try workspace.claimdesk("--project", project, "import-annotations", "pair", "--format", "brat")
        #expect(together.status == 2 && together.stderr.contains("doc_ana.ann and doc_ben.ann annotate the same text doc.txt; pass --layer-from-suffix"), "\(together.stderr)")
        let run = try workspace.claimdesk("--project", project, "import-annotations", "pair", "--format", "brat", "--layer-from-suffix")
        #expect(run.status == 0 && run.stdout.contains("brat: 2 files, 1 document (0 imported), 2 claims"), "\(run.stdout)\(run.stderr)")
        let assignments = try workspace.claimdesk("--project", project, "assignments").stdout
        #expect(assignments.contains("ana") && assignments.contains("ben"), "\(assignments)")
        let agreement = try workspace.claimdesk("--project", project, "agreement", "--format", "json").stdout
        #expect(agreement.hasPrefix(#"{"documents":1,"reviewers":["ana","ben"],"pairs":[{"a":"ana","b":"ben","claims_a":1,"claims_b":1,"matched":0,"exact_f1":0.0,"#), "\(agreement)")
        try workspace.write("lone/doc.ann", Self.two)
        let noSuffix = try workspace.claimdesk("--project", project, "import-annotations", "lone", "--format", "brat", "--layer-from-suffix")
        #expect(noSuffix.status == 2 && noSuffix.stderr.contains("doc.ann has no _ANNOTATOR suffix"), "\(noSuffix.stderr)")
        // Without a .txt, the file goes to the project document its spans fit.
        let jsonl = try workspace.claimdesk("--project", project, "import-annotations", "lone/doc.ann", "--layer-from-suffix")
        #expect(jsonl.status == 2 && jsonl.stderr.contains("--layer-from-suffix goes with --format brat"), "\(jsonl.stderr)")
        let lone = try workspace.claimdesk("--project", project, "import-annotations", "lone", "--format", "brat")
        #expect(lone.status == 0 && lone.stdout.contains("brat: 1 file, 1 document (0 imported), 1 claim "), "\(lone.stdout)\(lone.stderr)")
    }

    /// Each malformed line is one error naming file:line, and nothing is stored.
    @Test(arguments: [
        ("T1\tClaim 15 21\tprices\nE1\tAttribution:T7 Content:T1\n", "doc.ann:2: event E1's trigger T7 is not a T entity of this file"),
        ("T1\tClaim 15 21\tprices\n*\tEquiv T1 T4\n", "doc.ann:2: the equivalence names T4, which this file does not have"),
        ("T1\tClaim 15 21\tprices\nA1\tConfidence T2 High\n", "doc.ann:2: attribute Confidence names T2, which this file does not have"),
        ("T1\tClaim 15 90\tprices\n", "doc.ann:1: T1's offsets 15..90 run past the end of the text (34 code points)"),
        ("T1\tClaim 15 21\tprizes\n", "doc.ann:1: its offsets do not give its text: T1 says 'prizes' but the text there is 'prices'"),
        ("T1\tClaim 15 21\tprices\nhello\n", "doc.ann:2 is not a brat line"),
        ("hello\n", "doc.ann:1 is not a brat line"),
        ("T1\tClaim 15 21;x\tprices\n", "doc.ann:1 is not a text-bound annotation"),
        ("T1\tClaim 15 21\tprices\nE1\tAttribution Content:T1\n", "doc.ann:2 is not an event"),
        ("T1\tClaim 15 21\tprices\nN1\tReference T1\n", "doc.ann:2 is not a well-formed brat line; expected `N1<TAB>Type T1 Base:ID<TAB>text`"),
    ])
    func malformedLinesNameFileAndLine(ann: String, error: String) throws {
        let workspace = try Workspace()
        try workspace.write("doc.txt", "Officials said prices\nwould fall.\n")
        try workspace.write("doc.ann", ann)
        #expect(try workspace.claimdesk("--project", "p", "import", "doc.txt").status == 0)
        let before = try workspace.fingerprint(project: "p")
        let run = try workspace.claimdesk("--project", "p", "import-annotations", "doc.ann", "--format", "brat")
        #expect(run.status == 2 && run.stderr.contains(error) && run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
        #expect(try workspace.fingerprint(project: "p") == before)
    }
}
