import Foundation

/// How worth checking a claim looks: 0.2, plus 0.2 for each kind of signal it holds (at most 1).
/// Signals: numbers, money, percentages, dates, comparisons and superlatives, named institutions.
///
/// ```swift
/// CheckWorthiness.score("a donation of $15 billion over the next five years")
/// // (0.6, ["number", "money"])
/// ```
enum CheckWorthiness {
    private static let signals: [(String, NSRegularExpression)] = [
        ("number", words(#"\d"#, ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred", "thousand", "million", "billion"])),
        ("money", words("[$€£¥]", ["yuan", "dollars?", "euros?", "pounds?", "yen", "rupees?", "krone", "kroner", "francs?", "billion", "million"])),
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

    /// A signal: any match of `pattern`, or any of `words` as a whole word.
    private static func words(_ pattern: String?, _ words: [String]) -> NSRegularExpression {
        Patterns.regex(([pattern].compactMap { $0 } + [#"\b(?:"# + words.joined(separator: "|") + #")\b"#]).joined(separator: "|"))
    }

    static func score(_ claim: String) -> (Double, [String]) {
        let range = NSRange(claim.startIndex..., in: claim)
        let reasons = signals.filter { $0.1.firstMatch(in: claim, range: range) != nil }.map(\.0)
        return ((min(1, 0.2 + 0.2 * Double(reasons.count)) * 100).rounded() / 100, reasons)
    }
}
