/// `similar ID [--limit N]`: the claims and unclaimed passages most like a claim, anywhere in the project.
///
/// ```
/// similar 3
/// claim #2        (marks passage #2 in its document)
/// ```
public enum SimilarCommand: Command {
    public static let name = "similar"
    public static let usage = "similar ID [--limit N]"
    public static let summary = "claims most like this one (near-identical wording, the quote trimmed differently) with their verdicts, and passages of other documents that repeat it with no claim yet; `claim #K` marks passage K"
    public static let group = CommandGroup.reviewing
    public static let example = "similar 3"
    public static let options = [OptionSpec("limit", value: "N", help: "show at most N results (default 10)")]

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 1, usage: usage)
        let claim = try context.claim(try arguments.positional(0, named: "ID", usage: usage))
        let results = try context.workbench.similar(to: claim.id, limit: try arguments.count("limit") ?? 10)
        context.lastFind = results.map { FoundSpan(docID: $0.docID, range: $0.range) }
        guard !results.isEmpty else {
            context.print("nothing like claim \(claim.id) elsewhere in the project")
            return
        }
        context.print("\(results.count) like claim \(claim.id) \(ClaimText.quote(ClaimFragments.joinedText(of: claim.state))):")
        for (index, result) in results.enumerated() {
            context.print("  #\(index + 1)  \(Int((result.score * 100).rounded()))%  " + (try describe(result, context)))
        }
    }

    private static func describe(_ result: SimilarResult, _ context: CommandContext) throws(ClaimdeskError) -> String {
        let place = try HitPlace(docID: result.docID, range: result.range, context)
        guard let claim = result.claim, let checked = result.checkedBy else {
            return "passage  \(place.location)  no claim yet  \(place.snippet)"
        }
        let rationale = claim.state.rationale.map { "  " + ClaimText.quote($0, limit: 40) } ?? ""
        return "claim \(claim.id)  \(place.location)  \(SeenBefore.verdict(claim, checked))\(rationale)  \(ClaimText.quote(ClaimFragments.joinedText(of: claim.state)))"
    }
}
