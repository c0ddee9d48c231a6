import Foundation
@testable import ClaimdeskSuggest

/// Precision, recall and F1 of suggested claims against a gold set, and speaker accuracy.
///
/// A suggestion matches a gold claim when they overlap by at least half of the longer of the two.
struct SuggestionEvaluation: CustomStringConvertible {
    let gold: Int
    let suggested: Int
    let matched: Int
    let speakersRight: Int
    let misses: [String]
    let extras: [String]

    var precision: Double { suggested == 0 ? 0 : Double(matched) / Double(suggested) }
    var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    var speakerAccuracy: Double { matched == 0 ? 0 : Double(speakersRight) / Double(matched) }

    var description: String {
        String(format: "gold %d, suggested %d, P %.2f, R %.2f, F1 %.2f, speaker accuracy %.2f", gold, suggested, precision, recall, f1, speakerAccuracy)
            + (misses.isEmpty ? "" : "\nmissed: \(misses)") + (extras.isEmpty ? "" : "\nextra: \(extras)")
    }

    struct GoldFile: Decodable {
        struct Claim: Decodable { let start: Int; let end: Int; let speaker: String }
        let text: String
        let claims: [Claim]
    }

    static func evaluate(goldFile: String, known: [KnownSpeaker] = []) throws -> SuggestionEvaluation {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Gold")
        let gold = try JSONDecoder().decode(GoldFile.self, from: Data(contentsOf: folder.appendingPathComponent(goldFile)))
        let text = String(decoding: try Data(contentsOf: folder.appendingPathComponent(gold.text)), as: UTF8.self)
        let suggestions = Suggester(knownSpeakers: known).suggest(in: text)
        var used = Set<Int>()
        var speakersRight = 0
        var misses: [String] = []
        let scalars = Array(text.unicodeScalars)
        for claim in gold.claims {
            let span = Span(claim.start, claim.end)
            guard let index = suggestions.indices.first(where: { !used.contains($0) && suggestions[$0].span.overlap(span) * 2 >= max(span.length, suggestions[$0].span.length) }) else {
                misses.append(String(String.UnicodeScalarView(scalars[claim.start..<min(claim.end, claim.start + 40)])))
                continue
            }
            used.insert(index)
            if suggestions[index].speaker?.name == claim.speaker { speakersRight += 1 } else { misses.append("speaker \(suggestions[index].speaker?.name ?? "none") for \(claim.speaker)") }
        }
        let extras = suggestions.indices.filter { !used.contains($0) }.map { "\(suggestions[$0].rule): \(suggestions[$0].text.prefix(40))" }
        return SuggestionEvaluation(gold: gold.claims.count, suggested: suggestions.count, matched: used.count, speakersRight: speakersRight, misses: misses, extras: extras)
    }
}
