/// `reject N…`: remembers suggestions as wrong so they are not proposed again.
public enum RejectCommand: Command {
    public static let name = "reject"
    public static let usage = "reject N… | reject all"
    public static let summary = "reject suggestions of the last `suggest`; they are not proposed again"
    public static let group = CommandGroup.marking
    public static let example = "reject 2"

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        let (docID, chosen) = try SuggestionPicker.pick(arguments, context, usage: usage)
        try context.workbench.reject(chosen, in: docID)
        context.print("rejected \(chosen.count.counted("suggestion")); run `suggest` again for the rest")
    }
}
