/// How a command names a span of the current document.
///
/// - `"exact text"`: must occur exactly once (or pick one with `--nth K`);
/// - `START..END`: code point offsets, half-open;
/// - `"first words" .. "last words"`: from the start of the first to the end of the last.
///
/// ```swift
/// let selector = try SpanSelector.parse([Token("Xi said", quoted: true)], nth: nil)
/// let range = try selector.resolve(in: text)
/// ```
public enum SpanSelector: Equatable, Sendable {
    case exact(String, nth: Int?)
    case offsets(Int, Int)
    case between(String, String, nth: Int?)

    public static let usage = #"claim "exact text" | START..END | "first words" .. "last words""#

    /// Reads a selector from a command's positional words.
    public static func parse(_ tokens: [Token], nth: Int?) throws(ClaimdeskError) -> SpanSelector {
        switch tokens.count {
        case 1 where !tokens[0].quoted && tokens[0].text.contains(".."):
            return try offsets(tokens[0].text)
        case 1:
            guard !tokens[0].text.isEmpty else { throw .badInput("the text to find is empty; usage: \(usage)") }
            return .exact(tokens[0].text, nth: nth)
        case 3 where tokens[1].text == ".." && !tokens[1].quoted:
            guard !tokens[0].text.isEmpty, !tokens[2].text.isEmpty else { throw .badInput("both ends of \"first\" .. \"last\" need words; usage: \(usage)") }
            return .between(tokens[0].text, tokens[2].text, nth: nth)
        case 0:
            throw .badInput("missing selector; usage: \(usage)")
        default:
            let words = tokens.map(\.text).joined(separator: " ")
            throw .badInput("too many words in the selector; quote the text: \"\(words)\" (usage: \(usage))")
        }
    }

    /// Parses `START..END`.
    public static func offsets(_ text: String) throws(ClaimdeskError) -> SpanSelector {
        let parts = text.split(separator: "..", omittingEmptySubsequences: false)
        guard parts.count == 2, let start = Int(parts[0]), let end = Int(parts[1]) else {
            throw .badInput("'\(text)' is not a span; write START..END with code point offsets, e.g. 120..186, or quote the text")
        }
        return .offsets(start, end)
    }

    /// The code point range the selector names in `text`.
    public func resolve(in text: DocumentText) throws(ClaimdeskError) -> Range<Int> {
        try resolve(in: text, after: nil)
    }

    /// The range the selector names, a text taken at its first occurrence from `after` on when given
    /// (the next piece of a discontinuous claim: `claim "X," + "Y."`).
    public func resolve(in text: DocumentText, after: Int?) throws(ClaimdeskError) -> Range<Int> {
        switch self {
        case .offsets(let start, let end):
            try SpanValidator.validate(start, end, in: text)
            return start..<end
        case .exact(let needle, let nth):
            return try Self.pick(Self.occurrences(of: needle, after: after, in: text), of: needle, nth: nth, after: after, in: text)
        case .between(let first, let last, let nth):
            let start = try Self.pick(Self.occurrences(of: first, after: after, in: text), of: first, nth: nth, after: after, in: text)
            let ends = text.occurrences(of: last, in: start.lowerBound..<text.count).filter { $0.upperBound >= start.upperBound }
            guard let end = ends.first else {
                throw .badInput("'\(last)' does not occur after '\(first)' (at \(start.lowerBound)); check the last words")
            }
            return start.lowerBound..<end.upperBound
        }
    }

    /// Every occurrence, or, after an earlier piece, only the first from `after` on.
    private static func occurrences(of needle: String, after: Int?, in text: DocumentText) -> [Range<Int>] {
        guard let after else { return text.occurrences(of: needle) }
        return Array(text.occurrences(of: needle, in: min(after, text.count)..<text.count).prefix(1))
    }

    private static func pick(_ found: [Range<Int>], of needle: String, nth: Int?, after: Int?, in text: DocumentText) throws(ClaimdeskError) -> Range<Int> {
        if let after, found.isEmpty, !text.occurrences(of: needle).isEmpty {
            throw .badInput("'\(needle)' does not occur after the previous piece (which ends at \(after)); give the pieces in document order")
        }
        if let nth {
            guard (1...max(1, found.count)).contains(nth), nth <= found.count else {
                throw .badInput("--nth \(nth) is out of range: '\(needle)' occurs \(found.count.counted("time"))")
            }
            return found[nth - 1]
        }
        switch found.count {
        case 1:
            return found[0]
        case 0:
            throw .badInput(notFoundMessage(needle, in: text))
        default:
            let listed = found.prefix(8).enumerated().map { "\($0.offset + 1)) \($0.element.lowerBound)..\($0.element.upperBound)" }
            let more = found.count > 8 ? " …" : ""
            throw .badInput("'\(needle)' occurs \(found.count) times: \(listed.joined(separator: " "))\(more); add --nth K or quote more words")
        }
    }

    private static func notFoundMessage(_ needle: String, in text: DocumentText) -> String {
        let loose = text.looseOccurrences(of: needle)
        guard let first = loose.first else {
            return "'\(needle)' does not occur in this document; check the spelling, or use `find` to search"
        }
        let exact = text.slice(first)
        let where_ = loose.count == 1 ? "at \(first.lowerBound)..\(first.upperBound)" : "\(loose.count) times, first at \(first.lowerBound)..\(first.upperBound)"
        return "'\(needle)' does not occur exactly; the document has '\(exact)' \(where_) (curly quotes, special spaces or … differ) — use \(first.lowerBound)..\(first.upperBound)"
    }
}
