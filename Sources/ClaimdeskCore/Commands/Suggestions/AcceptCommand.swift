import ClaimdeskSuggest

/// `accept N… | all [--speaker NAME]`: marks suggestions of the last `suggest` as claims.
public enum AcceptCommand: Command {
    public static let name = "accept"
    public static let usage = "accept N… | accept all [--speaker NAME]"
    public static let summary = "mark suggestions of the last `suggest` as claims (origin: suggested); --speaker corrects the speaker"
    public static let group = CommandGroup.marking
    public static let example = "accept 1 3 7"
    public static let options = [OptionSpec("speaker", value: "NAME", help: "use this speaker instead of the suggested one")]

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        let (docID, chosen) = try SuggestionPicker.pick(arguments, context, usage: usage)
        try accept(chosen, in: docID, speaker: arguments.value("speaker"), context)
    }

    static func accept(_ suggestions: [Suggestion], in docID: Int64, speaker: String?, _ context: CommandContext) throws(ClaimdeskError) {
        let newSpeaker = try NewSpeakerHint(speaker, context)
        let claims = try context.workbench.accept(suggestions, in: docID, speaker: speaker)
        for claim in claims { context.print("claim \(claim.id) \(ClaimText.describe(claim))") }
        try newSpeaker.print(context)
        if let last = claims.last { context.touched(last) }
        try SeenBefore.hint(claims, context)
        context.print("accepted \(claims.count.counted("suggestion")); run `suggest` again for the rest")
    }
}
