/// `alias SPEAKER [ALIAS…] [--remove ALIAS] [--kind KIND] [--note TEXT]`: other names a speaker goes by, and what it is.
public enum AliasCommand: Command {
    public static let name = "alias"
    public static let usage = "alias SPEAKER [ALIAS…] [--remove ALIAS]… [--kind KIND] [--note TEXT]"
    public static let summary = "give a speaker aliases (so `--speaker Zhou` finds \"Zhou Hongyi\"), a kind or a note; recorded as an event"
    public static let group = CommandGroup.marking
    public static let example = #"alias "Zhou Hongyi" Zhou --kind person --note "chairman of Qihoo 360""#
    public static let options = [
        OptionSpec("remove", value: "ALIAS", help: "take an alias away", repeatable: true),
        OptionSpec("kind", value: "KIND", help: "person, organisation or group"),
        OptionSpec("note", value: "TEXT", help: "title or affiliation"),
    ]

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        let speaker = try arguments.positional(0, named: "SPEAKER", usage: usage)
        let aliases = arguments.positionals.dropFirst().map(\.text)
        let removed = arguments.values("remove")
        guard !aliases.isEmpty || !removed.isEmpty || arguments.has("kind") || arguments.has("note") else {
            throw .badInput("missing ALIAS; give an alias, --remove ALIAS, --kind or --note; usage: \(usage)")
        }
        let change = try context.workbench.annotateSpeaker(speaker, adding: aliases, removing: removed,
                                                           kind: arguments.value("kind"), note: arguments.value("note"))
        context.print(EntityText.describe(change))
    }
}
