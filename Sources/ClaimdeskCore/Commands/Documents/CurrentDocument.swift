/// The document a command works on: `--doc ID` when given, else the reviewer's current one.
enum CurrentDocument {
    static func resolve(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) -> Document {
        if let doc = arguments.value("doc") {
            return try context.workbench.document(try DocumentReference.parse(doc))
        }
        return try context.workbench.currentDocument()
    }
}
