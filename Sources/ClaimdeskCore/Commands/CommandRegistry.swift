/// Every command, and the runner that turns a line into a command call.
///
/// ```swift
/// try CommandRegistry.run(line: #"status 3 refuted --note "see evidence""#, context)
/// ```
public enum CommandRegistry {
    nonisolated(unsafe) public static let commands: [any Command.Type] = [
        ImportCommand.self, ReviseCommand.self, DocsCommand.self, OpenCommand.self, ShowCommand.self, NextCommand.self, PrevCommand.self, FindCommand.self,
        SearchCommand.self, ClaimCommand.self, SuggestCommand.self, AcceptCommand.self, RejectCommand.self, ExtendCommand.self, ShrinkCommand.self, FragmentCommand.self, SpeakerCommand.self, SourceCommand.self, TagCommand.self, DeleteCommand.self,
        StatusCommand.self, AttributionCommand.self, EvidenceCommand.self, QueueCommand.self, ClaimsCommand.self, SimilarCommand.self, ReuseCommand.self, HistoryCommand.self, UndoCommand.self, RedoCommand.self,
        SpeakersCommand.self, AliasCommand.self, MergeSpeakersCommand.self,
        SubmitCommand.self, ApproveCommand.self, DisputeCommand.self, ReviewsCommand.self, LogCommand.self, VerifyCommand.self,
        AssignCommand.self, DoneCommand.self, AssignmentsCommand.self, AgreementCommand.self, AdjudicateCommand.self,
        ExportCommand.self, ImportAnnotationsCommand.self, CopyCommand.self, ReportCommand.self,
        HelpCommand.self, QuitCommand.self,
    ]

    /// The command called `name`, or an error with the nearest name.
    public static func command(named name: String) throws(ClaimdeskError) -> any Command.Type {
        guard let command = lookup(name) else { throw unknown(name) }
        return command
    }

    private static func lookup(_ name: String) -> (any Command.Type)? {
        let wanted = name == "exit" ? QuitCommand.name : name
        return commands.first { $0.name == wanted }
    }

    private static func unknown(_ name: String) -> ClaimdeskError {
        let hint = NearestWord.find(name, among: commands.map { $0.name }).map { "did you mean `\($0)`? " } ?? ""
        return .badInput("unknown command '\(name)'; \(hint)type `help` for the list")
    }

    /// Runs one line. Blank lines and comments do nothing.
    public static func run(line: String, _ context: CommandContext) throws(ClaimdeskError) {
        try run(tokens: try CommandTokenizer.split(line), context)
    }

    /// Runs words the shell already split (`claimdesk --project P status 3 refuted`).
    ///
    /// A word with white space in it was quoted on the shell's command line, so it counts as quoted.
    public static func run(words: [String], _ context: CommandContext) throws(ClaimdeskError) {
        try run(tokens: words.map { Token($0, quoted: $0.contains(where: \.isWhitespace)) }, context)
    }

    private static func run(tokens: [Token], _ context: CommandContext) throws(ClaimdeskError) {
        guard let first = tokens.first else { return }
        if try QueueAnswers.handle(tokens, context) { return }
        if try AdjudicationAnswers.handle(tokens, context) { return }
        let command = try command(named: first.text)
        let arguments = try CommandArguments.parse(Array(tokens.dropFirst()), options: command.options, command: command.name)
        try command.run(arguments, context)
    }
}
