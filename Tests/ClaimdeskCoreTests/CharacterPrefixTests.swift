import Testing
@testable import ClaimdeskCore

/// `characterPrefix` and `oneLine` take shortcuts past Swift's grapheme breaking; on random text from the
/// scalars that break them (CR LF, combining marks after letters, controls and each other, currency signs, ZWJ emoji, skin tones, flags, Hangul jamo, prepends,
/// line and paragraph separators, curly quotes, U+202F, and runs of ASCII the scanners pass eight bytes at a time) they must agree with `prefix`, `count` and
/// `Character.isNewline` exactly.
@Suite struct CharacterPrefixTests {
    static let pieces = [
        "a", "Z", " ", "é", "e\u{301}", "\r", "\n", "\r\n", "\u{0B}", "\u{85}", "\u{2028}", "\u{2029}", "“", "”", "’", "…",
        "\u{202F}", "%", "👍", "\u{1F3FD}", "👩\u{200D}👩\u{200D}👧", "\u{200D}", "🇫🇷", "🇺", "\u{1100}", "\u{1161}", "\u{11A8}",
        "한", "\u{0600}", "\u{FE0F}", "‼", "ễ", "\u{0903}", "क", "\u{094D}", "ष", "\u{00AD}", "\t", "«", "»",
        "€", "\u{300}", "\u{323}", "\u{36F}", "©", "\u{20C0}", "\u{7F}",
        "common prosperity", "Xi said ", "2021", "a\rb\r\nc d e f g h",
    ]

    @Test func agreesWithSwiftOnRandomText() {
        var seed: UInt64 = 2026
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int(Self.next(&seed) % 24) { text += Self.pieces[Int(Self.next(&seed) % UInt64(Self.pieces.count))] }
            for limit in [0, 1, 2, 5, 11, 30, 60] {
                let (end, count) = text.characterPrefix(limit)
                #expect(count == min(limit, text.count), "\(Array(text.unicodeScalars)) limit \(limit)")
                #expect(text[..<end] == text.prefix(limit), "\(Array(text.unicodeScalars)) limit \(limit)")
            }
            #expect(text.oneLine == String(text.map { $0.isNewline ? " " : $0 }), "\(Array(text.unicodeScalars))")
            #expect(text.dropFirst().oneLine == String(text.dropFirst().map { $0.isNewline ? " " : $0 }))
        }
    }

    @Test func listingColumnsCountCharacters() {
        #expect(ClaimListing.pad("Nguyễn Thị Lan", 16) == "Nguyễn Thị Lan  ")
        #expect(ClaimListing.pad("Ngozi Okonjo-Iweala", 16) == "Ngozi Okonjo-Iw…")
        #expect(ClaimListing.pad("42", 5, right: true) == "   42")
        #expect(ClaimText.quote("“Our success\r\ndepends” 👩‍👩‍👧", limit: 60) == "«“Our success depends” 👩‍👩‍👧»")
        #expect(ClaimText.quote(String(repeating: "e\u{301}", count: 70), limit: 60) == "«" + String(repeating: "e\u{301}", count: 59) + "…»")
    }

    /// The listing checks only the first bytes of a stored text when they tell where its quote is cut: on long random
    /// texts, some with malformed bytes early or late, it must show what quoting the whole text repaired shows.
    @Test func quoteOfStoredBytesAgreesWithTheRepairedText() {
        let malformed: [[UInt8]] = [[0xFF], [0x80], [0xE2, 0x80], [0xC3], [0xED, 0xA0, 0x80]]
        var seed: UInt64 = 12
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(Self.next(&seed) % 90) {
                bytes += Self.next(&seed) % 40 == 0
                    ? malformed[Int(Self.next(&seed) % UInt64(malformed.count))]
                    : Array(Self.pieces[Int(Self.next(&seed) % UInt64(Self.pieces.count))].utf8)
            }
            for limit in [1, 5, 60] {
                var line: [UInt8] = []
                bytes.withUnsafeBufferPointer { ClaimText.appendQuote(stored: $0, limit: limit, to: &line) }
                let repaired = ClaimText.quote(String(decoding: bytes, as: UTF8.self), limit: limit)
                #expect(String(decoding: line, as: UTF8.self) == repaired, "\(bytes) limit \(limit)")
            }
        }
    }

    private static func next(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
