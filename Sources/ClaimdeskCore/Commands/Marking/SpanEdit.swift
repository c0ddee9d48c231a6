/// Moves one edge of a claim's span by words and records the new span and text; on a claim with
/// gaps, the first piece's start (`--start`) or the last piece's end.
enum SpanEdit {
    static func apply(_ arguments: CommandArguments, _ context: CommandContext, direction: Int, usage: String) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 2, usage: usage)
        let reference = try arguments.positional(0, named: "ID", usage: usage)
        let words = try arguments.positionals.count > 1 ? count(arguments.positionals[1].text) : 1
        let claim = try context.claim(reference)
        let text = try context.workbench.text(of: claim.docID)
        let moved = arguments.has("start")
            ? text.movingStart(of: claim.state.span, by: direction * words)
            : text.movingEnd(of: claim.state.span, by: direction * words)
        try SpanValidator.validate(moved, in: text)
        let pieces = try movedPieces(claim, to: moved, reference: reference, start: arguments.has("start"))
        try ClaimChange.apply(String(claim.id), action: "span", context) { state, _ in
            try FragmentEdit.apply(pieces, to: &state, in: text)
        }
    }

    /// The claim's pieces with the first one's start or the last one's end moved to the new covering span's.
    private static func movedPieces(_ claim: Claim, to moved: Range<Int>, reference: String, start: Bool) throws(ClaimdeskError) -> [Range<Int>] {
        var pieces = ClaimFragments.pieces(of: claim.state)
        let (first, last) = (pieces[0], pieces[pieces.count - 1])
        guard moved.lowerBound < first.upperBound, moved.upperBound > last.lowerBound else {
            let number = start ? 1 : pieces.count
            throw .badInput("that empties piece \(number) of claim \(claim.id); remove it with `fragment \(reference) remove \(number)`")
        }
        pieces[0] = moved.lowerBound..<first.upperBound
        pieces[pieces.count - 1] = pieces[pieces.count - 1].lowerBound..<moved.upperBound
        return pieces
    }

    private static func count(_ text: String) throws(ClaimdeskError) -> Int {
        guard let words = Int(text), words > 0 else { throw .badInput("'\(text)' is not a number of words; give a whole number from 1") }
        return words
    }
}
