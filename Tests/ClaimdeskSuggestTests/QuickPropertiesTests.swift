import Testing
@testable import ClaimdeskSuggest

/// The ASCII fast paths give the Unicode tables' answers, for every ASCII code point and a sample of others.
@Suite struct QuickPropertiesTests {
    @Test func agreesWithTheUnicodeTables() {
        let others: [UInt32] = [0x5F, 0x301, 0x660, 0x200C, 0x203F, 0x85, 0xA0, 0xC9, 0xE9, 0x1680, 0x2009, 0x200B, 0x202F, 0x2019, 0x201C, 0x3000, 0x4E2D, 0x1F600]
        for value in Array(0..<0x80) + others {
            let scalar = Unicode.Scalar(value)!
            #expect(scalar.isQuickWhitespace == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
            #expect(scalar.isQuickAlphabetic == scalar.properties.isAlphabetic, "U+\(String(value, radix: 16))")
            #expect(scalar.isQuickUppercase == scalar.properties.isUppercase, "U+\(String(value, radix: 16))")
            #expect(scalar.isQuickLowercase == scalar.properties.isLowercase, "U+\(String(value, radix: 16))")
            let isWord = ScalarText(String(Character(scalar))).firstMatch(Patterns.regex(#"\w"#), in: Span(0, 1)) != nil
            #expect(scalar.isQuickWordCharacter == isWord, "U+\(String(value, radix: 16)) as ICU's \\w")
        }
    }

    /// Latin text takes the fast path for character breaks, other text the string's own; slices give the text as given.
    @Test func breaksCharactersAndSlicesAsGiven() {
        let latin = ScalarText("Tax rose.\r\n\r\nShe said ''no.''")
        #expect(latin.trimmed(Span(0, 13)) == Span(0, 9))
        #expect(latin.slice(Span(13, 29)) == "She said ''no.''")
        #expect(latin.scalars[23] == "“")
        let combining = ScalarText("Cafe\u{301} said")
        #expect(combining.trimmed(Span(0, 4)) == Span(0, 5))
        #expect(combining.trimmed(Span(1, 9)) == Span(1, 9))
    }
}
