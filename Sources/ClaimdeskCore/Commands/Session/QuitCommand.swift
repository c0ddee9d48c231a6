/// `quit` (or `exit`, or Ctrl-D): leaves the REPL. Every change is already stored.
public enum QuitCommand: Command {
    public static let name = "quit"
    public static let usage = "quit"
    public static let summary = "leave (every change is already stored)"
    public static let group = CommandGroup.session
    public static let example = "quit"

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 0, usage: usage)
        context.quitRequested = true
    }
}
