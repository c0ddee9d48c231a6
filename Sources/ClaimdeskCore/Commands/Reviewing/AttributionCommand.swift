/// `attribution ID STATUS [--note TEXT]`: sets whether the speaker really said the claim's words.
///
/// Kept apart from `status` (is it true?): a claim can be true and misattributed, or said and false.
/// Confirming an attribution with neither a primary source (`source ID NAME --primary`) nor evidence
/// about the attribution (`evidence ID REF --about attribution`) records it with a warning.
public enum AttributionCommand: Command {
    public static let name = "attribution"
    public static let usage = "attribution ID STATUS [--note TEXT]"
    public static let summary = "set whether the speaker really said it: " + AttributionStatus.allCases.map(\.rawValue).joined(separator: ", ")
    public static let group = CommandGroup.reviewing
    public static let example = #"attribution 1 confirmed --note "Xinhua's readout of the Aug. 17 meeting quotes Xi verbatim""#
    public static let options = [OptionSpec("note", value: "TEXT", help: "the attribution's rationale")]

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 2, usage: usage)
        let reference = try arguments.positional(0, named: "ID", usage: usage)
        let status = try AttributionStatus.parse(try arguments.positional(1, named: "STATUS", usage: usage))
        try set(reference, status, note: arguments.value("note"), context)
    }

    /// Records the attribution status (and rationale), warning when a confirmation rests on no record.
    static func set(_ reference: String, _ status: AttributionStatus, note: String?, _ context: CommandContext) throws(ClaimdeskError) {
        try ClaimChange.apply(reference, action: "attribution", context) { state, _ in
            state.attribution = status
            if let note { state.attributionRationale = note }
        }
        let claim = try context.claim(reference)
        if status == .confirmed && !claim.state.hasAttributionRecord {
            context.print("warning: claim \(claim.id) is confirmed on no record; mark the source that holds the words "
                          + "(`source \(claim.id) NAME --primary`) or add `evidence \(claim.id) REF --about attribution`")
        }
    }
}
