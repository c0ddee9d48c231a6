/// Moves one edge of a claim's span by words and records the new span and text.
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
        try ClaimChange.apply(String(claim.id), action: "span", context) { state, _ in
            state.start = moved.lowerBound
            state.end = moved.upperBound
            state.text = text.slice(moved)
        }
    }

    private static func count(_ text: String) throws(ClaimdeskError) -> Int {
        guard let words = Int(text), words > 0 else { throw .badInput("'\(text)' is not a number of words; give a whole number from 1") }
        return words
    }
}
