/// `tag ID TAG… [--remove]`: adds or removes tags.
public enum TagCommand: Command {
    public static let name = "tag"
    public static let usage = "tag ID TAG… [--remove]"
    public static let summary = "add tags to a claim (or remove them with --remove)"
    public static let group = CommandGroup.marking
    public static let example = "tag 3 economy pledge"
    public static let options = [OptionSpec("remove", help: "remove the tags instead")]

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        let reference = try arguments.positional(0, named: "ID", usage: usage)
        _ = try arguments.positional(1, named: "TAG", usage: usage)
        let tags = try arguments.positionals.dropFirst().map { token throws(ClaimdeskError) in try EntityName.validate(token.text, what: "tag") }
        let removing = arguments.has("remove")
        try ClaimChange.apply(reference, action: "tag", context) { state, _ in
            let current = Set(state.tags)
            state.tags = (removing ? current.subtracting(tags) : current.union(tags)).sorted()
        }
    }
}
