/// `next`: the paragraph after the last one shown.
public enum NextCommand: Command {
    public static let name = "next"
    public static let usage = "next"
    public static let summary = "show the next paragraph (after the last one shown)"
    public static let group = CommandGroup.documents
    public static let example = "next"

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try ParagraphStep.step(by: 1, arguments, context)
    }
}
