import Foundation
import Testing
@testable import ClaimdeskSuggest

/// The shortcuts that spare a regular expression its search (`speed4`) give the answers the search gives.
@Suite struct SpeedShortcutTests {
    @Test func lastNonWhitespaceLooksPastICUsWhiteSpace() {
        let text = ScalarText("He said,\u{202F}\n\u{2028} “Go.” Then:\u{200B}")
        #expect(text.lastNonWhitespace(in: Span(0, 12)) == ",")
        #expect(text.lastNonWhitespace(in: Span(0, text.count)) == "\u{200B}", "a zero-width space is no white space")
        #expect(text.lastNonWhitespace(in: Span(8, 12)) == nil)
    }

    /// `name-cue-quote` searches only before a quotation whose last code point before it (past white space) is `,` or `:`.
    @Test func nameCueQuoteStillReadsACueBeforeAnyWhiteSpace() {
        let quote = "“Our success depends on our country’s policies.”"
        #expect(RuleRunner.claims(NameCueQuoteRule(), "Zhou said,\u{202F}\n\(quote)") == ["Our success depends on our country’s policies."])
        #expect(RuleRunner.claims(NameCueQuoteRule(), "Zhou said:\u{2028}\(quote)") == ["Our success depends on our country’s policies."])
        #expect(RuleRunner.claims(NameCueQuoteRule(), "Zhou said \(quote)").isEmpty, "no comma or colon")
        #expect(RuleRunner.claims(NameCueQuoteRule(), "Zhou said,\u{200B}\(quote)").isEmpty, "`\\s*$` does not read a zero-width space")
    }

    /// Patterns that open with a cue, as the gates of `clause-name-cue` and `interrupted-clause` do.
    private static let cueOpened = [Patterns.regex("(?<cue>" + Patterns.cue + #")(?=[.;](?:\s|$)|,(?!\s*[“"])|$)"#),
                                    Patterns.regex(Patterns.cue + #"(?:\s+"# + Patterns.weekday + #")?,\s+[^”"\s]"#)]

    private static func expectSameAsTheSearch(_ string: String, span: Span? = nil) {
        let text = ScalarText(string)
        let span = span ?? text.whole
        for pattern in cueOpened {
            #expect(text.holdsMatch(ofCueOpening: pattern, in: span) == text.holdsMatch(of: pattern, in: span), "\(string.debugDescription)")
        }
    }

    @Test func cueOpenedPatternsAreFoundAsTheSearchFindsThem() throws {
        let (article, _) = try SuggestionEvaluation.load("voa-common-prosperity.json")
        let text = ScalarText(article)
        for paragraph in Paragraph.split(text) {
            for sentence in paragraph.sentences(in: text) { Self.expectSameAsTheSearch(article, span: sentence) }
        }
        for string in ["Taxes rose, he said.", "Taxes rose, he said, and fell.", "he pointed out, then", "he said\u{301}.", "he\u{AD}said.",
                       "x\u{301}said.", "ésaid.", "resaid.", "Said.", "said", "said Monday, we", "said, “we", "told; so", ""] {
            Self.expectSameAsTheSearch(string)
        }
        Self.expectSameAsTheSearch("unsaid, yes", span: Span(2, 11))
    }

    @Test func cueOpenedPatternsAgreeWithTheSearchOnRandomText() {
        let pieces = ["said", "says", "told", "pointed", " out", " ", ",", ".", ";", "\u{301}", "\u{AD}", "é", "x", "S", "1", "“", " Monday"]
        var generator = SeededGenerator(seed: 4)
        for _ in 0..<500 {
            let string = (0..<Int.random(in: 1...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            Self.expectSameAsTheSearch(string)
        }
    }

    /// The regular expressions the check-worthiness signals were read with before `CheckWorthinessSignal`: the reference.
    private static let signalPatterns: [(String, NSRegularExpression)] = [
        ("number", words(#"\d"#, ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred", "thousand", "million", "billion"])),
        ("money", words("[$€£¥]", ["yuan", "dollars?", "euros?", "pounds?", "yen", "rupees?", "krone", "kroner", "francs?"])),
        ("percentage", words("%", ["per ?cent", "percentage points?"])),
        ("date", words(#"\b(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.|\b(?:19|20)\d\d\b"#, [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "yesterday", "last (?:year|month|week)"])),
        ("comparison", words(nil, ["more", "less", "fewer", "most", "least", "than", "largest", "biggest", "highest", "lowest", "first", "only",
                                   "never", "always", "every", "record"])),
        ("institution", words(nil, ["Ministry", "Commission", "Agency", "Committee", "Council", "Party", "[Gg]overnment", "state", "[Cc]ourt",
                                    "Parliament", "Congress", "Authority", "Bank", "Institute", "Union", "Association", "University", "Bureau",
                                    "Department", "Office"])),
    ]

    private static func words(_ pattern: String?, _ words: [String]) -> NSRegularExpression {
        Patterns.regex(([pattern].compactMap { $0 } + [#"\b(?:"# + words.joined(separator: "|") + #")\b"#]).joined(separator: "|"))
    }

    private static func expectTheSignalsOfThePatterns(_ claim: String) {
        let range = NSRange(claim.startIndex..., in: claim)
        let reasons = signalPatterns.filter { $0.1.firstMatch(in: claim, range: range) != nil }.map(\.0)
        #expect(CheckWorthiness.score(claim) == ((min(1, 0.2 + 0.2 * Double(reasons.count)) * 100).rounded() / 100, reasons), "\(claim.debugDescription)")
    }

    @Test func checkWorthinessReadsTheSignalsThePatternsRead() throws {
        let (article, _) = try SuggestionEvaluation.load("voa-common-prosperity.json")
        for sentence in article.split(separator: ".") { Self.expectTheSignalsOfThePatterns(String(sentence)) }
        for claim in ["per cent", "per  cent", "percent.", "percentage points", "percentage pointss", "last  year", "last year\u{301}",
                      "Sept.", "Sept", "Sep.", "Jan.\u{301}", "xJan.", "1999", "21999", "2021a", "20٢٣", "19\u{AD}99", "1\u{301}999",
                      "$", "¥5", "٣", "one\u{AD}", "\u{AD}one", "éone", "one_", "Government", "GOVERNMENT", "state's", "statement", "May", ""] {
            Self.expectTheSignalsOfThePatterns(claim)
        }
    }

    @Test func checkWorthinessAgreesWithThePatternsOnRandomText() {
        let pieces = ["one", "per", "cent", "percent", "percentage", " point", "s", "last", " year", "Jan", "Sept", "19", "20", "9", "٢", "$", "%",
                      "state", "Court", "more", "May", ".", " ", "\u{301}", "\u{AD}", "é", "x", "_"]
        var generator = SeededGenerator(seed: 6)
        for _ in 0..<1000 {
            Self.expectTheSignalsOfThePatterns((0..<Int.random(in: 1...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
    }

    /// `SentenceWords.holdsAny(of:)` answers by a bit for the sets the rules ask about (`AskedWords`), word by word for others.
    @Test func sentenceWordsAnswerEverySetAsTheSetItselfDoes() throws {
        let (article, _) = try SuggestionEvaluation.load("voa-common-prosperity.json")
        let text = ScalarText(article + " Taxes rose, he said, and put it that way.")
        let asked = RuleBook.clauseRules.map(\.triggers) + [Lexicon.cueWordsOnTheirOwn, Lexicon.cuesNeedingThat, ["put"], ["and", "but"], ["said", "nothing"]]
        var held = 0
        for paragraph in Paragraph.split(text) {
            for sentence in paragraph.sentences(in: text) {
                let words = SentenceWords(in: sentence, of: text)
                for set in asked {
                    #expect(words.holdsAny(of: set) == !Set(words.words).isDisjoint(with: set), "\(text.slice(sentence))")
                    if words.holdsAny(of: set) { held += 1 }
                }
            }
        }
        #expect(held > 20)
        #expect(AskedWords.bit(of: Lexicon.speechVerbWords) != nil && AskedWords.bit(of: ["put"]) == nil)
    }
}
