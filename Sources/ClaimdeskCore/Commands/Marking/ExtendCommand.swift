/// `extend ID [WORDS] [--start]`: grows a claim's span by whole words.
public enum ExtendCommand: Command {
    public static let name = "extend"
    public static let usage = "extend ID [WORDS] [--start]"
    public static let summary = "grow a claim's span by whole words at its end (or --start); with gaps, its last piece's end (first piece's start)"
    public static let group = CommandGroup.marking
    public static let example = "extend last 2"
    public static let options = [OptionSpec("start", help: "move the start instead of the end")]

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try SpanEdit.apply(arguments, context, direction: 1, usage: usage)
    }
}
