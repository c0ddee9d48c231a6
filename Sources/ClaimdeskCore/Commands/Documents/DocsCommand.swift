/// `docs`: lists the documents.
public enum DocsCommand: Command {
    public static let name = "docs"
    public static let usage = "docs"
    public static let summary = "list documents (* marks the current one)"
    public static let group = CommandGroup.documents
    public static let example = "docs"

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 0, usage: usage)
        let documents = try context.workbench.documents()
        guard !documents.isEmpty else {
            context.print("no documents yet; import one: import PATH")
            return
        }
        let current = try? context.workbench.currentDocument().id
        let counts = try context.workbench.claimCounts()
        for document in documents {
            let mark = document.id == current ? "*" : " "
            let claims = counts[document.id] ?? 0
            context.print("\(mark) \(document.id)  \(document.title)  (\(document.length.counted("code point")), \(claims.counted("claim")), sha256 \(document.sha256.prefix(12)))")
        }
    }
}
