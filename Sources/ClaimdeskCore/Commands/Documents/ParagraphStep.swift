/// Moves from the last shown paragraph of the current document.
enum ParagraphStep {
    static func step(by offset: Int, _ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 0, usage: offset > 0 ? "next" : "prev")
        let document = try context.workbench.currentDocument()
        let paragraphs = try context.workbench.text(of: document.id).paragraphs()
        let last = context.lastParagraph.flatMap { $0.docID == document.id ? $0.number : nil } ?? (offset > 0 ? 0 : paragraphs.count + 1)
        let number = last + offset
        guard (1...paragraphs.count).contains(number) else {
            throw .refused(offset > 0 ? "that was the last paragraph (\(paragraphs.count)); `prev` goes back" : "that was the first paragraph; `next` goes on")
        }
        try ParagraphPrinter.print(Selection(numbers: [number], range: paragraphs[number - 1]), of: document.id, context)
    }
}
