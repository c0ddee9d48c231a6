/// `search QUERY [--claims] [--status S]… [--speaker NAME] [--doc ID]… [--limit N]`: ranked full-text search over the project.
///
/// ```
/// search "common prosperity" OR wealth*
/// search Zhou --claims --status supported
/// ```
public enum SearchCommand: Command {
    public static let name = "search"
    public static let usage = #"search QUERY [--claims] [--status S]… [--speaker NAME] [--doc ID]… [--limit N]"#
    public static let summary = #"ranked search of every document (or, with --claims, of claims' text, rationale and notes): words, "phrases", prefix*, AND, OR, NOT; case, accents and quote styles fold; `claim #K` marks hit K"#
    public static let group = CommandGroup.documents
    public static let example = #"search "common prosperity" NOT Xi"#
    public static let options = [
        OptionSpec("claims", help: "search claims' text, rationale and evidence notes instead of documents"),
        OptionSpec("status", value: "S", help: "only claims with this status (repeatable; implies --claims)", repeatable: true),
        OptionSpec("speaker", value: "NAME", help: "only claims by this speaker, name or alias (implies --claims)"),
        OptionSpec("doc", value: "ID", help: "only this document (repeatable; also reaches superseded versions)", repeatable: true),
        OptionSpec("limit", value: "N", help: "show at most N hits (default 20)"),
    ]

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        guard !arguments.positionals.isEmpty else { throw .badInput("missing QUERY; \(SearchQuery.usage)") }
        var request = SearchRequest(query: try SearchQuery.parse(arguments.positionals))
        request.statuses = try arguments.values("status").map(VerificationStatus.parse)
        request.speaker = arguments.value("speaker")
        request.claims = arguments.has("claims") || !request.statuses.isEmpty || request.speaker != nil
        request.documents = try arguments.values("doc").map(DocumentReference.parse)
        request.limit = try arguments.count("limit") ?? request.limit
        let hits = try context.workbench.search(request)
        context.lastFind = hits.map { FoundSpan(docID: $0.docID, range: $0.range) }
        let shown = arguments.positionals.map { $0.quoted && !$0.text.contains("\"") ? "\"\($0.text)\"" : $0.text }.joined(separator: " ")
        guard !hits.isEmpty else {
            context.print("no \(request.claims ? "claim" : "document") matches \(shown)")
            return
        }
        let documents = Set(hits.map(\.docID)).count
        context.print("\(hits.count.counted("hit")) for \(shown) in \(documents.counted("document"))\(hits.count == request.limit ? " (the best \(request.limit); --limit N shows more)" : ""):")
        for (index, hit) in hits.enumerated() {
            context.print("  #\(index + 1)  " + (try describe(hit, request.query, context)))
        }
    }

    private static func describe(_ hit: SearchHit, _ query: SearchQuery, _ context: CommandContext) throws(ClaimdeskError) -> String {
        let place = try HitPlace(docID: hit.docID, range: hit.range, context)
        guard let claim = hit.claim else { return "\(place.location)  \(place.snippet)" }
        let head = "claim \(claim.id)  \(place.location)  \(claim.state.status.rawValue)"
        guard let note = hit.note else { return "\(head)  \(place.snippet)" }
        let marked = Workbench.occurrences(of: query, in: note).first.map { FindCommand.snippet($0, in: DocumentText(note)) } ?? ClaimText.quote(note)
        return "\(head)  in notes: \(marked)"
    }
}
