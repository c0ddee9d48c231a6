import Foundation
import Testing
@testable import ClaimdeskSuggest

/// The engine against hand-made gold sets: F1 of claims and speaker accuracy of at least 0.9 each.
@Suite struct SuggestionQualityTests {
    @Test(arguments: ["voa-common-prosperity.json", "council-crlf-straight.json", "flood-quote-first.json", "harbour-strike-crlf.json", "reservoirs-curly-nfd.json", "central-bank-quote-first.json", "court-fraud-straight.json", "coral-study-curly.json"])
    func meetsTheQualityBar(goldFile: String) throws {
        let evaluation = try SuggestionEvaluation.evaluate(goldFile: goldFile)
        print("\(goldFile): \(evaluation)")
        #expect(evaluation.f1 >= 0.9, "\(evaluation)")
        #expect(evaluation.speakerAccuracy >= 0.9, "\(evaluation)")
    }
}

