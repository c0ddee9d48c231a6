import Testing
@testable import ClaimdeskCore
import ClaimdeskText

@Suite struct DocumentTextTests {
    @Test func offsetsAreCodePointsNotGraphemes() {
        let text = DocumentText("a\r\nb e\u{301} 👍🏽 x")
        #expect(text.count == 12)
        #expect(text.string.count == 9)
        #expect(text.slice(3..<4) == "b")
        #expect(text.slice(5..<7) == "e\u{301}")
        #expect(text.slice(8..<10) == "👍🏽")
    }

    @Test func characterBoundariesRefuseSplits() {
        let text = DocumentText("a\r\nb e\u{301} 👍🏽")
        #expect(text.isCharacterBoundary(1))
        #expect(!text.isCharacterBoundary(2), "between \\r and \\n")
        #expect(!text.isCharacterBoundary(6), "before a combining mark")
        #expect(!text.isCharacterBoundary(9), "inside an emoji with a skin tone")
        #expect(text.character(containing: 2) == 1..<3)
        #expect(text.isCharacterBoundary(text.count))
        #expect(!text.isCharacterBoundary(text.count + 1))
    }

    /// The boundaries found stretch by stretch (cut between ASCII scalars) are those of `String`'s clusters over the whole
    /// text, on random mixes of ASCII, `\r\n`, combining marks, emoji sequences, flags, Hangul jamo and Indic conjuncts.
    @Test(arguments: 0..<40 as Range<UInt64>)
    func characterBoundariesMatchWholeTextClusters(seed: UInt64) {
        let pieces = ["a", "Z", " ", ".", "\r", "\n", "\r\n", "e\u{301}", "\u{301}", "\u{200D}", "“", "’", "…", "\u{202F}",
                      "👍🏽", "👩\u{200D}💻", "\u{1F1E8}", "\u{1F1F3}", "\u{1100}", "\u{1161}", "\u{11A8}", "क", "\u{94D}", "ष",
                      "\u{600}", "1", "#\u{FE0F}\u{20E3}", "é", "\u{E0067}", "€", "©", "\u{AD}", "\u{2028}", "‼", "\u{200C}", "\u{2060}", "—"]
        var random = SplitMix64(seed: seed)
        let text = (0..<Int(random.next() % 60)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
        var expected = [Bool](repeating: false, count: text.unicodeScalars.count + 1)
        var offset = 0
        expected[0] = true
        for character in text {
            offset += character.unicodeScalars.count
            expected[offset] = true
        }
        #expect(GraphemeBoundaries.of(Array(text.unicodeScalars)) == expected, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test func occurrencesAreExactAndSkipSplitCharacters() {
        let text = DocumentText("café cafe\u{301} cafe")
        #expect(text.occurrences(of: "cafe") == [11..<15])
        #expect(text.occurrences(of: "caf") == [0..<3, 5..<8, 11..<14])
        #expect(text.occurrences(of: "") == [])
        #expect(text.occurrences(of: "cafe cafe") == [])
    }

    @Test func looseSearchFindsCurlyQuotesAndEllipses() {
        let text = DocumentText("Zhou said, “Our success depends… We must”")
        #expect(text.looseOccurrences(of: #""Our success depends..."#) == [11..<32])
        #expect(text.slice(11..<32) == "“Our success depends…")
    }

    @Test func paragraphsSplitOnBlankLinesWithAnyLineEnd() {
        let text = DocumentText("One.\r\n\r\nTwo\nlines.\n \nThree")
        #expect(text.paragraphs() == [0..<4, 8..<18, 21..<26])
        #expect(text.paragraphs().map(text.slice) == ["One.", "Two\nlines.", "Three"])
    }

    @Test func prefixAndSuffixAreAtMost32CodePoints() {
        let text = DocumentText(String(repeating: "x", count: 40) + "CLAIM" + String(repeating: "y", count: 3))
        #expect(text.prefix(before: 40..<45) == String(repeating: "x", count: 32))
        #expect(text.suffix(after: 40..<45) == "yyy")
    }

    @Test func sampleArticleMatchesPythonLength() throws {
        let sample = try SampleArticle.text()
        #expect(DocumentText(sample).count == 5378)
    }

    /// Listings show a claim on one line, cut at whole characters.
    @Test func claimTextIsQuotedOnOneLine() {
        #expect("a\r\nb\nc\rd\u{2028}e".oneLine == "a b c d e")
        #expect(ClaimText.quote("Our success\r\ndepends") == "«Our success depends»")
        #expect(ClaimText.quote("abcdef", limit: 6) == "«abcdef»")
        #expect(ClaimText.quote("abcdefg", limit: 6) == "«abcde…»")
        #expect(ClaimText.quote("ab\r\ncd👨\u{200D}👩\u{200D}👧x", limit: 7) == "«ab cd👨\u{200D}👩\u{200D}👧x»")
        #expect(ClaimText.quote("ab\r\ncd👨\u{200D}👩\u{200D}👧xy", limit: 7) == "«ab cd👨\u{200D}👩\u{200D}👧…»")
    }
}
