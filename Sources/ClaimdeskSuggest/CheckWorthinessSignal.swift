/// One kind of signal that a claim is worth checking, found without a regular expression: code points that show it on their
/// own (`$`, `%`; any decimal digit, `\d`), phrases that show it as whole words (ICU's `\b` before and after, one space
/// between words, case as written: `\b(?:per cent|…)\b`), abbreviations that show it before a full stop (`\bJan\.`), and for
/// dates a year (`\b(?:19|20)\d\d\b`).
///
/// ```swift
/// let percentage = CheckWorthinessSignal("percentage", marks: ["%"], phrases: ["percent", "per cent"])
/// percentage.phrases   // [["percent"], ["per", "cent"]]
/// ```
struct CheckWorthinessSignal {
    let name: String
    let marks: Set<Unicode.Scalar>
    let digits: Bool
    let phrases: [[String]]
    let beforeFullStop: Set<String>
    let years: Bool

    init(_ name: String, marks: Set<Unicode.Scalar> = [], digits: Bool = false, phrases: [String], beforeFullStop: Set<String> = [],
         years: Bool = false) {
        self.name = name
        self.marks = marks
        self.digits = digits
        self.phrases = phrases.map { $0.split(separator: " ").map(String.init) }
        self.beforeFullStop = beforeFullStop
        self.years = years
    }

    /// Whether the code point shows this signal on its own.
    func isShown(by scalar: Unicode.Scalar) -> Bool {
        marks.contains(scalar) || (digits && scalar.isDecimalDigit)
    }
}
