import Foundation

/// How worth checking a claim looks: numbers, dates, money, comparisons and institutions raise it.
///
/// ```swift
/// CheckWorthiness.score("a donation of $15 billion over the next five years")
/// // (0.6, ["number", "money"])
/// ```
enum CheckWorthiness {
    private static let signals: [(String, NSRegularExpression)] = [
        ("number", Lexicon.regex(#"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion)\b"#)),
        ("money", Lexicon.regex(#"[$€£¥]|\b(?:yuan|dollars?|euros?|billion|million)\b"#)),
        ("percentage", Lexicon.regex(#"%|\bper ?cent\b"#)),
        ("date", Lexicon.regex(#"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|(?:19|20)\d\d|yesterday|last (?:year|month|week))\b"#)),
        ("comparison", Lexicon.regex(#"\b(?:more|less|fewer|most|least|than|largest|biggest|highest|lowest|first|only|never|always|every)\b"#)),
        ("institution", Lexicon.regex(#"\b(?:Ministry|Commission|Agency|Committee|Council|Party|[Gg]overnment|state|[Cc]ourt|Parliament|Congress)\b"#)),
    ]

    static func score(_ claim: String) -> (Double, [String]) {
        let range = NSRange(claim.startIndex..., in: claim)
        let reasons = signals.filter { $0.1.firstMatch(in: claim, range: range) != nil }.map(\.0)
        return (min(1, 0.2 + 0.2 * Double(reasons.count)), reasons)
    }
}
