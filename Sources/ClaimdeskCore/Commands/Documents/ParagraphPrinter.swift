/// Paragraphs to print: their numbers (1-based) and the code point range shown.
struct Selection {
    let numbers: [Int]
    let range: Range<Int>
}

/// Prints paragraphs with their numbers and claims marked, and remembers the last one for `next`/`prev`.
enum ParagraphPrinter {
    static func print(_ selection: Selection, of docID: Int64, _ context: CommandContext) throws(ClaimdeskError) {
        let text = try context.workbench.text(of: docID)
        let paragraphs = text.paragraphs()
        let claims = try context.workbench.claims(in: docID, overlapping: selection.range)
        let markup = ClaimMarkup(text: text, claims: claims, colors: context.colors)
        for number in selection.numbers {
            let range = paragraphs[number - 1].clamped(to: selection.range)
            context.print("[\(number)] " + markup.render(range))
        }
        context.lastParagraph = selection.numbers.last.map { (docID, $0) }
    }
}
