import Foundation

/// The pieces of a discontinuous claim, and the rules every stored list of them keeps.
///
/// A claim is one span (`fragments` nil) or two or more fragments in one document, in order,
/// neither empty nor touching nor overlapping, the first starting at the claim's `start` and the last
/// ending at its `end`: `start`/`end` stay the covering span and `text` stays `doc[start:end]`.
/// The quote `“X,” she said, “Y.”` is one claim without `she said`:
///
/// ```swift
/// let pieces = try ClaimFragments.normalized([10..<20, 31..<40], covering: 10..<40)   // [10..<20, 31..<40]
/// ClaimFragments.text([10..<20, 31..<40])                                             // "[[10,20],[31,40]]"
/// ```
public enum ClaimFragments {
    /// `fragments` checked against the covering span; nil when they are one piece (a contiguous claim).
    public static func normalized(_ fragments: [Range<Int>]?, covering span: Range<Int>) throws(ClaimdeskError) -> [Range<Int>]? {
        guard let fragments, fragments.count > 1 else {
            if let only = fragments?.first, only != span {
                throw .badInput("the one fragment \(only.lowerBound)..\(only.upperBound) is not the claim's span \(span.lowerBound)..\(span.upperBound); give the span itself, or two fragments or more")
            }
            return nil
        }
        for fragment in fragments where fragment.isEmpty {
            throw .badInput("the fragment \(fragment.lowerBound)..\(fragment.upperBound) is empty; every fragment needs at least one character")
        }
        for (left, right) in zip(fragments, fragments.dropFirst()) where left.upperBound >= right.lowerBound {
            throw .badInput("the fragments \(left.lowerBound)..\(left.upperBound) and \(right.lowerBound)..\(right.upperBound) touch or overlap; give them in order with a gap between (join touching ones into one)")
        }
        guard fragments.first!.lowerBound == span.lowerBound, fragments.last!.upperBound == span.upperBound else {
            throw .badInput("the fragments run \(fragments.first!.lowerBound)..\(fragments.last!.upperBound) but the claim's span is \(span.lowerBound)..\(span.upperBound); start and end must be the first fragment's start and the last one's end")
        }
        return fragments
    }

    /// ``normalized(_:covering:)`` for a reader: what is wrong is said after `origin` (`claims.jsonl:12`).
    static func normalized(_ fragments: [Range<Int>]?, covering span: Range<Int>, origin: String) throws(ClaimdeskError) -> [Range<Int>]? {
        do { return try normalized(fragments, covering: span) } catch { throw .badInput("\(origin): \(error.message)") }
    }

    /// The pieces a claim marks: its fragments, or its one span.
    public static func pieces(of state: ClaimState) -> [Range<Int>] {
        state.fragments ?? [state.span]
    }

    /// What separates the fragments' texts where a claim is read as one text (listings, FEVER's `claim`).
    public static let separator = " … "

    /// The words a claim marks: its covering `text` (which starts at `start`), or, for a discontinuous
    /// claim, its fragments' texts joined by ``separator``: `“X,” … “Y.”`.
    public static func joinedText(_ text: String, start: Int, fragments: [Range<Int>]?) -> String {
        guard let fragments else { return text }
        let scalars = Array(text.unicodeScalars)
        return fragments.map { piece in
            let lower = min(max(0, piece.lowerBound - start), scalars.count)
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[lower..<min(max(lower, piece.upperBound - start), scalars.count)])
            return String(slice)
        }.joined(separator: separator)
    }

    /// ``joinedText(_:start:fragments:)`` of a claim's state.
    public static func joinedText(of state: ClaimState) -> String {
        joinedText(state.text, start: state.start, fragments: state.fragments)
    }

    /// The stored and exported form: `[[10,20],[31,40]]`.
    public static func text(_ fragments: [Range<Int>]) -> String {
        "[" + fragments.map { "[\($0.lowerBound),\($0.upperBound)]" }.joined(separator: ",") + "]"
    }

    /// Reads ``text(_:)``'s form back; nil for nil or anything else.
    public static func parse(_ text: String?) -> [Range<Int>]? {
        guard let text else { return nil }
        let numbers = text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard numbers.count >= 2, numbers.count.isMultiple(of: 2) else { return nil }
        return stride(from: 0, to: numbers.count, by: 2).map { numbers[$0]..<numbers[$0 + 1] }
    }

    /// Reads a JSON value (`[[10, 20], [31, 40]]`, or null) as fragments, or says what is wrong.
    static func decode(_ value: Any?, origin: String) throws(ClaimdeskError) -> [Range<Int>]? {
        guard let value, !(value is NSNull) else { return nil }
        guard let pairs = value as? [[Int]], pairs.allSatisfy({ $0.count == 2 && 0 <= $0[0] && $0[0] <= $0[1] }) else {
            throw .badInput("\(origin): fragments must be a list of [start, end] pairs of code-point offsets, or null")
        }
        return pairs.map { $0[0]..<$0[1] }
    }
}
