import Testing
@testable import ClaimdeskSuggest

/// Odd and random inputs: no crash, and every span still holds its text and ends on character boundaries.
@Suite struct RobustnessTests {
    @Test func emptyAndBlankTexts() {
        for text in ["", " ", "\r\n\r\n", "“", "“”", "\"", "‘’", "\u{FEFF}", "said", "“ ” said he.", "”", "” ”", "”…", "WALLACE:",
                     "WALLACE: ”\n\nPENCE: \"\n\nWALLACE:", "\"PENCE:\"\r\n\r\n\"WALLACE: \"\r\n\r\n\"PENCE:"] {
            #expect(Suggester().suggest(in: text).isEmpty, "\(text.debugDescription)")
        }
    }

    @Test func randomTextsKeepTheSpanInvariants() {
        let pieces = ["“", "”", "\"", "‘", "’", ",", ".", " ", " ", " ", "\r\n", "\r\n\r\n", "\n\n", "said", "told", "according to", "he", "she",
                      "they", "analysts", "the bank", "Laura Kim", "Xi", "Mr.", "U.S.", "e\u{301}", "👍🏽", "\u{202F}", "…", "that", "We",
                      "will", "rebuild", "every", "home", "The Red Cross", ":", "adding that"]
        var generator = SeededGenerator(seed: 2_024)
        for _ in 0..<300 {
            expectSpansHoldTheirText((0..<Int.random(in: 5...80, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
    }

    @Test func randomTranscriptsKeepTheSpanInvariants() {
        // Most labels come after a full stop, so that the paragraph before is no heading.
        let pieces = [".\n\nWALLACE: ", ".\n\n\"PENCE: ", "\r\n\r\nO’BRIEN:", ".\n\nSEN. TIM KAINE:\u{00A0}", "?\n\nDI\u{301}AZ: ", "\n\n“", "\"", "”", "’",
                      " ", "\u{202F}", "\r\n", "Well", "e\u{301}", "👍🏽", "…", "(CROSSTALK)", ".", "?", "Mike Pence", "said", "É", ":"]
        var generator = SeededGenerator(seed: 13)
        var turns = 0
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 3...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            expectSpansHoldTheirText(text)
            let scalars = Array(text.unicodeScalars)
            for turn in Suggester().suggest(in: text) where turn.rule == "transcript-turn" {
                turns += 1
                #expect(scalars[turn.span.start - 1].properties.isWhitespace && !turn.text.first!.isWhitespace && !turn.text.last!.isWhitespace,
                        "a turn's words start after the label's colon and space: \(text.debugDescription)")
            }
        }
        #expect(turns > 20, "the texts hold transcripts")
    }

    /// Every span lies in the text, holds its text and starts and ends on character boundaries, and so do its fragments, its
    /// cue and its speaker's mention.
    private func expectSpansHoldTheirText(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        let starts = text.characterBoundaries
        for suggestion in Suggester().suggest(in: text) {
            let span = suggestion.span
            #expect(0 <= span.start && span.start < span.end && span.end <= scalars.count, "\(text.debugDescription)")
            #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])) == suggestion.text)
            #expect(starts.contains(span.start) && starts.contains(span.end), "\(text.debugDescription)")
            for fragment in suggestion.fragments ?? [] {
                #expect(span.contains(fragment) && fragment.length > 0 && starts.contains(fragment.start) && starts.contains(fragment.end),
                        "\(text.debugDescription)")
            }
            for edge in [suggestion.cueSpan, suggestion.speaker?.mention].compactMap({ $0 }) {
                #expect(starts.contains(edge.start) && starts.contains(edge.end), "\(text.debugDescription)")
            }
        }
    }
}
