import Foundation

/// The first matches one text's `firstMatch` has found, by pattern and span: the rules ask the same question of the same
/// span several times (a sentence's subject, the speaker before a cue, what follows a quotation), and a regular
/// expression's answer there cannot change.
///
/// ```swift
/// let memo = FirstMatchMemo()
/// memo.match(of: subject, in: sentence) { subject.firstMatch(in: string, range: range) }   // searches
/// memo.match(of: subject, in: sentence) { subject.firstMatch(in: string, range: range) }   // remembered
/// ```
/// One memo belongs to one `ScalarText`, which one thread uses.
final class FirstMatchMemo {
    private struct Key: Hashable {
        /// Held, so that no other pattern can take its identity while the memo lives.
        let regex: NSRegularExpression
        let span: Span

        static func == (left: Key, right: Key) -> Bool { left.regex === right.regex && left.span == right.span }

        func hash(into hasher: inout Hasher) {
            hasher.combine(ObjectIdentifier(regex))
            hasher.combine(span)
        }
    }

    private var matches: [Key: NSTextCheckingResult?] = [:]

    func match(of regex: NSRegularExpression, in span: Span, search: () -> NSTextCheckingResult?) -> NSTextCheckingResult? {
        let key = Key(regex: regex, span: span)
        if let known = matches[key] { return known }
        let found = search()
        matches[key] = found
        return found
    }
}
