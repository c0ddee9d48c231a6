/// `import-annotations PATH [--format jsonl|doccano|brat|labelstudio] [--map LABEL=ROLE,…]`: brings claims in from a file
/// (brat: a file or a folder), all or nothing.
///
/// ```
/// import-annotations exports/sample/claims.jsonl
/// import-annotations doccano.jsonl --format doccano --map QUOTE=claim,PER=speaker,CUE=cue
/// import-annotations exports/sample/claims-brat/f58fc03a-75f6-bb61-7783-e76cbc817084.ann --format brat
/// import-annotations polnear/data/dev --format brat --map Content=claim,Source=speaker,Cue=cue,Discard=ignore,Discuss=ignore --import-documents
/// import-annotations project-1.json --format labelstudio --map Quote=claim,Person=speaker
/// ```
public enum ImportAnnotationsCommand: Command {
    public static let name = "import-annotations"
    public static let usage = "import-annotations PATH [--format jsonl|doccano|brat|labelstudio] [--map LABEL=claim|speaker|cue|ignore,…] [--layer REVIEWER] [brat: --layer-from-suffix --skip-unmapped --import-documents] [labelstudio: --text-key KEY --skip-unreconciled --skip-unmapped --layer-from-annotator] [--seen-before]"
    public static let summary = "import claims from a claimdesk JSONL export, doccano JSONL, brat standoff or Label Studio JSON into matching documents (all or nothing)"
    public static let group = CommandGroup.data
    public static let example = "import-annotations exports/sample/claims.jsonl"
    public static let options = [
        OptionSpec("format", value: "FORMAT", help: "jsonl (claimdesk's export, the default), doccano, brat (PATH is a NAME.ann with its NAME.txt, or a folder of them, read recursively), or labelstudio (its JSON export; UTF-16 offsets become code points)"),
        OptionSpec("layer", value: "REVIEWER", help: "bring the claims in as this reviewer's layer (assigning them to the documents), for `agreement`"),
        OptionSpec("map", value: "LABEL=ROLE,…", help: "labels (brat: entity types and event roles, EVENT.ROLE or ROLE) to claim, speaker, cue or ignore, e.g. Content=claim,Source=speaker,Cue=cue,Discard=ignore (brat and labelstudio default: Claim=claim,Speaker=speaker,Cue=cue)"),
        OptionSpec("text-key", value: "KEY", help: "labelstudio: the task's data field holding the document (default: its one text field, or text)"),
        OptionSpec("skip-unreconciled", help: "labelstudio: import the rest when some spans fit the text neither in UTF-16 nor in code points (listed)"),
        OptionSpec("skip-unmapped", help: "brat and labelstudio: import the rest when some labels (brat: types, event roles) have no role in --map or some results have no place (counted; without it, they are refused)"),
        OptionSpec("layer-from-suffix", help: "brat: NAME_ANNOTATOR.ann goes to reviewer layer ANNOTATOR (one file per annotator of NAME.txt)"),
        OptionSpec("import-documents", help: "brat: a .txt whose document the project lacks is imported too (same transaction)"),
        OptionSpec("seen-before", help: "check every imported claim against the checked claims and print a `seen before` line for each near-identical one (without it, an import of more than 100 claims is not checked: one similarity search per claim)"),
        OptionSpec("layer-from-annotator", help: "labelstudio: each annotation of a task becomes its annotator's layer (tasks annotated twice)"),
    ]

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 1, usage: usage)
        let path = try arguments.positional(0, named: "PATH", usage: usage)
        let format = arguments.value("format") ?? "jsonl"
        if format != "labelstudio", let option = ["text-key", "skip-unreconciled", "layer-from-annotator"].first(where: arguments.has) {
            throw .badInput("--\(option) goes with --format labelstudio only")
        }
        if format != "brat", let option = ["layer-from-suffix", "import-documents"].first(where: arguments.has) {
            throw .badInput("--\(option) goes with --format brat only")
        }
        let progress = ["brat", "labelstudio"].contains(format) ? nil : context.workbench.progress("import-annotations", unit: "lines")
        let read: ((ImportedClaim) throws -> Void) throws -> Void
        var tally: BratTallyBox?
        switch format {
        case "jsonl": read = { store in try JSONLAnnotationReader.forEach(path: path, progress: progress, store) }
        case "doccano":
            let map = try LabelMap.parse(arguments.value("map") ?? "claim=claim,speaker=speaker,cue=cue")
            read = { store in try DoccanoReader.forEach(path: path, map: map, progress: progress, store) }
        case "brat": (read, tally) = try brat(path, arguments, context)
        case "labelstudio":
            let claims = try labelStudioClaims(path, arguments, context)
            read = { store in try claims.forEach(store) }
        case let other: throw .badInput("import-annotations reads --format jsonl, doccano, brat or labelstudio, not '\(other)'")
        }
        progress?.start(total: AnnotationFile.lineCount(path))
        let summary: AnnotationImportSummary
        do {
            defer { progress?.finish() }
            summary = try context.workbench.importClaims(from: path, layer: arguments.value("layer"), importDocuments: arguments.has("import-documents"), read)
        }
        try SeenBefore.hint(imported: summary.claimIDs, everyOne: arguments.has("seen-before"), context)
        context.print("imported \(summary.claims.counted("claim")) with \(summary.events.counted("event")) from \(path)")
        for line in tally?.tally?.summary(documents: summary.documents, importedDocuments: summary.importedDocuments) ?? [] { context.print(line) }
    }

    /// Reads a brat file or folder a file at a time as the import stores it; its tally is filled in as it goes
    /// (unmapped types refuse the whole import, counted over every file, unless skipped).
    private static func brat(_ path: String, _ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError)
        -> (((ImportedClaim) throws -> Void) throws -> Void, BratTallyBox) {
        if arguments.has("layer-from-suffix") && arguments.has("layer") { throw .badInput("--layer and --layer-from-suffix exclude each other; give one") }
        let corpus = try BratCorpus(path: path, layerFromSuffix: arguments.has("layer-from-suffix"))
        let workbench = context.workbench
        let map = try LabelMap.parse(arguments.value("map") ?? "Claim=claim,Speaker=speaker,Cue=cue")
        let skipUnmapped = arguments.has("skip-unmapped")
        // Read before the import's transaction opens, and only when some .ann has no .txt to go by.
        let candidates = corpus.entries.contains { $0.text == nil }
            ? try workbench.documents().map { document throws(ClaimdeskError) in try workbench.text(of: document.id).string } : []
        let box = BratTallyBox()
        let read: ((ImportedClaim) throws -> Void) throws -> Void = { store in
            box.tally = try corpus.forEach(map: map, skipUnmapped: skipUnmapped, candidates: candidates, store)
        }
        return (read, box)
    }

    /// The tally a brat import fills in while it reads.
    final class BratTallyBox {
        var tally: BratTally?
    }

    /// The claims of a Label Studio export, after listing what is left aside; unreconciled spans refuse the file unless skipped.
    private static func labelStudioClaims(_ path: String, _ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) -> [ImportedClaim] {
        guard !(arguments.has("layer-from-annotator") && arguments.value("layer") != nil) else {
            throw .badInput("--layer and --layer-from-annotator exclude each other; give one")
        }
        let options = LabelStudioReader.Options(map: try LabelMap.parse(arguments.value("map") ?? "Claim=claim,Speaker=speaker,Cue=cue"),
                                                textKey: arguments.value("text-key"), skipUnmapped: arguments.has("skip-unmapped"),
                                                layerFromAnnotator: arguments.has("layer-from-annotator"))
        let reading = try LabelStudioReader.read(path: path, options: options)
        let skip = arguments.has("skip-unreconciled")
        for line in reading.unreconciled { context.print(skip ? "skipped: \(line)" : line) }
        guard skip || reading.unreconciled.isEmpty else {
            let count = reading.unreconciled.count
            throw .badInput("\(count.counted("result")) of \(path) \(count == 1 ? "has a span" : "have spans") that fit the text neither in UTF-16 units nor in code points, or continue such a span (listed above); nothing was imported: correct them in Label Studio, or pass --skip-unreconciled to import the rest")
        }
        for line in reading.leftAside { context.print(line) }
        return reading.claims
    }
}
