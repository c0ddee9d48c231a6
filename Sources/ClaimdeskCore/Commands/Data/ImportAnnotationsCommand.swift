/// `import-annotations PATH [--format jsonl|doccano|brat] [--map LABEL=ROLE,…]`: brings claims in from a file, all or nothing.
///
/// ```
/// import-annotations exports/sample/claims.jsonl
/// import-annotations doccano.jsonl --format doccano --map QUOTE=claim,PER=speaker,CUE=cue
/// import-annotations exports/sample/claims-brat/f58fc03a-75f6-bb61-7783-e76cbc817084.ann --format brat
/// ```
public enum ImportAnnotationsCommand: Command {
    public static let name = "import-annotations"
    public static let usage = "import-annotations PATH [--format jsonl|doccano|brat] [--map LABEL=claim|speaker|cue,…] [--layer REVIEWER]"
    public static let summary = "import claims from a claimdesk JSONL export, doccano JSONL or brat standoff into matching documents (all or nothing)"
    public static let group = CommandGroup.data
    public static let example = "import-annotations exports/sample/claims.jsonl"
    public static let options = [
        OptionSpec("format", value: "FORMAT", help: "jsonl (claimdesk's export, the default), doccano, or brat (PATH is the .ann, with the .txt beside it)"),
        OptionSpec("layer", value: "REVIEWER", help: "bring the claims in as this reviewer's layer (assigning them to the documents), for `agreement`"),
        OptionSpec("map", value: "LABEL=ROLE,…", help: "labels to claim, speaker or cue, e.g. Quote=claim,Speaker=speaker (brat default: Claim=claim,Speaker=speaker,Cue=cue)"),
    ]

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 1, usage: usage)
        let path = try arguments.positional(0, named: "PATH", usage: usage)
        let format = arguments.value("format") ?? "jsonl"
        let progress = format == "brat" ? nil : context.workbench.progress("import-annotations", unit: "lines")
        let read: ((ImportedClaim) throws -> Void) throws -> Void
        switch format {
        case "jsonl": read = { store in try JSONLAnnotationReader.forEach(path: path, progress: progress, store) }
        case "doccano":
            let map = try LabelMap.parse(arguments.value("map") ?? "claim=claim,speaker=speaker,cue=cue")
            read = { store in try DoccanoReader.forEach(path: path, map: map, progress: progress, store) }
        case "brat":
            let claims = try BratReader.read(path: path, map: try LabelMap.parse(arguments.value("map") ?? "Claim=claim,Speaker=speaker,Cue=cue"))
            read = { store in try claims.forEach(store) }
        case let other: throw .badInput("import-annotations reads --format jsonl, doccano or brat, not '\(other)'")
        }
        progress?.start(total: AnnotationFile.lineCount(path))
        let summary: AnnotationImportSummary
        do {
            defer { progress?.finish() }
            summary = try context.workbench.importClaims(from: path, layer: arguments.value("layer"), read)
        }
        try SeenBefore.hint(imported: summary.claimIDs, context)
        context.print("imported \(summary.claims) claim\(summary.claims == 1 ? "" : "s") with \(summary.events) event\(summary.events == 1 ? "" : "s") from \(path)")
    }
}
