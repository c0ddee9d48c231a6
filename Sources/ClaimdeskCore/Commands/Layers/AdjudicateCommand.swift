/// `adjudicate DOC`: walks the disagreements of a document's layers, one at a time, into its main layer.
///
/// Claims every layer agrees on (same span, speaker and status) are taken at once. Then, for each
/// disagreement, the versions are numbered 1, 2, …: `1` takes the first, `e 1` takes it to edit with the
/// usual commands, `x` drops them all, `q` leaves (run `adjudicate DOC` again to go on). When nothing is
/// left, the main layer is the document's claims (what `export` writes); the adjudicator is on every event.
public enum AdjudicateCommand: Command {
    public static let name = "adjudicate"
    public static let usage = "adjudicate DOC   then: N (take version N) | e N (take, then edit) | x (drop) | q"
    public static let summary = "walk the layers' disagreements into the document's main layer: take one version, edit it, or drop"
    public static let group = CommandGroup.layers
    public static let example = "adjudicate 1   (then: 2 takes ben's version)"

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 1, usage: usage)
        let docID = try DocumentReference.parse(try arguments.positional(0, named: "DOC", usage: usage))
        let agreed = try context.workbench.settleAgreed(docID)
        if agreed > 0 { context.print("took \(agreed.counted("claim")) every layer agrees on") }
        let items = try context.workbench.adjudicationItems(docID)
        context.queue = nil
        context.adjudication = AdjudicationWalk(docID: docID, items: items)
        try AdjudicationAnswers.presentCurrent(context)
    }
}
