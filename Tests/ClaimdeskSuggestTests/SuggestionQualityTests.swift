import Foundation
import Testing
@testable import ClaimdeskSuggest

/// The engine against hand-made gold sets: F1 of claims and speaker accuracy of at least 0.9 on each text.
@Suite struct SuggestionQualityTests {
    @Test(arguments: SuggestionEvaluation.goldFiles)
    func meetsTheQualityBar(goldFile: String) throws {
        let evaluation = try SuggestionEvaluation.evaluate(goldFile: goldFile)
        print("\(goldFile): \(evaluation)")
        #expect(evaluation.f1 >= 0.9, "\(evaluation)")
        #expect(evaluation.speakerAccuracy >= 0.9, "\(evaluation)")
    }

    /// With the sample project's speakers and aliases (docs/sample/build-sample.cdk), those speakers are not new.
    @Test func theSampleWithKnownSpeakers() throws {
        let known = [KnownSpeaker(name: "Zhou Hongyi", aliases: ["Zhou"]), KnownSpeaker(name: "Lu Jun", aliases: ["Lu"]),
                     KnownSpeaker(name: "Wang Hsin-Hsien", aliases: ["Wang"]), KnownSpeaker(name: "Xi Jinping", aliases: ["Xi", "Chinese President Xi Jinping"])]
        let evaluation = try SuggestionEvaluation.evaluate(goldFile: "voa-common-prosperity.json", known: known)
        #expect(evaluation.f1 == 1 && evaluation.speakerAccuracy == 1, "\(evaluation)")
        let (text, _) = try SuggestionEvaluation.load("voa-common-prosperity.json")
        let speakers = Suggester(knownSpeakers: known).suggest(in: text).compactMap(\.speaker)
        #expect(speakers.filter { !$0.isNew }.map(\.name).sorted() == ["Lu Jun", "Lu Jun", "Lu Jun", "Lu Jun", "Wang Hsin-Hsien", "Wang Hsin-Hsien",
                                                                          "Wang Hsin-Hsien", "Xi Jinping", "Xi Jinping", "Xi Jinping",
                                                                          "Zhou Hongyi", "Zhou Hongyi"], "Xi's quote interrupted by `he said` is one suggestion")
        #expect(speakers.filter { !$0.isNew }.allSatisfy { $0.note == nil })
    }

    /// The gold texts hold labels in quotes (`called the strike "reckless"`, `called those projects “important but tiny.”`), an
    /// accusation, a bare object of `repeated` and none of the questions or labels PolNeAR marks: the rules of the recall round
    /// propose nothing there, and every suggestion is a gold claim.
    @Test(arguments: SuggestionEvaluation.goldFiles)
    func labelQuestionAndObjectRulesLeaveTheGoldTextsAlone(goldFile: String) throws {
        let (text, gold) = try SuggestionEvaluation.load(goldFile)
        let suggestions = Suggester().suggest(in: text)
        #expect(suggestions.filter { ["called-quote", "asked-clause", "name-cue-object", "object-quote", "quote-reaction", "that-clause-quote"].contains($0.rule) }.map(\.text) == [])
        let goldSpans = Set(gold.claims.map { Span($0.start, $0.end) })
        #expect(suggestions.filter { !goldSpans.contains($0.span) && $0.fragments == nil }.count <= 2, "\(goldFile)")
    }

    /// The gold offsets are code points: each claim's quote is exactly that slice of the text.
    @Test(arguments: SuggestionEvaluation.goldFiles)
    func goldOffsetsHoldTheirQuotes(goldFile: String) throws {
        let (text, gold) = try SuggestionEvaluation.load(goldFile)
        let scalars = Array(text.unicodeScalars)
        for claim in gold.claims {
            #expect(String(String.UnicodeScalarView(scalars[claim.start..<claim.end])) == claim.quote)
        }
    }
}
