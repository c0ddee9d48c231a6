/// A record's pieces as the formats write them: the text a reader reads, and each piece with its
/// quote context (the W3C TextQuoteSelector's `exact`, `prefix` and `suffix`).
///
/// ```swift
/// record.joinedText       // "“Prices will fall,” … “and wages will rise.”"
/// record.quotedPieces[1]  // (37..<59, "“and wages will rise.”", "will fall,” she said, ", "\n")
/// ```
extension ExportRecord {
    /// One piece of a claim: its span and text, with up to 32 code points of context on each side.
    struct QuotedPiece: Equatable {
        let range: Range<Int>
        let exact: String
        let prefix: String
        let suffix: String
    }

    /// The pieces the claim marks: its fragments, or its span.
    var pieces: [Range<Int>] { fragments ?? [start..<end] }

    /// The claim's words: `text`, or its fragments' texts joined by ` … `.
    var joinedText: String { ClaimFragments.joinedText(text, start: start, fragments: fragments) }

    /// Each piece with its context, taken from the covering span's `prefix`, `text` and `suffix`
    /// (the context of a piece inside the claim is the claim's own text: the gap and the other pieces).
    var quotedPieces: [QuotedPiece] {
        guard fragments != nil else { return [QuotedPiece(range: start..<end, exact: text, prefix: prefix, suffix: suffix)] }
        let around = Array(prefix.unicodeScalars) + Array(text.unicodeScalars) + Array(suffix.unicodeScalars)
        let origin = start - prefix.unicodeScalars.count
        func slice(_ lower: Int, _ upper: Int) -> String {
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: around[max(0, lower - origin)..<min(around.count, max(0, upper - origin))])
            return String(scalars)
        }
        return pieces.map { piece in
            QuotedPiece(range: piece, exact: slice(piece.lowerBound, piece.upperBound),
                        prefix: slice(max(origin, piece.lowerBound - 32), piece.lowerBound),
                        suffix: slice(piece.upperBound, min(origin + around.count, piece.upperBound + 32)))
        }
    }
}
