/// `prev`: the paragraph before the last one shown.
public enum PrevCommand: Command {
    public static let name = "prev"
    public static let usage = "prev"
    public static let summary = "show the previous paragraph"
    public static let group = CommandGroup.documents
    public static let example = "prev"

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try ParagraphStep.step(by: -1, arguments, context)
    }
}
