/// `shrink ID [WORDS] [--start]`: narrows a claim's span by whole words.
public enum ShrinkCommand: Command {
    public static let name = "shrink"
    public static let usage = "shrink ID [WORDS] [--start]"
    public static let summary = "narrow a claim's span by whole words at its end (or --start); with gaps, its last piece's end (first piece's start)"
    public static let group = CommandGroup.marking
    public static let example = "shrink 3 1 --start"
    public static let options = [OptionSpec("start", help: "move the start instead of the end")]

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try SpanEdit.apply(arguments, context, direction: -1, usage: usage)
    }
}
