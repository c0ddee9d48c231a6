import Foundation
import Testing
@testable import ClaimdeskCore

/// Discontinuous claims at the REPL, on the reference article: Xi's quote in paragraph 11 is interrupted
/// by its attribution (`“Common prosperity … a few people,” Xi said, according to … Agency. “We can
/// allow … fair share.”`), so the claim is two pieces with the attribution in the gap.
@Suite struct DiscontinuousClaimTests {
    static let first = 2054..<2120
    static let second = 2211..<2352
    static let markXi = #"claim "Common prosperity means" .. "a few people," + "We can allow some" .. "their fair share." --speaker "Xi Jinping" --cue said --source "Xinhua meeting note" --status supported --tag quote"#

    @Test(arguments: StoreKind.allCases) func aQuoteWithoutItsAttributionIsMarkedShownEditedAndUndone(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        let marked = try project.run("import \(SampleArticle.path)", Self.markXi)
        #expect(marked.contains("claim 1 [2054..2120+2211..2352] «Common prosperity means prosperity for all, not just a few …» — Xi Jinping, supported, via Xinhua meeting note\n"), "\(marked)")
        let claim = try project.workbench.claim("1")
        let article = DocumentText(try SampleArticle.text())
        #expect(claim.state.fragments == [Self.first, Self.second])
        #expect(claim.state.text == article.slice(2054..<2352), "text stays the covering span")
        #expect(claim.state.cue == "said" && claim.state.cueStart == 2125, "the cue in the gap, nearest the claim")

        let shown = try project.run("show 11")
        #expect(shown == "[11] “⟦1:Common prosperity means prosperity for all, not just a few people,:1⟧” Xi said, according to a meeting note published by China’s state-run Xinhua News Agency. “⟦1:We can allow some to get rich first, but we must then launch a scientific public policy to make sure every citizen can have their fair share.:1⟧”\n")

        _ = try project.run(#"claim "prosperity for all," + "not just a few people," --nth 1"#)
        let listing = try project.run("claims")
        #expect(listing.contains("    2 d1   2078..2120  unverified          open         -                «prosperity for all, … not just a few people,»\n"), "\(listing)")
        #expect(try project.run("delete 2").hasPrefix("claim 2"))

        #expect(try project.run("fragment 1 remove 2") == "claim 1: span 2054..2352 → 2054..2120; pieces 2054..2120+2211..2352 → one\n")
        #expect(try project.workbench.claim("1").state.fragments == nil, "one piece left: contiguous")
        #expect(try project.run("undo").hasPrefix("undid fragment on claim 1"))
        #expect(try project.workbench.claim("1").state.fragments == [Self.first, Self.second])
        _ = try project.run("redo")
        #expect(try project.workbench.claim("1").state.span == Self.first)
        #expect(try project.run(#"fragment 1 add "We can allow some" .. "their fair share.""#)
                == "claim 1: span 2054..2120 → 2054..2352; pieces one → 2054..2120+2211..2352\n")

        let history = try project.run("history 1")
        #expect(history.contains("create claim 1: created [2054..2120+2211..2352] «Common prosperity means prosperity for all, not just a few …»"), "\(history)")
        #expect(history.contains("fragment claim 1: span 2054..2352 → 2054..2120; pieces 2054..2120+2211..2352 → one [remove 2]"), "\(history)")
        #expect(history.contains(#"fragment claim 1: span 2054..2120 → 2054..2352; pieces one → 2054..2120+2211..2352 [add "We can allow some" .. "their fair share."]"#), "\(history)")
        #expect(try project.run("log").contains("fragment claim 1: span 2054..2352 → 2054..2120"))
        #expect(try project.run("verify").hasPrefix("ok: 2 claims"))

        _ = try project.run("report --out \(project.workspace)/room")
        let page = try String(contentsOfFile: project.workspace + "/room/doc-1.html", encoding: .utf8)
        #expect(page.contains("<blockquote>Common prosperity means prosperity for all, not just a few people, … We can allow some to get rich first,"))
        #expect(page.contains("2054..2120+2211..2352, manual"))
    }

    @Test func plusSplitsPiecesOnlyOutsideQuotesAndText() throws {
        func pieces(_ line: String) throws -> [SpanSelector] { try FragmentSelector.parse(CommandTokenizer.split(line), nth: 2).pieces }
        #expect(try pieces("10..20+31..40") == [.offsets(10, 20), .offsets(31, 40)])
        #expect(try pieces("10..20 + 31..40+50..60") == [.offsets(10, 20), .offsets(31, 40), .offsets(50, 60)])
        #expect(try pieces(#""X," + "a" .. "b""#) == [.exact("X,", nth: 2), .between("a", "b", nth: nil)], "--nth picks the first piece only")
        #expect(try pieces(#""C++ is fast" + 3..4"#) == [.exact("C++ is fast", nth: 2), .offsets(3, 4)])
        #expect(try pieces("C++") == [.exact("C++", nth: 2)], "unquoted text with + is one piece, as before")
        #expect(try pieces(#""1 + 1""#) == [.exact("1 + 1", nth: 2)])
    }

    @Test func hitsOfTheLastFindJoinedByPlusArePieces() throws {
        let project = try TemporaryProject()
        _ = try project.run("import \(SampleArticle.path)", #"find "Common prosperity means""#, #"find "We can allow some""#)
        #expect(throws: ClaimdeskError.self) { try project.run("claim #1 + #2") }
        _ = try project.run(#"find "Xi""#)
        let hits = try project.run(#"find "prosperity for all,""#)
        #expect(hits.hasPrefix("1 occurrence"), "\(hits)")
        for (line, complaint) in [("claim #1 +", "join hits with + between them"), ("claim #1 #1", "join hits with + between them"),
                                  ("claim #1 + #1", "touch or overlap"), ("claim #1 + #4", "'#4' is not a hit of the last find")] {
            #expect { try project.run(line) } throws: { ($0 as? ClaimdeskError)?.message.contains(complaint) == true }
        }
        _ = try project.run(#"find "prosperity""#)
        #expect(try project.run("claim #3 + #5").hasPrefix("claim 1 [1586..1596+1803..1813] «prosperity … prosperity»"))
    }

    @Test func offsetsAndQuotedPiecesMarkTheSameClaim() throws {
        let project = try TemporaryProject()
        _ = try project.run("import \(SampleArticle.path)", "claim 2054..2120+2211..2352")
        #expect(try project.workbench.claim("1").state.fragments == [Self.first, Self.second])
        #expect { try project.run(Self.markXi) } throws: {
            ($0 as? ClaimdeskError)?.message.hasPrefix("claim 1 already marks 2054..2120+2211..2352; change it instead") == true
        }
        #expect(try project.run("claim 2054..2352").hasPrefix("claim 2 [2054..2352]"), "the covering span as one piece is another claim")
        let draft = ClaimDraft(fragments: [Self.first, 2211..<2247])
        #expect(try project.workbench.createClaim(in: 1, draft: draft).state.fragments == [Self.first, 2211..<2247], "the API the suggester's accept can call")
        #expect(try project.run("verify").hasPrefix("ok: 3 claims"))
    }

    /// Cutting the attribution out of a contiguous claim; adding a piece in the gap; extend and shrink move the outer edges.
    @Test(arguments: StoreKind.allCases) func cuttingAddingExtendingAndShrinkingPieces(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        _ = try project.run("import \(SampleArticle.path)", #"claim "Common prosperity means" .. "their fair share.""#)
        _ = try project.run(#"fragment 1 remove "Xi said, according to" .. "News Agency.""#)
        var state = try project.workbench.claim("1").state
        #expect(state.fragments == [2054..<2121, 2210..<2352], "the cut's edges are trimmed of white space")
        #expect(ClaimFragments.joinedText(of: state) == "Common prosperity means prosperity for all, not just a few people,” … “We can allow some to get rich first, but we must then launch a scientific public policy to make sure every citizen can have their fair share.")
        _ = try project.run(#"fragment 1 add "Xi said""#)
        #expect(try project.workbench.claim("1").state.fragments == [2054..<2121, 2122..<2129, 2210..<2352])
        _ = try project.run("fragment 1 remove 2", "shrink 1 2", "shrink 1 --start")
        state = try project.workbench.claim("1").state
        #expect(state.fragments == [2061..<2121, 2210..<2340])
        #expect(state.text == DocumentText(try SampleArticle.text()).slice(2061..<2340))
        _ = try project.run("extend 1 --start")
        #expect(try project.workbench.claim("1").state.fragments == [2053..<2121, 2210..<2340], "the word and its opening quote")
        #expect(try project.run("verify").hasPrefix("ok: 1 claims"))
    }

    @Test(arguments: StoreKind.allCases) func badPiecesAreRefusedWithWhatToTypeAndNothingIsWritten(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        _ = try project.run("import \(SampleArticle.path)", "claim 2054..2120+2211..2352", "claim 2054..2120", "claim 2054..2112", "claim 2054..2121")
        let before = try project.fingerprint()
        let fragments: [String?] = try project.store.read { db in try db.values("SELECT fragments FROM claims ORDER BY id") }
        let cases = [
            ("claim 2054..2120+2100..2352", "touch or overlap; give them in order with a gap between"),
            ("claim 2211..2352+2054..2120", "touch or overlap; give them in order"),
            (#"claim "Common prosperity means" +"#, "a `+` needs a piece on each side; usage: claim"),
            (#"claim + "We can allow some""#, "a `+` needs a piece on each side"),
            (#"claim "We can allow some" + "not just a few people,""#, "does not occur after the previous piece (which ends at 2228); give the pieces in document order"),
            ("claim 2054..2120+5300..5400", "span 5300..5400 is out of range"),
            ("fragment 1 remove 3", "no piece 3; the claim has pieces 1..2 (2054..2120+2211..2352)"),
            (#"fragment 1 remove "Beijing Yirenping Center""#, "is not part of the claim (its pieces: 2054..2120+2211..2352); cut inside a piece"),
            ("fragment 1 remove 2054..2352", "that cuts the whole claim; `delete ID` deletes a claim"),
            ("fragment 1 twist 2", "'twist' is not add or remove; usage: fragment ID add"),
            ("fragment 1 add", "missing piece; usage: fragment ID add"),
            ("fragment 1", "missing add|remove; usage: fragment ID add"),
            ("fragment 1 add 2054..2120", "claim 1 already marks 2054..2120+2211..2352; nothing changed"),
            ("fragment 2 add 2211..2352", "claim 1 already marks 2054..2120+2211..2352; nothing changed (`delete 2` if the two are one claim)"),
            ("fragment 1 remove 2", "claim 2 already marks 2054..2120; nothing changed (`delete 1` if the two are one claim)"),
            ("extend 3 1", "claim 4 already marks 2054..2121; nothing changed (`delete 3` if the two are one claim)"),
            ("shrink 1 40 --start", "that empties piece 1 of claim 1; remove it with `fragment 1 remove 1`"),
            ("shrink 1 40", "that empties piece 2 of claim 1; remove it with `fragment 1 remove 2`"),
        ]
        for (line, complaint) in cases {
            #expect { try project.run(line) } throws: { error in
                let message = (error as? ClaimdeskError)?.message ?? ""
                return message.contains(complaint) && !message.contains("\n")
            }
        }
        #expect(try project.fingerprint() == before)
        #expect(try project.store.read { db in try db.values("SELECT fragments FROM claims ORDER BY id") as [String?] } == fragments)
    }

    /// An edit in the gap moves the second piece; an edit inside a piece changes the claim (review); a piece gone orphans it.
    @Test(arguments: StoreKind.allCases) func reviseReanchorsEveryPiece(on kind: StoreKind) throws {
        let project = try TemporaryProject(on: kind)
        _ = try project.run("import \(SampleArticle.path)", Self.markXi)
        let article = try SampleArticle.text()
        let inGap = article.replacingOccurrences(of: "according to a meeting note", with: "according to a note")
        #expect(try project.run("revise 1 \(try project.file("gap.txt", inGap))").contains("0 anchored, 1 moved, 0 changed, 0 orphaned"))
        var state = try project.workbench.claim("1").state
        #expect(state.doc == 2 && state.anchor == .moved && state.reviewState == .open)
        #expect(state.fragments == [Self.first, 2203..<2344])
        #expect(ClaimFragments.joinedText(of: state) == ClaimFragments.joinedText(of: try Self.original(project)), "the same words")

        let inPiece = inGap.replacingOccurrences(of: "get rich first", with: "become rich first")
        #expect(try project.run("revise 2 \(try project.file("piece.txt", inPiece))").contains("0 anchored, 0 moved, 1 changed, 0 orphaned"))
        state = try project.workbench.claim("1").state
        #expect(state.anchor == .changed && state.reviewState == .needs_review)
        #expect(state.fragments?.count == 2 && DocumentText(inPiece).slice(state.fragments![1]).hasPrefix("We can allow some to become rich first"))
        #expect(state.fragments![0] == Self.first)

        let gone = inPiece.replacingOccurrences(of: "“Common prosperity means prosperity for all, not just a few people,” Xi said", with: "Xi said")
        #expect(try project.run("revise 3 \(try project.file("gone.txt", gone))").contains("1 orphaned"))
        state = try project.workbench.claim("1").state
        #expect(state.anchor == .orphaned && state.doc == 3 && state.reviewState == .needs_review)
        _ = try project.run("undo", "undo", "undo")
        #expect(try project.workbench.claim("1").state.fragments == [Self.first, Self.second])
        #expect(try project.workbench.verify().problems.isEmpty)
    }

    /// Random valid fragment lists survive JSONL export → import, and every W3C piece quotes the document exactly.
    @Test(arguments: StoreKind.allCases, 1...3)
    func randomFragmentsSurviveExportAndImport(on kind: StoreKind, seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let project = try TemporaryProject(on: kind)
        let article = DocumentText(try SampleArticle.text())
        _ = try project.run("import \(SampleArticle.path)")
        var drafts: [ClaimDraft] = []
        for paragraph in article.paragraphs() where paragraph.count > 60 {
            let cuts = Set((0..<(2 * (2 + Int(random.next() % 3)))).map { _ in paragraph.lowerBound + Int(random.next() % UInt64(paragraph.count)) })
                .filter(article.isCharacterBoundary).sorted()
            let pairs = stride(from: 0, to: cuts.count - 1, by: 2).map { cuts[$0]..<cuts[$0 + 1] }
            let pieces = pairs.enumerated().filter { $0.offset == 0 || pairs[$0.offset - 1].upperBound < $0.element.lowerBound }.map(\.element)
            if pieces.count >= 2 { drafts.append(ClaimDraft(fragments: pieces)) }
        }
        #expect(drafts.count > 5)
        _ = try project.workbench.createClaims(in: 1, drafts: drafts)
        let out = project.workspace + "/out.jsonl", w3c = project.workspace + "/w3c.jsonl"
        _ = try project.run("export --out \(out)", "export --format w3c-lines --out \(w3c)")

        let again = try TemporaryProject(on: kind)
        _ = try again.run("import \(SampleArticle.path)", "import-annotations \(out)")
        let copy = again.workspace + "/copy.jsonl"
        _ = try again.run("export --out \(copy)")
        #expect(try String(contentsOfFile: copy, encoding: .utf8) == String(contentsOfFile: out, encoding: .utf8))
        #expect(try again.workbench.count(ClaimFilter()) == drafts.count)

        let annotations = try String(contentsOfFile: w3c, encoding: .utf8).split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
        let wanted = Set(drafts.map { $0.fragments! })
        var found: Set<[Range<Int>]> = []
        for annotation in annotations {
            let target = annotation["target"] as! [String: Any]
            #expect(target["type"] as? String == "List")
            var pieces: [Range<Int>] = []
            for item in target["items"] as! [[String: Any]] {
                let selectors = item["selector"] as! [[String: Any]]
                let (start, end) = (selectors[1]["start"] as! Int, selectors[1]["end"] as! Int)
                #expect(selectors[0]["exact"] as? String == article.slice(start..<end))
                #expect(selectors[0]["prefix"] as? String == article.prefix(before: start..<end))
                #expect(selectors[0]["suffix"] as? String == article.suffix(after: start..<end))
                pieces.append(start..<end)
            }
            found.insert(pieces)
        }
        #expect(found == wanted)
    }

    @Test func tokenLabelsCountOnlyThePiecesTokens() {
        let scalars = Array("“We win,” Zhou said, “for sure.”".unicodeScalars)
        let tokens = TokenLabels.tokens(of: scalars)
        let claim = LayerClaim(span: 1..<30, speakerSpan: 10..<14, cueSpan: 15..<19, fragments: [1..<8, 22..<30])
        #expect(TokenLabels.labels(tokens, claims: [claim]) == [.claim, .claim, .speaker, .cue, .claim, .claim])
        #expect(TokenLabels.labels(tokens, claims: [LayerClaim(span: 1..<30)]) == [.claim, .claim, .claim, .claim, .claim, .claim])
    }

    private static func original(_ project: TemporaryProject) throws -> ClaimState {
        try project.workbench.history(of: 1).first!.after!
    }
}
