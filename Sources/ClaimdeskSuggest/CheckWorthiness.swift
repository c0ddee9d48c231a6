/// How worth checking a claim looks: 0.2, plus 0.2 for each kind of signal it holds (at most 1).
/// Signals: numbers, money, percentages, dates, comparisons and superlatives, named institutions. Money needs a currency
/// (`$15 billion`, `15 billion yuan`): `9 million homes` is a number only.
///
/// ```swift
/// CheckWorthiness.score("a donation of $15 billion over the next five years")
/// // (0.6, ["number", "money"])
/// ```
/// The signals are read from the claim's code points and whole words (`CheckWorthinessSignal`), the same answers as one
/// regular expression per signal (`\d|\b(?:one|two|…)\b`), without six searches of every claim.
enum CheckWorthiness {
    private static let signals = [
        CheckWorthinessSignal("number", digits: true, phrases: ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                                                 "hundred", "thousand", "million", "billion"]),
        CheckWorthinessSignal("money", marks: ["$", "€", "£", "¥"], phrases: ["yuan", "dollar", "dollars", "euro", "euros", "pound", "pounds",
                                                                              "yen", "rupee", "rupees", "krone", "kroner", "franc", "francs"]),
        CheckWorthinessSignal("percentage", marks: ["%"], phrases: ["percent", "per cent", "percentage point", "percentage points"]),
        CheckWorthinessSignal("date", phrases: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                                                "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                                "Sunday", "yesterday", "last year", "last month", "last week"],
                              beforeFullStop: ["Jan", "Feb", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"], years: true),
        CheckWorthinessSignal("comparison", phrases: ["more", "less", "fewer", "most", "least", "than", "largest", "biggest", "highest", "lowest",
                                                      "first", "only", "never", "always", "every", "record"]),
        CheckWorthinessSignal("institution", phrases: ["Ministry", "Commission", "Agency", "Committee", "Council", "Party", "Government",
                                                       "government", "state", "Court", "court", "Parliament", "Congress", "Authority", "Bank",
                                                       "Institute", "Union", "Association", "University", "Bureau", "Department", "Office"]),
    ]

    /// What a whole word may open: a signal's phrase, or its abbreviation before a full stop.
    private struct Opening {
        let signal: Int
        let phrase: [String]
        let beforeFullStop: Bool
    }

    /// The signals' phrases and abbreviations by their first word, so that each word of a claim is looked up once.
    private static let openings: [String: [Opening]] = {
        var openings: [String: [Opening]] = [:]
        for (index, signal) in signals.enumerated() {
            for phrase in signal.phrases { openings[phrase[0], default: []].append(Opening(signal: index, phrase: phrase, beforeFullStop: false)) }
            for word in signal.beforeFullStop { openings[word, default: []].append(Opening(signal: index, phrase: [word], beforeFullStop: true)) }
        }
        return openings
    }()

    static func score(_ claim: String) -> (Double, [String]) {
        let scalars = Array(claim.unicodeScalars)
        var shown = [Bool](repeating: false, count: signals.count)
        for scalar in scalars where scalar.value >= 0x80 || !scalar.isQuickAlphabetic {
            for (index, signal) in signals.enumerated() where signal.isShown(by: scalar) { shown[index] = true }
        }
        let words = ICUWordBoundary.wholeASCIIWords(in: scalars, Span(0, scalars.count))
        for index in words.indices {
            for opening in openings[word(words[index], scalars)] ?? [] where !shown[opening.signal] {
                shown[opening.signal] = opens(opening, at: index, words, scalars)
            }
        }
        for (index, signal) in signals.enumerated() where signal.years && !shown[index] { shown[index] = holdsYear(scalars) }
        let reasons = signals.indices.filter { shown[$0] }.map { signals[$0].name }
        return ((min(1, 0.2 + 0.2 * Double(reasons.count)) * 100).rounded() / 100, reasons)
    }

    private static func word(_ span: Span, _ scalars: [Unicode.Scalar]) -> String {
        String(decoding: scalars[span.start..<span.end].map { UInt8($0.value) }, as: UTF8.self)
    }

    /// Whether the words from `index` on are `opening`'s phrase, one space between them (and a full stop after an abbreviation).
    private static func opens(_ opening: Opening, at index: Int, _ words: [Span], _ scalars: [Unicode.Scalar]) -> Bool {
        guard index + opening.phrase.count <= words.count else { return false }
        for offset in 1..<max(1, opening.phrase.count) {
            let previous = words[index + offset - 1], next = words[index + offset]
            guard next.start == previous.end + 1, scalars[previous.end] == " ", word(next, scalars) == opening.phrase[offset] else { return false }
        }
        let end = words[index + opening.phrase.count - 1].end
        return !opening.beforeFullStop || (end < scalars.count && scalars[end] == ".")
    }

    /// `\b(?:19|20)\d\d\b`: a year of four digits.
    private static func holdsYear(_ scalars: [Unicode.Scalar]) -> Bool {
        scalars.indices.dropLast(3).contains { start in
            (scalars[start] == "1" && scalars[start + 1] == "9" || scalars[start] == "2" && scalars[start + 1] == "0")
                && scalars[start + 2].isDecimalDigit && scalars[start + 3].isDecimalDigit
                && ICUWordBoundary.before(start, in: scalars, from: 0) && ICUWordBoundary.after(start + 4, in: scalars, upTo: scalars.count)
        }
    }
}
