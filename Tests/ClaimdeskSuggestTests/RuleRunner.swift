@testable import ClaimdeskSuggest

/// Runs one rule on its own over a text and reports what it found as strings.
struct RuleRunner {
    struct Found: Equatable, CustomStringConvertible {
        let claim: String
        let mention: String?
        let cue: String?
        var description: String { "«\(claim)» by \(mention ?? "-") (\(cue ?? "-"))" }
    }

    static func run(_ rule: some QuoteRule, _ string: String) -> [Found] {
        let text = ScalarText(string)
        return Paragraph.split(text).flatMap { paragraph in
            paragraph.quotes.compactMap { rule.attribute($0, in: paragraph, of: text) }.map { found($0, text) }
        }
    }

    static func run(_ rule: some ClauseRule, _ string: String) -> [Found] {
        let text = ScalarText(string)
        return Paragraph.split(text).flatMap { rule.candidates(in: $0, of: text) }.map { found($0, text) }
    }

    static func claims(_ rule: some QuoteRule, _ string: String) -> [String] { run(rule, string).map(\.claim) }

    /// The fragments of each candidate a clause rule finds (empty for a claim in one piece).
    static func fragments(_ rule: some ClauseRule, _ string: String) -> [[String]] {
        let text = ScalarText(string)
        return Paragraph.split(text).flatMap { rule.candidates(in: $0, of: text) }.map { ($0.fragments ?? []).map(text.slice) }
    }
    static func claims(_ rule: some ClauseRule, _ string: String) -> [String] { run(rule, string).map(\.claim) }

    private static func found(_ candidate: Candidate, _ text: ScalarText) -> Found {
        Found(claim: text.slice(candidate.span), mention: candidate.mention.map(text.slice), cue: candidate.cue.map(text.slice))
    }
}
