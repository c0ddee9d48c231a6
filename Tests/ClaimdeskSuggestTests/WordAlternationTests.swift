import Foundation
import Testing
@testable import ClaimdeskSuggest

/// The prefix-factored alternation matches exactly the words it was made from.
@Suite struct WordAlternationTests {
    @Test func matchesExactlyItsWords() throws {
        var generator = SeededGenerator(seed: 13)
        let letters = Array("aeisnt.")
        for _ in 0..<200 {
            let words = (0..<Int.random(in: 1...12, using: &generator)).map { _ in
                String((0..<Int.random(in: 1...5, using: &generator)).map { _ in letters.randomElement(using: &generator)! })
            }
            let regex = try NSRegularExpression(pattern: "^" + WordAlternation.pattern(words) + "$")
            for probe in words + ["", "x", "ae", "s.", "tain", "nets"] {
                let matched = regex.firstMatch(in: probe, range: NSRange(probe.startIndex..., in: probe)) != nil
                #expect(matched == words.contains(probe), "\(probe) in \(words)")
            }
        }
        #expect(WordAlternation.pattern(["said", "says", "told"]) == "(?=[st])(?:sa(?:id|ys)|told)")
        #expect(WordAlternation.pattern([".net", "-ism"]) == "(?=[\\-\\.])(?:-ism|\\.net)")
    }
}
