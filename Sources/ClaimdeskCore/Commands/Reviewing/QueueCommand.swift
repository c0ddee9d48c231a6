/// `queue [--status S | --attribution] [--doc ID]`: steps through claims one by one, with one-key answers.
///
/// While the queue is open: `s STATUS [NOTE…]` sets the status, `r [NOTE…]` refutes,
/// `n` skips, `q` leaves; any other command runs as usual. With `--attribution` the queue walks the
/// claims whose attribution is unverified, and `s` sets the attribution status (`r`: misattributed).
/// A queue counts its claims up to 10,000: `queue 1/10000+` beyond (see ``ReviewQueue/countLimit``).
public enum QueueCommand: Command {
    public static let name = "queue"
    public static let usage = "queue [--status S | --attribution] [--doc ID]   then: s STATUS [NOTE…] | r [NOTE…] | n | q"
    public static let summary = "step through unverified claims in context: s STATUS, r (refuted), n (skip), q (quit)"
    public static let group = CommandGroup.reviewing
    public static let example = "queue   (then: s supported matches the readout)"
    public static let options = [
        OptionSpec("status", value: "S", help: "step through claims with this status (default unverified)"),
        OptionSpec("attribution", help: "step through unverified attributions instead; s sets the attribution status, r = misattributed"),
        OptionSpec("doc", value: "ID", help: "only this document"),
    ]

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 0, usage: usage)
        let attribution = arguments.has("attribution")
        if attribution && arguments.has("status") {
            throw .badInput("queue walks either statuses or attributions; give --status S or --attribution, not both")
        }
        let status = try arguments.value("status").map(VerificationStatus.parse) ?? .unverified
        var filter = ClaimFilter(statuses: attribution ? [] : [status], docID: try arguments.value("doc").map(DocumentReference.parse))
        if attribution { filter.attributions = [.unverified] }
        guard let queue = try ReviewQueue.open(filter, attribution: attribution, context.workbench) else {
            context.print(attribution ? "no unverified attributions: the queue is empty" : "no \(status.rawValue) claims: the queue is empty")
            return
        }
        context.adjudication = nil
        context.queue = queue
        try QueueAnswers.presentCurrent(context)
    }
}
