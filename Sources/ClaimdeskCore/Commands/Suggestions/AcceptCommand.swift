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
        printWithoutSpeaker(claims, context)
        context.print("accepted \(claims.count.counted("suggestion")); run `suggest` again for the rest")
    }

    /// `claims 4, 9 have no speaker: \`speaker 4 NAME\` names one`: suggestions the suggester found no speaker for are
    /// accepted all the same (nothing is skipped), and said so.
    private static func printWithoutSpeaker(_ claims: [Claim], _ context: CommandContext) {
        let ids = claims.filter { $0.state.speaker == nil }.map(\.id)
        guard let first = ids.first else { return }
        let list = ids.map(String.init).joined(separator: ", ")
        context.print("\(ids.count == 1 ? "claim \(list) has" : "claims \(list) have") no speaker: `speaker \(first) NAME` names one")
    }
}
