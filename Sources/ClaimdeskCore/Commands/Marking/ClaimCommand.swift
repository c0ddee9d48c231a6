/// `claim SELECTOR [options]`: marks a claim in the current document; pieces joined by `+` mark a
/// discontinuous one (`claim "“X,” " + "“Y.”"`, `claim 10..20+31..40`).
public enum ClaimCommand: Command {
    public static let name = "claim"
    public static let usage = #"claim "exact text" | START..END | "first" .. "last" | #K | PIECE + PIECE … (#K + #L …) [--speaker NAME] [--source NAME] [--status STATUS] [--note TEXT] [--tag TAG]"#
    public static let summary = "mark a claim in the current document (pieces joined by + for one with gaps); prints its id and span"
    public static let group = CommandGroup.marking
    public static let example = #"claim "Common prosperity means" .. "a few people," --speaker "Xi Jinping" --source "Xinhua meeting note" --cue said"#
    public static let options = [
        OptionSpec("speaker", value: "NAME", help: "who made the claim (name or alias)"),
        OptionSpec("source", value: "NAME", help: "a source it came through (repeat for a chain)", repeatable: true),
        OptionSpec("status", value: "STATUS", help: "verification status (default unverified)"),
        OptionSpec("note", value: "TEXT", help: "rationale for the status"),
        OptionSpec("tag", value: "TAG", help: "a tag (repeatable)", repeatable: true),
        OptionSpec("nth", value: "K", help: "which occurrence of the text (1 = first)"),
        OptionSpec("cue", value: "TEXT|START..END", help: "the cue (\"said\"), nearest occurrence to the claim"),
        OptionSpec("mention", value: "TEXT|START..END", help: "where the speaker is named, nearest occurrence"),
        OptionSpec("quote", value: "direct|indirect", help: "quote type"),
        OptionSpec("doc", value: "ID", help: "another document than the current one"),
    ]

    public static func run(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) {
        let (docID, pieces) = try selectPieces(arguments, context)
        let text = try context.workbench.text(of: docID)
        var draft = ClaimDraft(fragments: pieces)
        let range = draft.range
        draft.speaker = arguments.value("speaker")
        draft.sources = arguments.values("source").map { SourceLink(name: $0) }
        draft.status = try arguments.value("status").map(VerificationStatus.parse) ?? .unverified
        draft.rationale = arguments.value("note")
        draft.tags = arguments.values("tag")
        draft.quoteType = try arguments.value("quote").map(QuoteType.parse)
        draft.cue = try arguments.value("cue").map { cue throws(ClaimdeskError) in try NearestSpan.find(cue, near: range, in: text, what: "--cue") }
        draft.speakerMention = try arguments.value("mention").map { mention throws(ClaimdeskError) in
            try NearestSpan.find(mention, near: range, in: text, what: "--mention")
        }
        let newSpeaker = try NewSpeakerHint(draft.speaker, context)
        let claim = try context.workbench.createClaim(in: docID, draft: draft)
        context.touched(claim)
        context.print("claim \(claim.id) \(ClaimText.describe(claim))")
        try newSpeaker.print(context)
        try SeenBefore.hint([claim], context)
    }

    /// The document and pieces to mark: a hit of the last `find`, `search` or `similar` (`#K`), or selectors in the current document.
    private static func selectPieces(_ arguments: CommandArguments, _ context: CommandContext) throws(ClaimdeskError) -> (Int64, [Range<Int>]) {
        let positionals = arguments.positionals
        if positionals.isEmpty || positionals.allSatisfy({ !$0.quoted && ($0.text.hasPrefix("#") || $0.text == "+") }) {
            return try hitPieces(positionals.filter { $0.text != "+" }.map(\.text), plusses: positionals.count { $0.text == "+" }, arguments, context)
        }
        let document = try CurrentDocument.resolve(arguments, context)
        let nth = try arguments.count("nth", example: 2)
        return (document.id, try FragmentSelector.parse(positionals, nth: nth).resolve(in: try context.workbench.text(of: document.id)))
    }

    /// `#K` (or nothing), or `#K + #L …`: hits of the last `find`, `search` or `similar`, as the pieces of one claim.
    private static func hitPieces(_ references: [String], plusses: Int, _ arguments: CommandArguments,
                                  _ context: CommandContext) throws(ClaimdeskError) -> (Int64, [Range<Int>]) {
        guard plusses == max(0, references.count - 1) else { throw .badInput("join hits with + between them: claim #1 + #3") }
        var hits: [FoundSpan] = []
        for reference in references.isEmpty ? [nil] : references.map(Optional.some) { hits.append(try findHit(reference, context)) }
        if let other = hits.first(where: { $0.docID != hits[0].docID }) {
            throw .badInput("the hits are in documents \(hits[0].docID) and \(other.docID); a claim's pieces are in one document")
        }
        if let doc = arguments.value("doc"), try DocumentReference.parse(doc) != hits[0].docID {
            throw .badInput("hit \(references.first ?? "#1") is in document \(hits[0].docID), not \(doc); drop --doc or pick another hit")
        }
        return (hits[0].docID, hits.map(\.range))
    }

    /// `#K` (or nothing): hit K of the last `find`, `search` or `similar`.
    private static func findHit(_ reference: String?, _ context: CommandContext) throws(ClaimdeskError) -> FoundSpan {
        guard let hits = context.lastFind, !hits.isEmpty else {
            throw .badInput("missing selector; usage: \(SpanSelector.usage) (or `find TEXT` first, then `claim #K`)")
        }
        guard let reference else {
            guard hits.count == 1 else { throw .badInput("the last find has \(hits.count) hits; pick one: claim #1 … claim #\(hits.count)") }
            return hits[0]
        }
        guard let index = Int(reference.dropFirst()), (1...hits.count).contains(index) else {
            throw .badInput("'\(reference)' is not a hit of the last find; use #1 … #\(hits.count)")
        }
        return hits[index - 1]
    }
}
