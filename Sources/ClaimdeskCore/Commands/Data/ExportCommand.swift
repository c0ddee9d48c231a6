/// `export [--format F] [--status S]… [--split NAME=SHARE,… --seed N] [--out PATH]`: writes a dataset and prints its path.
///
/// ```
/// export --format csv --status refuted
/// export --format brat --out /tmp/brat
/// export --format labelstudio --as-predictions
/// export --split train=0.8,dev=0.1,test=0.1 --seed 42
/// ```
public enum ExportCommand: Command {
    public static let name = "export"
    public static let usage = "export [--format jsonl|csv|w3c|w3c-lines|claimreview|fever|averitec|brat|labelstudio [--as-predictions]] [--status S]… [--approved-only] [--review STATE]… [--speaker NAME] [--doc ID] [--with-history] [--layer REVIEWER] [--split NAME=SHARE,… [--seed N]] [--out PATH]"
    public static let summary = "write a dataset atomically with a manifest (default exports/PROJECT/claims.jsonl); prints its path"
    public static let group = CommandGroup.data
    public static let example = "export --status refuted --out /tmp/refuted.jsonl"
    public static let options = [
        OptionSpec("format", value: "FORMAT", help: "jsonl (default), csv, w3c, w3c-lines (one annotation a line), claimreview, fever, averitec, brat (a folder), labelstudio (tasks, with the labeling config beside)"),
        OptionSpec("status", value: "S", help: "only this status (repeatable)", repeatable: true),
        OptionSpec("speaker", value: "NAME", help: "only this speaker"),
        OptionSpec("doc", value: "ID", help: "only this document"),
        OptionSpec("out", value: "PATH", help: "a file (brat: a folder), or a folder ending in / for the default name"),
        OptionSpec("approved-only", help: "only claims approved in second review"),
        OptionSpec("review", value: "STATE", help: "only this review state (repeatable)", repeatable: true),
        OptionSpec("layer", value: "REVIEWER", help: "one reviewer's layer of the documents in double annotation (default: the main layer)"),
        OptionSpec("with-history", help: "add each claim's events as an `events` list (last key)"),
        OptionSpec("split", value: "NAME=SHARE,…", help: "one file per split, by document: train=0.8,dev=0.1,test=0.1"),
        OptionSpec("seed", value: "N", help: "the split's seed (default 0)"),
        OptionSpec("as-predictions", help: "labelstudio: write the claims as a model's predictions (pre-annotations to review) rather than annotations"),
    ]

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 0, usage: usage)
        var filter = try ClaimFilter(statuses: arguments.values("status").map(VerificationStatus.parse),
                                     speaker: arguments.value("speaker"),
                                     docID: arguments.value("doc").map(DocumentReference.parse),
                                     reviewStates: arguments.values("review").map(ReviewState.parse) + (arguments.has("approved-only") ? [.approved] : []))
        if let layer = arguments.value("layer") {
            guard try context.workbench.assignments().contains(where: { $0.reviewer == layer }) else {
                throw .badInput("no layer '\(layer)': no document is assigned to \(layer); `assignments` lists the reviewers")
            }
            filter.layers = .reviewer(layer)
        }
        var format = try ExportFormats.named(arguments.value("format") ?? "jsonl")
        if arguments.has("as-predictions") {
            guard format is LabelStudioExportFormat else { throw .badInput("--as-predictions goes with --format labelstudio only") }
            format = LabelStudioExportFormat(asPredictions: true)
        }
        let request = ExportRequest(format: format, filter: filter, out: arguments.value("out"), withHistory: arguments.has("with-history"))
        guard arguments.has("split") || !arguments.has("seed") else { throw .badInput("--seed goes with --split; add e.g. --split train=0.8,dev=0.1,test=0.1") }
        if let split = try arguments.value("split").map({ text throws(ClaimdeskError) in try DatasetSplit.parse(text, seed: try seed(arguments)) }) {
            for summary in try context.workbench.export(request, split: split) { report(summary, context) }
        } else {
            report(try context.workbench.export(request), context)
        }
    }

    private static func seed(_ arguments: CommandArguments) throws(ClaimdeskError) -> Int {
        guard let text = arguments.value("seed") else { return 0 }
        guard let seed = Int(text) else { throw .badInput("--seed takes a whole number, e.g. --seed 42") }
        return seed
    }

    private static func report(_ summary: ExportSummary, _ context: CommandContext) {
        context.print(summary.path)
        context.print("\(summary.records.counted("record")), sha256 \(summary.sha256); manifest \(summary.manifestPath)")
        if summary.skipped > 0, let reason = summary.skipReason {
            context.print("\(summary.skipped.counted("claim")) left out: \(reason)")
        }
    }
}
