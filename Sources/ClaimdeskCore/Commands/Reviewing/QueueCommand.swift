/// `queue [--status S] [--doc ID]`: steps through claims one by one, with one-key answers.
///
/// While the queue is open: `s STATUS [NOTE…]` sets the status, `r [NOTE…]` refutes,
/// `n` skips, `q` leaves; any other command runs as usual.
public enum QueueCommand: Command {
    public static let name = "queue"
    public static let usage = "queue [--status S] [--doc ID]   then: s STATUS [NOTE…] | r [NOTE…] | n | q"
    public static let summary = "step through unverified claims in context: s STATUS, r (refuted), n (skip), q (quit)"
    public static let group = CommandGroup.reviewing
    public static let example = "queue   (then: s supported matches the readout)"
    public static let options = [
        OptionSpec("status", value: "S", help: "step through claims with this status (default unverified)"),
        OptionSpec("doc", value: "ID", help: "only this document"),
    ]

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 0, usage: usage)
        let status = try arguments.value("status").map(VerificationStatus.parse) ?? .unverified
        let filter = ClaimFilter(statuses: [status], docID: try arguments.value("doc").map(DocumentReference.parse))
        guard let queue = try ReviewQueue.open(filter, context.workbench) else {
            context.print("no \(status.rawValue) claims: the queue is empty")
            return
        }
        context.queue = queue
        try QueueAnswers.presentCurrent(context)
    }
}
