import Testing
@testable import ClaimdeskSuggest

/// `ScalarText.wholeWords` finds the spans `\b(?:[Hh]e|…)\b` matches, on the reference article, on ICU's word-boundary
/// corner cases (combining marks, soft hyphens, letters of other scripts) and on random strings of them.
@Suite struct WholeWordsTests {
    private static let pronouns: Set<String> = ["he", "she", "his", "her", "him", "himself", "herself"]
    private static let pattern = Patterns.regex(#"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Hh]imself|[Hh]erself)\b"#)

    private static func expectSameAsThePattern(_ string: String, span: Span? = nil) {
        let text = ScalarText(string)
        let span = span ?? text.whole
        #expect(text.wholeWords(pronouns, capitalised: true, in: span) == text.allMatches(pattern, in: span).map(\.whole), "\(string.debugDescription)")
    }

    @Test func findsThePronounsOfTheReferenceArticle() throws {
        let (article, _) = try SuggestionEvaluation.load("voa-common-prosperity.json")
        let text = ScalarText(article)
        let found = text.wholeWords(Self.pronouns, capitalised: true, in: text.whole)
        #expect(found.count == 9)
        #expect(found.allSatisfy { Self.pronouns.contains(text.slice($0).lowercased()) })
        Self.expectSameAsThePattern(article)
    }

    @Test func readsWordBoundariesAsICUDoes() {
        for string in ["He said his", "HE SAID", "hEr", "she’s", "the", "herself,him", "he\u{301} said", "x\u{301}he", "he\u{AD}r",
                       "\u{AD}she", "éhe", "he1", "_him", "Himself.", "Herr", "he\u{200D}", "他he", "he", "", "Mr. Hise"] {
            Self.expectSameAsThePattern(string)
        }
        Self.expectSameAsThePattern("ahe said", span: Span(1, 8))
        Self.expectSameAsThePattern("she said", span: Span(0, 2))
    }

    @Test func agreesWithThePatternOnRandomText() {
        let pieces = ["he", "He", "she", "his", "her", "him", "self", "s", "r", " ", ",", "\u{301}", "\u{AD}", "é", "1", "_", "’", "H", "\u{200D}"]
        var generator = SeededGenerator(seed: 13)
        for _ in 0..<500 {
            let string = (0..<Int.random(in: 1...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            Self.expectSameAsThePattern(string)
        }
    }
}
