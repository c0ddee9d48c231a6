import Foundation

/// Text with regular-expression search that reports code point offsets.
///
/// `NSRegularExpression` works in UTF-16 units; this keeps a map to code points so
/// every offset the rules produce is a Python `str` index.
struct ScalarText {
    let string: String
    let scalars: [Unicode.Scalar]
    private let ns: NSString
    /// `scalarOffset[u]`: the code point offset of UTF-16 offset `u`.
    private let scalarOffset: [Int]
    private let utf16Offset: [Int]

    init(_ string: String) {
        self.string = string
        scalars = Array(string.unicodeScalars)
        ns = string as NSString
        var toScalar: [Int] = []
        var toUTF16: [Int] = []
        toScalar.reserveCapacity(ns.length + 1)
        for (index, scalar) in scalars.enumerated() {
            toUTF16.append(toScalar.count)
            for _ in 0..<scalar.utf16.count { toScalar.append(index) }
        }
        toScalar.append(scalars.count)
        toUTF16.append(ns.length)
        scalarOffset = toScalar
        utf16Offset = toUTF16
    }

    var count: Int { scalars.count }

    func slice(_ span: Span) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[span.start..<span.end])
        return String(view)
    }

    /// Matches of `regex` in `span`: each capture group as a code point span (nil when it did not take part).
    func matches(_ regex: NSRegularExpression, in span: Span) -> [[Span?]] {
        let range = NSRange(location: utf16Offset[span.start], length: utf16Offset[span.end] - utf16Offset[span.start])
        return regex.matches(in: string, range: range).map { match in
            (0..<match.numberOfRanges).map { group in
                let found = match.range(at: group)
                guard found.location != NSNotFound else { return nil }
                return Span(scalarOffset[found.location], scalarOffset[found.location + found.length])
            }
        }
    }

    /// The span without white space at either end.
    func trimmed(_ span: Span) -> Span {
        var start = span.start, end = span.end
        while start < end, scalars[start].properties.isWhitespace { start += 1 }
        while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
        return Span(start, end)
    }

    /// Paragraphs: runs of non-blank lines.
    func paragraphs() -> [Span] {
        var result: [Span] = []
        var start: Int?
        var lineStart = 0
        for index in 0...count {
            let atEnd = index == count
            guard atEnd || scalars[index] == "\n" else { continue }
            let line = trimmed(Span(lineStart, index))
            if line.length == 0 {
                if let begin = start { result.append(trimmed(Span(begin, lineStart))); start = nil }
            } else if start == nil {
                start = line.start
            }
            lineStart = index + 1
            if atEnd, let begin = start { result.append(trimmed(Span(begin, count))) }
        }
        return result
    }
}
