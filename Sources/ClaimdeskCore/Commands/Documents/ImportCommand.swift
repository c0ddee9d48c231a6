/// `import PATH [--title T] [--url U] [--outlet O] [--published YYYY-MM-DD] [--language L]`
public enum ImportCommand: Command {
    public static let name = "import"
    public static let usage = "import PATH [--title T] [--url U] [--outlet O] [--published YYYY-MM-DD] [--language L]"
    public static let summary = "import a UTF-8 .txt or .md document, make it current, print its id"
    public static let group = CommandGroup.documents
    public static let example = #"import ../shared/samples/voa-common-prosperity.txt --title "Chinese tech tycoons back common prosperity" --outlet VOA"#
    public static let options = [
        OptionSpec("title", value: "T", help: "title (default: the file name)"),
        OptionSpec("url", value: "U", help: "where the document was published"),
        OptionSpec("outlet", value: "O", help: "the publishing outlet"),
        OptionSpec("published", value: "YYYY-MM-DD", help: "publication date"),
        OptionSpec("language", value: "L", help: "language code, e.g. en"),
    ]

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 1, usage: usage)
        let path = try arguments.positional(0, named: "PATH", usage: usage)
        let metadata = DocumentMetadata(title: arguments.value("title"), url: arguments.value("url"), outlet: arguments.value("outlet"),
                                        published: arguments.value("published"), language: arguments.value("language"))
        let (document, created) = try context.workbench.importDocument(path: path, metadata: metadata)
        let facts = "\(document.length.counted("code point")), sha256 \(document.sha256.prefix(12))"
        if created {
            context.print("imported document \(document.id) \"\(document.title)\" (\(facts)); it is now current")
        } else {
            context.print("already imported as document \(document.id) \"\(document.title)\" (same bytes: \(facts)); it is now current")
        }
    }
}
