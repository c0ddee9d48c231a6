import ClaimdeskSuggest

/// What a running command can use: the workbench, the output, and the session's memory.
public final class CommandContext {
    public let workbench: Workbench
    public let output: CommandOutput
    /// Whether to colour output (an interactive terminal without `NO_COLOR`).
    public var colors: Bool
    /// The numbered hits of the last `find`, `search` or `similar`, for `claim #2`.
    public var lastFind: [FoundSpan]?
    /// The paragraph last shown, for `next` and `prev`.
    public var lastParagraph: (docID: Int64, number: Int)?
    /// The numbered candidates of the last `suggest`, for `accept` and `reject`.
    public var lastSuggestions: (docID: Int64, suggestions: [Suggestion])?
    /// The claim most recently touched, for `last`.
    public var lastClaimID: Int64?
    /// The open review queue, if any.
    public var queue: ReviewQueue?
    /// The open adjudication walk, if any.
    public var adjudication: AdjudicationWalk?
    /// Set by `quit`.
    public var quitRequested = false

    public init(workbench: Workbench, output: CommandOutput, colors: Bool = false) {
        self.workbench = workbench
        self.output = output
        self.colors = colors
    }

    public func print(_ text: String) { output.line(text) }

    /// Prints a line given as (valid) UTF-8 bytes: what a listing of a million lines builds.
    public func print(utf8 line: UnsafeBufferPointer<UInt8>) { output.line(utf8: line) }

    /// A claim from a command argument: a number, an id prefix, or `last`.
    public func claim(_ reference: String) throws(ClaimdeskError) -> Claim {
        if reference == "last" {
            guard let lastClaimID else { throw .badInput("no claim touched yet in this session; give a claim number") }
            return try workbench.claim(String(lastClaimID))
        }
        let found = try workbench.claim(reference)
        lastClaimID = found.id
        return found
    }

    /// Records the claim a command just changed, for `last`.
    public func touched(_ claim: Claim) {
        lastClaimID = claim.id
    }
}
