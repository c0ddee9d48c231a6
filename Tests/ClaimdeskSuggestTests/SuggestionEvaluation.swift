import Foundation
@testable import ClaimdeskSuggest

/// Precision, recall and F1 of suggested claims against a gold set, and speaker accuracy over the matched claims.
///
/// A suggestion matches a gold claim when they overlap by at least half of the longer of the two (so at least 50% of
/// the gold claim, and a suggestion at most twice as long); each suggestion matches one gold claim at most.
/// `exact` counts matches with exactly the gold offsets. A suggestion in fragments (a quote interrupted by its attribution)
/// counts as one suggestion per fragment, as the gold sets mark each quoted piece as a claim.
struct SuggestionEvaluation: CustomStringConvertible {
    /// The sample article, the texts written with the rules, and the texts written afterwards (see docs/SUGGESTIONS.md).
    static let goldFiles = ["voa-common-prosperity.json", "council-crlf-straight.json", "flood-quote-first.json", "harbour-strike-crlf.json",
                            "reservoirs-curly-nfd.json", "central-bank-quote-first.json", "court-fraud-straight.json", "coral-study-curly.json"]

    struct GoldFile: Decodable {
        struct Claim: Decodable { let start: Int; let end: Int; let speaker: String; let quote: String }
        let text: String
        let claims: [Claim]
    }

    let gold: Int
    let suggested: Int
    let matched: Int
    let exact: Int
    let speakersRight: Int
    let misses: [String]
    let extras: [String]

    var precision: Double { suggested == 0 ? 0 : Double(matched) / Double(suggested) }
    var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    var speakerAccuracy: Double { matched == 0 ? 0 : Double(speakersRight) / Double(matched) }

    var description: String {
        String(format: "gold %d, suggested %d, P %.2f, R %.2f, F1 %.2f, speaker accuracy %.2f, exact spans %d/%d",
               gold, suggested, precision, recall, f1, speakerAccuracy, exact, matched)
            + (misses.isEmpty ? "" : "\nmissed: \(misses)") + (extras.isEmpty ? "" : "\nextra: \(extras)")
    }

    static func load(_ goldFile: String) throws -> (text: String, gold: GoldFile) {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Gold")
        let gold = try JSONDecoder().decode(GoldFile.self, from: Data(contentsOf: folder.appendingPathComponent(goldFile)))
        return (String(decoding: try Data(contentsOf: folder.appendingPathComponent(gold.text)), as: UTF8.self), gold)
    }

    static func evaluate(goldFile: String, known: [KnownSpeaker] = []) throws -> SuggestionEvaluation {
        let (text, gold) = try load(goldFile)
        let suggestions = Suggester(knownSpeakers: known).suggest(in: text).flatMap(pieces)
        var used = Set<Int>()
        var speakersRight = 0, exact = 0
        var misses: [String] = []
        for claim in gold.claims {
            let span = Span(claim.start, claim.end)
            guard let index = suggestions.indices.first(where: { !used.contains($0) && matches(suggestions[$0].span, span) }) else {
                misses.append(String(claim.quote.prefix(40)))
                continue
            }
            used.insert(index)
            if suggestions[index].span == span { exact += 1 }
            if suggestions[index].speaker?.name == claim.speaker { speakersRight += 1 } else {
                misses.append("speaker \(suggestions[index].speaker?.name ?? "none") for \(claim.speaker)")
            }
        }
        let extras = suggestions.indices.filter { !used.contains($0) }.map { "\(suggestions[$0].rule): \(suggestions[$0].text.prefix(40))" }
        return SuggestionEvaluation(gold: gold.claims.count, suggested: suggestions.count, matched: used.count, exact: exact,
                                    speakersRight: speakersRight, misses: misses, extras: extras)
    }

    /// A suggestion in fragments as one suggestion per fragment.
    private static func pieces(_ suggestion: Suggestion) -> [Suggestion] {
        guard let fragments = suggestion.fragments else { return [suggestion] }
        return fragments.map { fragment in
            var piece = suggestion
            piece.span = fragment
            piece.fragments = nil
            return piece
        }
    }

    private static func matches(_ suggested: Span, _ gold: Span) -> Bool {
        suggested.overlap(gold) * 2 >= max(gold.length, suggested.length)
    }
}
