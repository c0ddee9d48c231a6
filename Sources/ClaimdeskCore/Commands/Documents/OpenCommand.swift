/// `open ID`: makes a document current.
public enum OpenCommand: Command {
    public static let name = "open"
    public static let usage = "open ID"
    public static let summary = "make a document current"
    public static let group = CommandGroup.documents
    public static let example = "open 1"

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 1, usage: usage)
        let id = try DocumentReference.parse(try arguments.positional(0, named: "ID", usage: usage))
        let document = try context.workbench.open(id)
        let paragraphs = try context.workbench.text(of: id).paragraphs().count
        context.print("document \(document.id) \"\(document.title)\" is current (\(document.length.counted("code point")), \(paragraphs.counted("paragraph")))")
    }
}

/// Parses a document number.
enum DocumentReference {
    static func parse(_ text: String) throws(ClaimdeskError) -> Int64 {
        guard let id = Int64(text), id > 0 else {
            throw .badInput("'\(text)' is not a document number; `docs` lists them")
        }
        return id
    }
}
