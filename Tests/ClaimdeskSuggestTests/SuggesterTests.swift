import Foundation
import Testing
@testable import ClaimdeskSuggest

/// The public API: spans, ordering, what is never proposed, check-worthiness.
@Suite struct SuggesterTests {
    @Test(arguments: SuggestionEvaluation.goldFiles)
    func spansAreCodePointsThatNeverSplitACharacter(goldFile: String) throws {
        let text = try SuggestionEvaluation.load(goldFile).text
        let scalars = Array(text.unicodeScalars)
        let graphemeStarts = text.characterBoundaries
        let suggestions = Suggester().suggest(in: text)
        for suggestion in suggestions {
            let span = suggestion.span
            #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])) == suggestion.text)
            #expect(graphemeStarts.contains(span.start) && graphemeStarts.contains(span.end), "\(suggestion.text)")
            #expect(!scalars[span.start].properties.isWhitespace && !scalars[span.end - 1].properties.isWhitespace)
            for edge in [suggestion.cueSpan, suggestion.speaker?.mention].compactMap({ $0 }) {
                #expect(graphemeStarts.contains(edge.start) && graphemeStarts.contains(edge.end))
            }
            for fragment in suggestion.fragments ?? [] {
                #expect(span.contains(fragment) && graphemeStarts.contains(fragment.start) && graphemeStarts.contains(fragment.end))
                #expect(!scalars[fragment.start].properties.isWhitespace && !scalars[fragment.end - 1].properties.isWhitespace)
            }
            if let fragments = suggestion.fragments {
                #expect(fragments.count >= 2 && fragments.first?.start == span.start && fragments.last?.end == span.end)
                #expect(zip(fragments, fragments.dropFirst()).allSatisfy { $0.end < $1.start }, "fragments in order, apart")
            }
        }
        #expect(suggestions.map(\.span.start) == suggestions.map(\.span.start).sorted())
    }

    @Test func offsetsCountCodePointsNotCharacters() {
        let text = "👍🏽 Intro.\r\n\r\n“We will rebuild every home in the valley,” said Ana Costa.\r\n"
        let found = Suggester().suggest(in: text)
        #expect(found.map(\.span) == [Span(14, 55)])
        #expect(found.first?.text == "We will rebuild every home in the valley,")
        #expect(found.first?.cueSpan == Span(57, 61) && found.first?.cue == "said")
    }

    @Test func scareQuotesHeadingsAndTitlesAreNotProposed() {
        let text = """
        ‘Common prosperity’ initiative

        Tech tycoons rushed to support Beijing’s “common prosperity” initiative. Port director Helen Marsh called the strike "reckless."

        In its quarterly report, titled “Holding the Line,” the board published new figures.
        """
        #expect(Suggester().suggest(in: text).isEmpty)
    }

    @Test func aQuoteInterruptedByItsAttributionIsOneSuggestionInFragments() {
        let text = "“People think water comes from the tap,” she said, “but it comes from the sky.” Mei Tanaka left."
        let found = Suggester().suggest(in: text)
        #expect(found.map(\.text) == ["People think water comes from the tap,” she said, “but it comes from the sky."])
        #expect(found.map(\.rule) == ["quote-name-cue"])
        #expect(found.first?.fragments.map { $0.map { slice(text, $0) } } == ["People think water comes from the tap,", "but it comes from the sky."])
        let sentences = "“Go after their command and control,” he said. “‘Counteroffensive’ is the key word here.” Then he left."
        let joined = Suggester().suggest(in: sentences)
        #expect(joined.count == 1)
        #expect(joined.first?.fragments.map { $0.map { slice(sentences, $0) } }
                == ["Go after their command and control,", "‘Counteroffensive’ is the key word here."])
        let separate = Suggester().suggest(in: "“We will win,” he said on Monday after a long meeting with the union leaders of the port, the shipping companies and the city council, which ran late into the night. “Nothing will stop us now.”")
        #expect(separate.count == 2 && separate.allSatisfy { $0.fragments == nil }, "a long attribution ends the quote")
        #expect(Suggester().suggest(in: "“It is over,” she said.").first?.fragments == nil, "one piece has no fragments")
    }

    private func slice(_ text: String, _ span: Span) -> String {
        String(String.UnicodeScalarView(Array(text.unicodeScalars)[span.start..<span.end]))
    }

    @Test func checkWorthinessCountsKindsOfSignal() {
        #expect(CheckWorthiness.score("a donation of $15 billion in 2021") == (0.8, ["number", "money", "date"]))
        #expect(CheckWorthiness.score("reservoirs held 23\u{202F}% of their capacity, the lowest since records began") == (0.8, ["number", "percentage", "comparison"]))
        #expect(CheckWorthiness.score("the Ministry of Civil Affairs acted") == (0.4, ["institution"]))
        #expect(CheckWorthiness.score("we must act") == (0.2, []))
        #expect(CheckWorthiness.score("9 million homes lost power") == (0.4, ["number"]), "a count is no money without a currency")
    }

    @Test func aPartialQuoteOpeningReportedSpeechIsTheClause() {
        let found = Suggester().suggest(in: "Imam Ali spoke at length. \"We don't teach anything\" against it in the mosque meetings, he said.")
        #expect(found.map(\.text) == ["\"We don't teach anything\" against it in the mosque meetings"])
        #expect(found.map(\.rule) == ["clause-name-cue"])
    }
}
