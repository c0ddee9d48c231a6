/// `source ID NAME [--via TEXT] [--kind K] [--url U]`: adds a link to the attribution chain, or
/// updates a source the claim already cites.
public enum SourceCommand: Command {
    public static let name = "source"
    public static let usage = "source ID NAME [--via TEXT] [--kind KIND] [--url URL]"
    public static let summary = "add a source to a claim's attribution chain (in order, nearest the speaker first); with --kind/--url on a source the claim cites, update the source"
    public static let group = CommandGroup.marking
    public static let example = #"source 3 "Xinhua News Agency" --via "meeting note" --kind publication"#
    public static let options = [
        OptionSpec("via", value: "TEXT", help: "how the claim came through this source (\"phone interview\")"),
        OptionSpec("kind", value: "KIND", help: "publication, statement, interview, document, … (changes the source for every claim)"),
        OptionSpec("url", value: "URL", help: "the source's address (changes the source for every claim)"),
    ]

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 2, usage: usage)
        let reference = try arguments.positional(0, named: "ID", usage: usage)
        let name = try context.workbench.canonicalSourceName(
            try EntityName.validate(try arguments.positional(1, named: "NAME", usage: usage), what: "source"))
        let (via, kind, url) = (arguments.value("via"), arguments.value("kind"), arguments.value("url"))
        let claim = try context.claim(reference)
        let cited = claim.state.sources.filter { $0.name == name }
        if kind != nil || url != nil, cited.contains(where: { via == nil || $0.via == via }) {
            let change = try context.workbench.updateSource(name, kind: kind, url: url)
            context.print(EntityText.describe(change))
            return
        }
        try ClaimChange.apply(reference, action: "source", context) { state, scope in
            if state.sources.contains(SourceLink(name: name, via: via)) {
                let how = via.map { " via \"\($0)\"" } ?? " without --via"
                throw ClaimdeskError.refused("claim \(claim.id) already cites \"\(name)\"\(how); give another --via, or --kind/--url to change the source")
            }
            let sourceID = try SourceRows.resolveOrCreate(scope.db, name: name)
            try Workbench.setSourceDetails(scope, source: EntityReference(kind: .source, id: sourceID), kind: kind, url: url)
            state.sources.append(SourceLink(name: name, via: via))
        }
    }
}
