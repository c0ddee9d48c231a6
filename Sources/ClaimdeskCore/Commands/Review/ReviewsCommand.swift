/// `reviews`: claims awaiting review (needs_review) or disputed.
public enum ReviewsCommand: Command {
    public static let name = "reviews"
    public static let usage = "reviews [--doc ID]"
    public static let summary = "list claims awaiting review or disputed"
    public static let group = CommandGroup.review
    public static let example = "reviews"
    public static let options = [OptionSpec("doc", value: "ID", help: "only this document")]

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 0, usage: usage)
        let filter = ClaimFilter(docID: try arguments.value("doc").map(DocumentReference.parse), reviewStates: [.needs_review, .disputed])
        try ClaimListing.print(filter, context)
    }
}
