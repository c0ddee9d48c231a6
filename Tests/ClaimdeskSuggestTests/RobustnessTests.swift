import Testing
@testable import ClaimdeskSuggest

/// Odd and random inputs: no crash, and every span still holds its text and ends on character boundaries.
@Suite struct RobustnessTests {
    @Test func emptyAndBlankTexts() {
        for text in ["", " ", "\r\n\r\n", "“", "“”", "\"", "‘’", "\u{FEFF}", "said", "“ ” said he."] {
            #expect(Suggester().suggest(in: text).isEmpty, "\(text.debugDescription)")
        }
    }

    @Test func randomTextsKeepTheSpanInvariants() {
        let pieces = ["“", "”", "\"", "‘", "’", ",", ".", " ", " ", " ", "\r\n", "\r\n\r\n", "\n\n", "said", "told", "according to", "he", "she",
                      "they", "analysts", "the bank", "Laura Kim", "Xi", "Mr.", "U.S.", "e\u{301}", "👍🏽", "\u{202F}", "…", "that", "We",
                      "will", "rebuild", "every", "home", "The Red Cross", ":", "adding that"]
        var generator = SeededGenerator(seed: 2_024)
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 5...80, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let scalars = Array(text.unicodeScalars)
            var starts: Set<Int> = [scalars.count]
            var offset = 0
            for character in text {
                starts.insert(offset)
                offset += character.unicodeScalars.count
            }
            for suggestion in Suggester().suggest(in: text) {
                let span = suggestion.span
                #expect(0 <= span.start && span.start < span.end && span.end <= scalars.count, "\(text.debugDescription)")
                #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])) == suggestion.text)
                #expect(starts.contains(span.start) && starts.contains(span.end), "\(text.debugDescription)")
                for fragment in suggestion.fragments ?? [] {
                    #expect(span.contains(fragment) && fragment.length > 0 && starts.contains(fragment.start) && starts.contains(fragment.end),
                            "\(text.debugDescription)")
                }
            }
        }
    }
}
