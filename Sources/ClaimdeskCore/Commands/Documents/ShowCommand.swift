/// `show [PARAGRAPH | START..END]`: prints the current document with claims marked.
public enum ShowCommand: Command {
    public static let name = "show"
    public static let usage = "show [PARAGRAPH | START..END] [--doc ID]"
    public static let summary = "print the current document, a paragraph or a span, claims marked ⟦id:…:id⟧"
    public static let group = CommandGroup.documents
    public static let example = "show 5"
    public static let options = [OptionSpec("doc", value: "ID", help: "another document than the current one")]

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 1, usage: usage)
        let document = try CurrentDocument.resolve(arguments, context)
        let text = try context.workbench.text(of: document.id)
        let paragraphs = text.paragraphs()
        let selection = try select(arguments.positionals.first?.text, paragraphs: paragraphs, text: text)
        if selection.numbers.count == paragraphs.count {
            context.print("document \(document.id) \"\(document.title)\": \(paragraphs.count) paragraphs")
        }
        try ParagraphPrinter.print(selection, of: document.id, context)
    }

    private static func select(_ argument: String?, paragraphs: [Range<Int>], text: DocumentText) throws(ClaimdeskError) -> Selection {
        guard let argument else {
            return Selection(numbers: Array(paragraphs.indices.map { $0 + 1 }), range: 0..<text.count)
        }
        if let number = Int(argument) {
            guard (1...paragraphs.count).contains(number) else {
                throw .badInput("no paragraph \(number); this document has paragraphs 1..\(paragraphs.count)")
            }
            return Selection(numbers: [number], range: paragraphs[number - 1])
        }
        guard case .offsets(let start, let end) = try SpanSelector.offsets(argument) else {
            throw .badInput("show takes a paragraph number or START..END")
        }
        try SpanValidator.validate(start, end, in: text)
        let numbers = paragraphs.indices.filter { paragraphs[$0].overlaps(start..<end) }.map { $0 + 1 }
        return Selection(numbers: numbers, range: start..<end)
    }
}
