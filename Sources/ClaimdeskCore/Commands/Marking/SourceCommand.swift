
/// `source ID NAME [--via TEXT] [--kind K] [--url U] [--primary]`: adds a link to the attribution chain.
///
/// `--primary` without `--via` on a source already in the chain marks that link as the primary record.
public enum SourceCommand: Command {
    public static let name = "source"
    public static let usage = "source ID NAME [--via TEXT] [--kind KIND] [--url URL] [--primary]"
    public static let summary = "add a source to a claim's attribution chain (in order, nearest the speaker first)"
    public static let group = CommandGroup.marking
    public static let example = #"source 3 "Xinhua News Agency" --via "meeting note" --kind publication"#
    public static let options = [
        OptionSpec("via", value: "TEXT", help: "how the claim came through this source (\"phone interview\")"),
        OptionSpec("kind", value: "KIND", help: "publication, statement, interview, document, …"),
        OptionSpec("url", value: "URL", help: "the source's address"),
        OptionSpec("primary", help: "the primary record of the words (a transcript, the meeting note); marks the link already in the chain, if any"),
    ]

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 2, usage: usage)
        let reference = try arguments.positional(0, named: "ID", usage: usage)
        let name = try EntityName.validate(try arguments.positional(1, named: "NAME", usage: usage), what: "source")
        let (kind, url) = (arguments.value("kind"), arguments.value("url"))
        try ClaimChange.apply(reference, action: "source", context) { state, scope in
            let sourceID = try SourceRows.resolveOrCreate(scope.db, name: name)
            if kind != nil || url != nil {
                try scope.db.execute("UPDATE sources SET kind = coalesce(?, kind), url = coalesce(?, url) WHERE id = ?",
                                     [kind, url, sourceID])
            }
            let link = SourceLink(name: try SourceRows.canonicalName(scope.db, name: name), via: arguments.value("via"), primary: arguments.has("primary"))
            if link.primary, link.via == nil, let index = state.sources.firstIndex(where: { $0.name == link.name }) {
                state.sources[index].primary = true
            } else {
                state.sources.append(link)
            }
        }
    }
}
