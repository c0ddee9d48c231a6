/// `status ID STATUS [--note TEXT]`: sets the verification status, with rationale.
public enum StatusCommand: Command {
    public static let name = "status"
    public static let usage = "status ID STATUS [--note TEXT]"
    public static let summary = "set the verification status: " + VerificationStatus.allCases.map(\.rawValue).joined(separator: ", ")
    public static let group = CommandGroup.reviewing
    public static let example = #"status 3 supported --note "Alibaba announced the 100bn yuan pledge on Sept. 2""#
    public static let options = [OptionSpec("note", value: "TEXT", help: "the rationale")]

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 2, usage: usage)
        let reference = try arguments.positional(0, named: "ID", usage: usage)
        let status = try VerificationStatus.parse(try arguments.positional(1, named: "STATUS", usage: usage))
        let note = arguments.value("note")
        try ClaimChange.apply(reference, action: "status", context) { state, _ in
            state.status = status
            if let note { state.rationale = note }
        }
    }
}
