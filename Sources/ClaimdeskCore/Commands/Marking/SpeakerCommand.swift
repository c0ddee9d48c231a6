/// `speaker ID NAME [--mention TEXT|START..END]`: sets who made the claim.
public enum SpeakerCommand: Command {
    public static let name = "speaker"
    public static let usage = "speaker ID NAME [--mention TEXT|START..END] | speaker ID --clear"
    public static let summary = "set a claim's speaker (a name or alias; new names become speakers)"
    public static let group = CommandGroup.marking
    public static let example = #"speaker 3 "Zhou Hongyi" --mention Zhou"#
    public static let options = [
        OptionSpec("mention", value: "TEXT|START..END", help: "where the speaker is named, nearest occurrence to the claim"),
        OptionSpec("clear", help: "remove the speaker"),
    ]

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 2, usage: usage)
        let reference = try arguments.positional(0, named: "ID", usage: usage)
        let name = arguments.has("clear") ? nil : try EntityName.validate(try arguments.positional(1, named: "NAME", usage: usage), what: "speaker")
        let claim = try context.claim(reference)
        let text = try context.workbench.text(of: claim.docID)
        let mention = try arguments.value("mention").map { value throws(ClaimdeskError) in
            try NearestSpan.find(value, near: claim.state.span, in: text, what: "--mention")
        }
        let newSpeaker = try NewSpeakerHint(name, context)
        try ClaimChange.apply(reference, action: "speaker", context) { state, scope in
            state.speaker = try name.map { try SpeakerRows.canonicalName(scope.db, name: $0) }
            if name == nil || mention != nil {
                state.speakerStart = mention?.lowerBound
                state.speakerEnd = mention?.upperBound
            }
        }
        try newSpeaker.print(context)
    }
}
