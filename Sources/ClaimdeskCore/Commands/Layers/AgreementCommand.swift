import Foundation

/// `agreement [--doc ID]… [--reviewers A,B,…] [--format text|json]`: inter-annotator agreement of the layers.
///
/// ```
/// agreement --format json
/// {"documents":1,"reviewers":["ana","ben"],"pairs":[{"a":"ana","b":"ben",…}],"status_alpha":1.0,"token_alpha":0.9121}
/// ```
public enum AgreementCommand: Command {
    public static let name = "agreement"
    public static let usage = "agreement [--doc ID]… [--reviewers A,B,…] [--format text|json]"
    public static let summary = "agreement of the reviewers' layers: span F1, kappa and speaker agreement per pair; alpha on status and tokens"
    public static let group = CommandGroup.layers
    public static let example = "agreement --format json"
    public static let options = [
        OptionSpec("doc", value: "ID", help: "only this document (repeatable; default: every assigned document)", repeatable: true),
        OptionSpec("reviewers", value: "A,B,…", help: "only these reviewers, in this order (default: everyone assigned, by name)"),
        OptionSpec("format", value: "FORMAT", help: "text (default) or json (the figures contract: keys fixed, 4 decimals, null where undefined)"),
    ]

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 0, usage: usage)
        let format = arguments.value("format") ?? "text"
        guard ["text", "json"].contains(format) else { throw .badInput("unknown format '\(format)'; use --format text or --format json") }
        let docIDs = try arguments.values("doc").map(DocumentReference.parse)
        let reviewers = arguments.value("reviewers").map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        let report = try context.workbench.agreement(docIDs: docIDs, reviewers: reviewers)
        if format == "json" {
            context.print(report.json)
        } else {
            report.lines.forEach(context.print)
        }
    }
}
