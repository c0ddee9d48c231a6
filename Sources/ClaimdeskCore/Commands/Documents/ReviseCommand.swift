/// `revise DOC PATH [--title T]`: imports a corrected version and re-anchors the claims.
public enum ReviseCommand: Command {
    public static let name = "revise"
    public static let usage = "revise DOC PATH [--title T]"
    public static let summary = "import a corrected version of a document and re-anchor its claims (anchored, moved, changed, orphaned)"
    public static let group = CommandGroup.documents
    public static let example = "revise 1 article-corrected.txt"
    public static let options = [OptionSpec("title", value: "T", help: "a new title (default: the old one)")]

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 2, usage: usage)
        let docID = try DocumentReference.parse(try arguments.positional(0, named: "DOC", usage: usage))
        let path = try arguments.positional(1, named: "PATH", usage: usage)
        let summary = try context.workbench.revise(docID, path: path, title: arguments.value("title"))
        let counts = AnchorState.allCases.map { "\(summary.count($0)) \($0.rawValue)" }.joined(separator: ", ")
        context.print("document \(summary.new.id) is version \(summary.new.version) of document \(summary.old.id) and now current: \(counts)")
        for state in [AnchorState.changed, .orphaned] where summary.count(state) > 0 {
            let ids = summary.outcomes[state]!.map(String.init).joined(separator: ", ")
            context.print("  \(state.rawValue) (flagged needs_review): claims \(ids)")
        }
    }
}
