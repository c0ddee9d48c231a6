import Foundation
import Testing
@testable import ClaimdeskCore

/// The report's parts without a browser: the piece splitter (a property test over random
/// overlapping, nested and discontinuous spans), the escapers, the links, and whole pages written
/// by the workbench for random Unicode text, read back piece by piece.
@Suite struct ReportTests {
    @Test func nestedAndOverlappingClaimsBecomeFlatPieces() {
        var splitter = PieceSplitter()
        splitter.addClaim(1, fragments: [0..<10])
        splitter.addClaim(2, fragments: [5..<8])
        splitter.addClaim(3, fragments: [7..<12])
        splitter.addMention(of: 3, 14..<16)
        #expect(splitter.pieces == [
            .init(range: 0..<5, claims: [1]), .init(range: 5..<7, claims: [1, 2]), .init(range: 7..<8, claims: [1, 2, 3]),
            .init(range: 8..<10, claims: [1, 3]), .init(range: 10..<12, claims: [3]), .init(range: 14..<16, mentions: [3]),
        ])
    }

    /// Random claims (some of several fragments), mentions and cues: the pieces never overlap,
    /// each lists exactly what covers it, and a claim's pieces cover exactly its fragments.
    @Test(arguments: 1...20)
    func piecesCoverEachSpanExactly(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        func span() -> Range<Int> {
            let a = Int(random.next() % 60), b = Int(random.next() % 60)
            return min(a, b)..<max(a, b)
        }
        var splitter = PieceSplitter()
        var claims: [Int64: [Range<Int>]] = [:]
        var mentions: [Int64: Range<Int>] = [:]
        for number in 1...Int64(1 + random.next() % 12) {
            claims[number] = (0...(random.next() % 3)).map { _ in span() }.sorted { $0.lowerBound < $1.lowerBound }
                .reduce(into: []) { kept, next in if kept.last.map({ $0.upperBound <= next.lowerBound }) ?? true { kept.append(next) } }
            splitter.addClaim(number, fragments: claims[number]!)
            if random.next() % 2 == 0 { mentions[number] = span(); splitter.addMention(of: number, mentions[number]!) }
        }
        let pieces = splitter.pieces
        for (a, b) in zip(pieces, pieces.dropFirst()) { #expect(a.range.upperBound <= b.range.lowerBound) }
        for piece in pieces {
            #expect(!piece.range.isEmpty)
            let offset = piece.range.lowerBound
            #expect(piece.claims == claims.keys.filter { claims[$0]!.contains { $0.contains(offset) } }.sorted())
            #expect(piece.mentions == mentions.keys.filter { mentions[$0]!.contains(offset) }.sorted())
        }
        for (number, fragments) in claims {
            let covered = pieces.filter { $0.claims.contains(number) }.flatMap { Array($0.range) }
            #expect(covered == fragments.flatMap { Array($0) }, "claim \(number)")
        }
    }

    @Test func userTextIsEscapedForHTML() {
        #expect(HTMLEscaper.escape("<img src=x onerror='a()'> & \"q\"\r\n") == "&lt;img src=x onerror=&#39;a()&#39;&gt; &amp; &quot;q&quot;&#13;\n")
        #expect(HTMLEscaper.escape("Zhou’s 👨‍👩‍👧\u{202F}…") == "Zhou’s 👨‍👩‍👧\u{202F}…")
    }

    @Test func embeddedJSONCannotCloseItsScriptElement() throws {
        var json = JSONWriter()
        json.beginObject()
        json.field("text", "</script><script>alert(1)</script> & <!--")
        json.endObject()
        let embedded = ScriptJSON.embed(json.bytes)
        #expect(!embedded.contains("<") && !embedded.contains(">") && !embedded.contains("&"))
        let decoded = try JSONSerialization.jsonObject(with: Data(embedded.utf8)) as? [String: String]
        #expect(decoded?["text"] == "</script><script>alert(1)</script> & <!--")
    }

    @Test(arguments: [
        ("https://www.xinhuanet.com/politics/2021-08/17", true), ("HTTP://example.org/a?b=1&c=2", true),
        ("javascript:alert(1)", false), ("JavaScript:alert(1)", false), ("data:text/html,<script>", false),
        ("java\tscript:alert(1)", false), (" https://example.org", false), ("https://exa mple.org", false),
        ("https:///etc/passwd", false), ("https:", false), ("file:///etc/passwd", false), ("Xinhua readout", false),
    ])
    func onlyWebURLsBecomeLinks(reference: String, isLink: Bool) {
        #expect(WebLink.isWebURL(reference) == isLink)
        #expect(WebLink.html(reference).hasPrefix("<a href=") == isLink)
    }

    @Test func chartLabelsAreEscapedAndLongListsSummed() {
        let bars = (1...20).map { BarChart.Bar(label: "<b>speaker \($0)</b>", count: 21 - $0) }
        let svg = BarChart(title: "Claims by speaker", bars: bars).svg
        #expect(!svg.contains("<b>") && svg.contains("&lt;b&gt;speaker 1&lt;/b&gt;"))
        #expect(svg.contains(">6 more<") && svg.contains(">21</text>"))
    }

    @Test func onlyAnEarlierReportIsReplaced() {
        #expect(ReportSite().isEarlierExport(fileNames: []))
        #expect(ReportSite().isEarlierExport(fileNames: ["index.html", "doc-1.html"]))
        #expect(!ReportSite().isEarlierExport(fileNames: ["doc-1.html"]))
        #expect(!ReportSite().isEarlierExport(fileNames: ["index.html", "claims.jsonl"]))
    }

    /// Random spans over random Unicode text (CRLF, emoji sequences, combining marks), a third of them
    /// discontinuous: the page's text block is the document, and each claim's pieces hold its fragments' text.
    @Test(arguments: 1...6)
    func pagesHoldEveryClaimExactly(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let text = (0..<(80 + Int(random.next() % 200))).map { _ in OffsetPropertyTests.pieces[Int(random.next() % UInt64(OffsetPropertyTests.pieces.count))] }.joined()
        let project = try TemporaryProject()
        let doc = try project.importText(text)
        let boundaries = (0...DocumentText(text).count).filter(DocumentText(text).isCharacterBoundary)
        var drafts: [ClaimDraft] = []
        var used = Set<[Int]>()
        for _ in 0..<15 {
            let cuts = Set((0..<(random.next() % 3 == 0 ? 4 : 2)).map { _ in boundaries[Int(random.next() % UInt64(boundaries.count))] }).sorted()
            guard cuts.count.isMultiple(of: 2), used.insert([cuts.first!, cuts.last!]).inserted else { continue }
            drafts.append(ClaimDraft(fragments: stride(from: 0, to: cuts.count, by: 2).map { cuts[$0]..<cuts[$0 + 1] }))
        }
        let claims = try project.workbench.createClaims(in: doc, drafts: drafts)
        let summary = try project.workbench.report(ReportRequest())
        #expect(summary.claims == claims.count && summary.documents == 1)
        let page = try String(contentsOfFile: summary.folder + "/doc-\(doc).html", encoding: .utf8)
        let read = PageText(page)
        #expect(read.text == text)
        #expect(claims.contains { $0.state.fragments != nil })
        for claim in claims {
            #expect(read.pieces[claim.id] == ClaimFragments.pieces(of: claim.state).map(DocumentText(text).slice).joined(), "claim \(claim.id)")
        }
    }
}

/// The text block of a report page read back: its text, and each claim's pieces joined (the
/// block holds only `<mark>`/`<span>` pieces and text escaped by ``HTMLEscaper``).
private struct PageText {
    var text = ""
    var pieces: [Int64: String] = [:]

    init(_ page: String) {
        let block = page.components(separatedBy: "<div id=\"text\" class=\"text\">")[1].components(separatedBy: "</div>")[0]
        var owners: [Int64] = []
        var rest = Substring(block)
        while let open = rest.firstIndex(of: "<") {
            append(String(rest[..<open]), to: owners)
            let close = rest[open...].firstIndex(of: ">")!
            let tag = rest[open...close]
            if let claims = tag.firstMatch(of: /data-claim="([0-9 ]+)"/) {
                owners = claims.1.split(separator: " ").map { Int64($0)! }
            } else if tag.hasPrefix("</") {
                owners = []
            }
            rest = rest[rest.index(after: close)...]
        }
        append(String(rest), to: owners)
    }

    private mutating func append(_ escaped: String, to owners: [Int64]) {
        let plain = escaped.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&#13;", with: "\r").replacingOccurrences(of: "&amp;", with: "&")
        text += plain
        for owner in owners { pieces[owner, default: ""] += plain }
    }
}
