/// Checks a span is a valid claim span in a document: in range, not reversed or empty, on character boundaries.
enum SpanValidator {
    static func validate(_ start: Int, _ end: Int, in text: DocumentText, what: String = "span") throws(ClaimdeskError) {
        guard start >= 0, end <= text.count else {
            throw .badInput("\(what) \(start)..\(end) is out of range; this document has \(text.count.counted("code point")) (0..\(text.count))")
        }
        guard start <= end else {
            throw .badInput("\(what) \(start)..\(end) is reversed; write \(end)..\(start)")
        }
        guard start < end else {
            throw .badInput("\(what) \(start)..\(end) is empty; the end must be after the start")
        }
        for edge in [start, end] where !text.isCharacterBoundary(edge) {
            let character = text.character(containing: edge)
            let shown = text.slice(character).unicodeScalars.map { String(format: "U+%04X", $0.value) }.joined(separator: " ")
            throw .badInput("\(what) edge \(edge) splits the character \(shown) at \(character.lowerBound)..\(character.upperBound); use \(character.lowerBound) or \(character.upperBound)")
        }
    }

    static func validate(_ range: Range<Int>, in text: DocumentText, what: String = "span") throws(ClaimdeskError) {
        try validate(range.lowerBound, range.upperBound, in: text, what: what)
    }
}
