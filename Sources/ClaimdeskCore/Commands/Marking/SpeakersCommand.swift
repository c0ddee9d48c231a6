/// `speakers`: lists speakers with aliases and claim counts.
public enum SpeakersCommand: Command {
    public static let name = "speakers"
    public static let usage = "speakers"
    public static let summary = "list speakers with their aliases and claim counts"
    public static let group = CommandGroup.marking
    public static let example = "speakers"

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 0, usage: usage)
        let speakers = try context.workbench.speakers()
        for speaker in speakers {
            let aliases = speaker.aliases.isEmpty ? "" : " (also: \(speaker.aliases.joined(separator: ", ")))"
            let about = [speaker.kind, speaker.note].compactMap { $0 }.joined(separator: ", ")
            context.print("\(speaker.name)\(aliases)\(about.isEmpty ? "" : " — " + about): \(speaker.claims.counted("claim"))")
        }
        context.print("\(speakers.count.counted("speaker"))")
    }
}
