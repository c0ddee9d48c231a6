import Foundation

/// `help [COMMAND]`: the command list by task, or one command's syntax, options and example.
public enum HelpCommand: Command {
    public static let name = "help"
    public static let usage = "help [COMMAND]"
    public static let summary = "list commands by task, or show one command's syntax and an example"
    public static let group = CommandGroup.session
    public static let example = "help claim"

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 1, usage: usage)
        if let name = arguments.positionals.first?.text {
            describe(try CommandRegistry.command(named: name), context)
        } else {
            list(context)
        }
    }

    private static func list(_ context: CommandContext) {
        for group in CommandGroup.allCases {
            context.print(group.rawValue + ":")
            for command in CommandRegistry.commands where command.group == group {
                context.print("  " + command.name.padding(toLength: max(10, command.name.count + 2), withPad: " ", startingAt: 0) + command.summary)
            }
        }
        context.print("Selectors: \"exact text\" (--nth K for one of several), START..END (code points), \"first words\" .. \"last words\", #K (a find hit).")
        context.print("Claims: a number, an id prefix, or `last`. `help COMMAND` shows syntax and an example.")
    }

    private static func describe(_ command: any Command.Type, _ context: CommandContext) {
        context.print("usage: " + command.usage)
        context.print("  " + command.summary)
        for option in command.options {
            context.print("  " + option.synopsis.padding(toLength: 28, withPad: " ", startingAt: 0) + option.help)
        }
        context.print("example: " + command.example)
    }
}
