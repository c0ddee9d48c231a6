/// `evidence ID URL-OR-TEXT [--stance S] [--note TEXT] [--about content|attribution]`: attaches evidence.
public enum EvidenceCommand: Command {
    public static let name = "evidence"
    public static let usage = "evidence ID URL-OR-TEXT [--stance supports|refutes|context] [--note TEXT] [--about content|attribution]"
    public static let summary = "attach evidence to a claim (default stance: context)"
    public static let group = CommandGroup.reviewing
    public static let example = #"evidence 3 https://www.reuters.com/… --stance supports --note "Alibaba statement""#
    public static let options = [
        OptionSpec("stance", value: "S", help: "supports, refutes or context"),
        OptionSpec("note", value: "TEXT", help: "what the evidence shows"),
        OptionSpec("about", value: "WHAT", help: "content (default: is it true?) or attribution (was it said, so?)"),
    ]

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        try arguments.expectPositionals(atMost: 2, usage: usage)
        let reference = try arguments.positional(0, named: "ID", usage: usage)
        let ref = try EntityName.validate(try arguments.positional(1, named: "URL-OR-TEXT", usage: usage), what: "evidence")
        let stance = try arguments.value("stance").map(EvidenceStance.parse) ?? .context
        let note = arguments.value("note")
        let about = try arguments.value("about").map(EvidenceAbout.parse) ?? .content
        let reviewer = context.workbench.reviewer
        try ClaimChange.apply(reference, action: "evidence", context) { state, scope in
            state.evidence.append(EvidenceItem(ref: ref, stance: stance, note: note, reviewer: reviewer, at: scope.at, about: about))
        }
    }
}
