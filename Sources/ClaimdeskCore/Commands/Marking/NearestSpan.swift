/// Finds a cue or speaker mention by text (the occurrence nearest the claim) or by `START..END`.
///
/// ```swift
/// try NearestSpan.find("said", near: 1047..<1290, in: text, what: "--cue")   // the "said" closest to the claim
/// ```
enum NearestSpan {
    static func find(_ value: String, near claim: Range<Int>, in text: DocumentText, what: String) throws(ClaimdeskError) -> Range<Int> {
        if let offsets = try? SpanSelector.offsets(value), case .offsets(let start, let end) = offsets {
            try SpanValidator.validate(start, end, in: text, what: what)
            return start..<end
        }
        let hits = text.occurrences(of: value)
        guard let nearest = hits.min(by: { distance($0, claim) < distance($1, claim) }) else {
            throw .badInput("\(what) '\(value)' does not occur in this document; give its text exactly or START..END")
        }
        return nearest
    }

    private static func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        if a.overlaps(b) { return 0 }
        return a.upperBound <= b.lowerBound ? b.lowerBound - a.upperBound : a.lowerBound - b.upperBound
    }
}
