/// `alias SPEAKER ALIAS…`: other names a speaker goes by.
public enum AliasCommand: Command {
    public static let name = "alias"
    public static let usage = "alias SPEAKER ALIAS…"
    public static let summary = "give a speaker aliases, so `--speaker Zhou` finds \"Zhou Hongyi\""
    public static let group = CommandGroup.marking
    public static let example = #"alias "Zhou Hongyi" Zhou"#

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        let speaker = try arguments.positional(0, named: "SPEAKER", usage: usage)
        _ = try arguments.positional(1, named: "ALIAS", usage: usage)
        let aliases = arguments.positionals.dropFirst().map(\.text)
        let name = try context.workbench.addAliases(aliases, to: speaker)
        context.print("speaker \"\(name)\" is also: \(aliases.joined(separator: ", "))")
    }
}
