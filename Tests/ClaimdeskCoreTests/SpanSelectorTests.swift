import Testing
@testable import ClaimdeskCore

@Suite struct SpanSelectorTests {
    let text = DocumentText("Xi said it. Zhou said, “We must … serve.”\r\nLu said so.")

    private func resolve(_ tokens: [Token], nth: Int? = nil) throws -> Range<Int> {
        try SpanSelector.parse(tokens, nth: nth).resolve(in: text)
    }

    @Test func exactTextMustBeUnique() throws {
        #expect(try resolve([Token("Zhou", quoted: true)]) == 12..<16)
        #expect(throws: ClaimdeskError.badInput("'said' occurs 3 times: 1) 3..7 2) 17..21 3) 46..50; add --nth K or quote more words")) {
            try resolve([Token("said", quoted: true)])
        }
        #expect(try resolve([Token("said", quoted: true)], nth: 2) == 17..<21)
        #expect(throws: ClaimdeskError.self) { try resolve([Token("said", quoted: true)], nth: 4) }
    }

    @Test func missingTextSuggestsTheLooseMatch() {
        #expect(throws: ClaimdeskError.badInput(#"'"We must ... serve."' does not occur exactly; the document has '“We must … serve.”' at 23..41 (curly quotes, special spaces or … differ) — use 23..41"#)) {
            try resolve([Token(#""We must ... serve.""#, quoted: true)])
        }
        #expect(throws: ClaimdeskError.self) { try resolve([Token("nowhere", quoted: true)]) }
    }

    @Test func offsetsAreValidated() throws {
        #expect(try resolve([Token("0..2")]) == 0..<2)
        #expect(throws: ClaimdeskError.badInput("span 9..3 is reversed; write 3..9")) { try resolve([Token("9..3")]) }
        #expect(throws: ClaimdeskError.badInput("span 4..4 is empty; the end must be after the start")) { try resolve([Token("4..4")]) }
        #expect(throws: ClaimdeskError.badInput("span 0..999 is out of range; this document has 54 code points (0..54)")) { try resolve([Token("0..999")]) }
        #expect(throws: ClaimdeskError.badInput("span edge 42 splits the character U+000D U+000A at 41..43; use 41 or 43")) { try resolve([Token("10..42")]) }
        #expect(throws: ClaimdeskError.self) { try resolve([Token("1..x")]) }
    }

    @Test func quotedRangeIsText() {
        #expect(throws: ClaimdeskError.self) { try resolve([Token("0..2", quoted: true)]) }
    }

    @Test func firstWordsToLastWords() throws {
        #expect(try resolve([Token("Zhou", quoted: true), Token(".."), Token("serve.", quoted: true)]) == 12..<40)
        #expect(throws: ClaimdeskError.self) { try resolve([Token("Lu", quoted: true), Token(".."), Token("Zhou", quoted: true)]) }
    }

    @Test func tooManyWordsAskForQuotes() {
        #expect(throws: ClaimdeskError.badInput(#"too many words in the selector; quote the text: "Zhou said" (usage: claim "exact text" | START..END | "first words" .. "last words")"#)) {
            try resolve([Token("Zhou"), Token("said")])
        }
    }

    @Test func combiningMarksCannotBeSplit() throws {
        let accented = DocumentText("cafe\u{301} noir")
        #expect(throws: ClaimdeskError.self) { try SpanSelector.offsets("0..4").resolve(in: accented) }
        #expect(try SpanSelector.offsets("0..5").resolve(in: accented) == 0..<5)
    }
}
