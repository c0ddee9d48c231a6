/// `done DOC`: marks your layer of a document finished.
public enum DoneCommand: Command {
    public static let name = "done"
    public static let usage = "done DOC"
    public static let summary = "mark your layer of a document in double annotation finished"
    public static let group = CommandGroup.layers
    public static let example = "done 1"

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 1, usage: usage)
        let docID = try DocumentReference.parse(try arguments.positional(0, named: "DOC", usage: usage))
        let mine = try context.workbench.markDone(docID)
        let waiting = try context.workbench.assignments(of: docID).filter { $0.doneAt == nil }.map(\.reviewer)
        context.print("\(mine.reviewer)'s layer of document \(docID) done (\(mine.claims.counted("claim")))"
            + (waiting.isEmpty ? "; every layer is done: `adjudicate \(docID)`" : "; waiting for \(waiting.joined(separator: ", "))"))
    }
}
