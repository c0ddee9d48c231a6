import Foundation
import Testing
@testable import ClaimdeskCore

/// `search`, `similar`, `reuse`, the `seen before` hint and the index behind them, on both stores.
@Suite struct SearchTests {
    /// The sample article as document 1 with claim 1 (Xi's quote, supported) and claim 2 (Zhou's quote),
    /// and the constructed wire roundup that repeats both as document 2 (current).
    static func twoArticles(on kind: StoreKind) throws -> TemporaryProject {
        let project = try TemporaryProject(on: kind)
        _ = try project.run(
            "import \(SampleArticle.path) --title VOA",
            #"claim "Common prosperity means prosperity for all, not just a few people," --speaker "Xi Jinping" --status supported --note "matches the Xinhua readout""#,
            #"claim "Our success depends" .. "science and technology." --speaker "Zhou Hongyi""#,
            "import \(Self.roundupPath) --title Roundup")
        return project
    }

    static var roundupPath: String { SampleArticle.repositoryRoot.appendingPathComponent("docs/sample/wire-roundup.txt").path }

    @Test func wordsFoldCaseDiacriticsAndQuotesWithCodePointOffsets() {
        let words = SearchTokens("Zhōu’s “ZHOU” Zho\u{304}u 👍🏽 country's e\u{301}clat 4.2\u{202F}%")
        #expect(words.words == ["zhou", "s", "zhou", "zhou", "country", "s", "eclat", "4", "2"])
        #expect(words.ranges == [0..<4, 5..<6, 8..<12, 14..<19, 23..<30, 31..<32, 33..<39, 40..<41, 42..<43])
        #expect(SearchTokens("country’s").words == SearchTokens("country's").words)
    }

    @Test func queriesParseWithNotThenAndThenOr() throws {
        let query = try SearchQuery.parse(CommandTokenizer.split(#"xi OR "common prosperity" prosper* NOT jack"#))
        #expect(SQLiteSearch.expression(query) == #"("xi" OR ("common prosperity" AND ("prosper" * NOT "jack")))"#)
        #expect(PostgresSearch.expression(query) == "('xi' | ('common' <-> 'prosperity' & ('prosper':* & !'jack')))")
        let fromShell = try SearchQuery.parse([Token(#""common prosperity" OR wealth*"#, quoted: true)])
        #expect(fromShell == .or(.term(SearchTerm(words: ["common", "prosperity"], prefix: false)), .term(SearchTerm(words: ["wealth"], prefix: true))))
        #expect(try SearchQuery.parse([Token("for and against", quoted: true)]) == .term(SearchTerm(words: ["for", "and", "against"], prefix: false)))
        for bad in ["NOT xi", "xi OR", "xi AND AND zhou", "…"] {
            #expect(throws: ClaimdeskError.self) { try SearchQuery.parse(CommandTokenizer.split(bad)) }
        }
    }

    @Test(arguments: StoreKind.allCases) func searchFindsPhrasesAcrossDocumentsAndClaimMarksTheHit(on kind: StoreKind) throws {
        let project = try Self.twoArticles(on: kind)
        // Each engine ranks with its own function (bm25, ts_rank), so the documents' order may differ.
        let output = try project.run(#"search "common prosperity means""#).split(separator: "\n")
        #expect(output.first == #"2 hits for "common prosperity means" in 2 documents:"#)
        #expect(output.dropFirst().map { $0.dropFirst(6) }.sorted() == [
            #"doc 1  ¶11  2054..2077  … others achieve prosperity.  “[Common prosperity means] prosperity for all, not just …"#,
            #"doc 2  ¶3  229..252  … "common prosperity" drive.  "[Common prosperity means] prosperity for all, not just …"#,
        ])
        _ = try project.run(#"search "common prosperity means" --doc 2"#, "open 1")
        #expect(try project.run("claim #1 --speaker \"Xi Jinping\"").hasPrefix("claim 3 [229..252] «Common prosperity means» — Xi Jinping"))
        #expect(try project.workbench.claim("3").docID == 2)
    }

    @Test(arguments: StoreKind.allCases) func caseDiacriticsAndQuoteStylesFoldTheSameWay(on kind: StoreKind) throws {
        let project = try Self.twoArticles(on: kind)
        #expect(try project.run("search Zhou --doc 2") == "1 hit for Zhou in 1 document:\n  #1  doc 2  ¶4  353..357  …ng to the state news agency.  [Zhōu] Hóngyī, who leads Qihoo 360, …\n")
        #expect(try project.run(#"search "country’s policies""#).contains("2 hits"))
        #expect(try project.run(#"search "COUNTRY'S POLICIES""#).contains("2 hits"))
        #expect(try project.run("search prosper* --limit 3").hasPrefix("3 hits for prosper* in"))
        #expect(try project.run("search qihoo NOT roundup") == "1 hit for qihoo NOT roundup in 1 document:\n  #1  doc 1  ¶4  764..769  …rgest Internet security firm, [Qihoo] 360, said his company will do…\n")
        #expect(try project.run("search tycoons AND qihoo").contains("in 1 document"))
        #expect(try project.run("search tycoons OR voluntary").contains("in 2 documents"))
        #expect(try project.run("search xylophone") == "no document matches xylophone\n")
    }

    @Test(arguments: StoreKind.allCases) func claimSearchCoversTextRationaleAndNotesWithFilters(on kind: StoreKind) throws {
        let project = try Self.twoArticles(on: kind)
        _ = try project.run("evidence 2 https://example.org/wic --stance context --note \"speech transcript from Wuzhen\"")
        #expect(try project.run("search wuzhen --claims") == "1 hit for wuzhen in 1 document:\n  #1  claim 2  doc 1  ¶5  952..1133  unverified  in notes: …speech transcript from [Wuzhen]…\n")
        #expect(try project.run("search xinhua --status supported").contains("claim 1  doc 1  ¶11  2054..2120  supported  in notes: …matches the [Xinhua] readout…"))
        #expect(try project.run("search xinhua --status refuted") == "no claim matches xinhua\n")
        #expect(try project.run("search success --speaker \"Zhou Hongyi\"").contains("claim 2  doc 1  ¶5  956..963  unverified  … enterprises, Zhou said, “Our [success] depends"))
        #expect(throws: ClaimdeskError.notFound("no speaker 'Nobody'; `speakers` lists them")) { try project.run("search success --speaker Nobody") }
    }

    @Test(arguments: StoreKind.allCases) func indexFollowsEveryChangeAndUndo(on kind: StoreKind) throws {
        let project = try Self.twoArticles(on: kind)
        let claimSearch = { (word: String) in try project.workbench.search(Self.request(word, claims: true)).compactMap { $0.claim?.id } }
        try project.workbench.change(2, action: "status") { state, _ in state.status = .refuted; state.rationale = "flimsy" }
        #expect(try claimSearch("flimsy") == [2])
        _ = try project.run("delete 2")
        #expect(try claimSearch("flimsy") == [])
        _ = try project.run("undo")
        #expect(try claimSearch("flimsy") == [2])
        _ = try project.run("redo")
        #expect(try claimSearch("flimsy") == [])
        _ = try project.run("undo", "shrink 2 11")
        #expect(try claimSearch("technology") == [] && claimSearch("success") == [2])
        _ = try project.run("revise 1 \(SampleArticle.repositoryRoot.path)/docs/sample/voa-common-prosperity-corrected.txt")
        #expect(try project.workbench.search(Self.request("Alibaba")).map(\.docID).allSatisfy { $0 != 1 })
        #expect(try project.workbench.verify().problems.isEmpty)
    }

    @Test(arguments: StoreKind.allCases) func verifyNoticesAnIndexThatDisagrees(on kind: StoreKind) throws {
        let project = try Self.twoArticles(on: kind)
        #expect(try project.workbench.verify().problems.isEmpty)
        try project.store.write { db in
            try db.dialect.search.setClaim(db, id: 1, entry: nil)
            try db.dialect.search.setClaim(db, id: 2, entry: ClaimSearchEntry(ClaimState(doc: 1, start: 0, end: 1, text: "other words")))
        }
        #expect(try project.workbench.verify().problems == [
            "search index: claim 1 is missing",
            "search index: claim 2 is indexed with other words than its text, rationale and notes",
        ])
        try project.store.write { db in try SearchIndex.rebuild(db) }
        #expect(try project.workbench.verify().problems.isEmpty)
    }

    @Test(arguments: StoreKind.allCases) func verifyNoticesIndexedNotesThatDisagree(on kind: StoreKind) throws {
        let project = try Self.twoArticles(on: kind)
        try project.store.write { db in
            var state = try #require(try ClaimRows.fetch(db, id: 2)).state
            state.rationale = "a rationale the claim never had"
            try db.dialect.search.setClaim(db, id: 2, entry: ClaimSearchEntry(state))
        }
        #expect(try project.workbench.verify().problems == [
            "search index: claim 2 is indexed with other words than its text, rationale and notes",
        ])
    }

    @Test(arguments: StoreKind.allCases) func verifyNoticesADocumentIndexedWithOtherWords(on kind: StoreKind) throws {
        let project = try Self.twoArticles(on: kind)
        try project.store.write { db in
            let search = db.dialect.search
            try search.clear(db)
            try db.forEachRow("SELECT id, text FROM documents ORDER BY id", []) { row in
                let id: Int64 = row[0]
                try search.addDocument(db, id: id, words: SearchTokens(id == 2 ? "Other words entirely" : row[1]))
            }
            for id in try db.values("SELECT id FROM claims WHERE deleted = 0 ORDER BY id") as [Int64] {
                try SearchIndex.claimChanged(db, id: id, state: try #require(try ClaimRows.fetch(db, id: id)).state)
            }
        }
        #expect(try project.workbench.verify().problems == ["search index: document 2 is indexed with other words than its text"])
    }

    @Test(arguments: StoreKind.allCases) func similarListsClaimsAndUnclaimedPassagesThatClaimMarks(on kind: StoreKind) throws {
        let project = try Self.twoArticles(on: kind)
        let output = try project.run("similar 2")
        #expect(output == """
            1 like claim 2 «Our success depends on our country’s policies. … We must ta…»:
              #1  72%  passage  doc 2  ¶4  424..469  no claim yet  …e World Internet Conference: "[Our success depends on our country's policies]."  Analysts said the donation…

            """)
        #expect(try project.run("claim #1").hasPrefix("claim 3 [424..469] «Our success depends on our country's policies» — no speaker, unverified"))
        let similar = try project.run("similar 3")
        #expect(similar.contains("#1  72%  claim 2  doc 1  ¶5  952..1133  unverified by ana, 2021-10-01"))
    }

    @Test(arguments: StoreKind.allCases) func aNewClaimLikeACheckedOneSaysSoAndReuseCopiesTheVerdict(on kind: StoreKind) throws {
        let project = try Self.twoArticles(on: kind)
        let output = try project.run(#"claim "Common prosperity means prosperity for all, not just a few people,""#)
        #expect(output.hasSuffix("\nseen before: claim 1 (supported by ana, 2021-10-01) — similar 3\n"))
        #expect(try project.run("similar 3").contains("#1  100%  claim 1  doc 1  ¶11  2054..2120  supported by ana, 2021-10-01  «matches the Xinhua readout»"))
        _ = try project.run("evidence 1 https://example.org/readout --stance supports --note readout",
                            "evidence 1 https://example.org/note --about attribution --note \"the note names Xi\"",
                            "evidence 3 https://example.org/wire --about attribution --note \"the wire names Xi\"")
        #expect(try project.run("reuse 1 3") == "claim 3: supported from claim 1 «matches the Xinhua readout», 2 evidence items\n")
        let reused = try project.workbench.claim("3")
        let source = try project.workbench.claim("1")
        #expect(reused.state.evidence.map(\.ref) == ["https://example.org/readout", "https://example.org/wire"],
                "the content's evidence comes from claim 1; the attribution evidence stays claim 3's own")
        #expect(reused.state.evidence.first == source.state.evidence.first)
        let events = try project.workbench.history(of: 3)
        let event = try #require(events.last)
        let sourceUID = try project.workbench.claim("1").uid
        #expect(event.action == "reuse" && event.detail == "reused from claim 1 (\(sourceUID))")
        #expect(try project.run("history 3").contains("reuse claim 3: status unverified → supported"))
        _ = try project.run("undo")
        #expect(try project.workbench.claim("3").state.status == .unverified)
        #expect(throws: ClaimdeskError.refused("claim 2 is unverified; only a checked claim can be reused (status 2 STATUS first)")) { try project.run("reuse 2 3") }
        #expect(throws: ClaimdeskError.badInput("claim 1 cannot reuse its own verdict; name other claims")) { try project.run("reuse 1 1") }
        #expect(throws: ClaimdeskError.self) { try project.run("reuse 1") }
        #expect(throws: ClaimdeskError.self) { try project.run("reuse 1 3 99") }
        #expect(try project.workbench.claim("3").state.status == .unverified)
    }

    @Test(arguments: StoreKind.allCases) func acceptedAndImportedClaimsGetTheHintToo(on kind: StoreKind) throws {
        let project = try Self.twoArticles(on: kind)
        _ = try project.run("suggest")
        let accepted = try project.run("accept 1")
        #expect(accepted.contains("\nseen before: claim 1 (supported by ana, 2021-10-01) — similar 3\naccepted 1 suggestion"))
        let export = project.workspace + "/roundup.jsonl"
        _ = try project.run("export --doc 2 --out \(export)")
        let other = try Self.twoArticles(on: kind)
        let imported = try other.run("import-annotations \(export)")
        #expect(imported.hasPrefix("seen before: claim 1 (supported by ana, 2021-10-01) — similar 3\nimported 1 claim"))
    }

    @Test(arguments: StoreKind.allCases) func badSearchInputIsOneLineAndWritesNothing(on kind: StoreKind) throws {
        let project = try Self.twoArticles(on: kind)
        let before = try project.fingerprint()
        for line in ["search", "search NOT xi", "search xi --limit 0", "search xi --status maybe", "search \"…\"", "similar", "similar 99", "claim #9"] {
            #expect(throws: ClaimdeskError.self, "\(line)") { try project.run(line) }
        }
        #expect(try project.fingerprint() == before)
    }

    /// A version 5 project (no index yet) gets its index built in the migration when it is next opened.
    @Test(arguments: StoreKind.allCases) func migrationBuildsTheIndexOfAnOlderProject(on kind: StoreKind) throws {
        let project = try Self.twoArticles(on: kind)
        try project.store.write { db in
            try db.execute("DROP TABLE search_documents")
            try db.execute("DROP TABLE search_claims")
            try db.execute("DROP INDEX documents_by_previous")
            try db.execute("ALTER TABLE claims DROP COLUMN fragments")
            switch kind {
            case .sqlite: try db.execute("PRAGMA user_version = 5")
            case .postgres: try db.execute("UPDATE claimdesk_meta SET value = '5' WHERE key = 'user_version'")
            }
        }
        let reopened = Workbench(store: try ProjectStore.open(project.location), reviewer: "ana")
        #expect(try reopened.verify().problems.isEmpty)
        #expect(try reopened.search(Self.request("roundup")).map(\.docID) == [2])
        #expect(try reopened.search(Self.request("readout", claims: true)).compactMap { $0.claim?.id } == [1])
    }

    static func request(_ word: String, claims: Bool = false) throws -> SearchRequest {
        var request = SearchRequest(query: try SearchQuery.parse([Token(word)]))
        request.claims = claims
        return request
    }
}
