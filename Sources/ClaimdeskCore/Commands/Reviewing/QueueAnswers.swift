/// The one-key answers of an open review queue.
enum QueueAnswers {
    /// Handles a queue answer; returns false when the line is not one (it then runs as a command).
    static func handle(_ tokens: [Token], _ context: CommandContext) throws(ClaimdeskError) -> Bool {
        guard let queue = context.queue, let claimID = queue.current, let word = tokens.first?.text,
              ["s", "r", "n", "q"].contains(word) else { return false }
        let note = tokens.dropFirst(word == "s" ? 2 : 1).map(\.text).joined(separator: " ")
        switch word {
        case "q":
            context.queue = nil
            context.print("left the queue at \(queue.position + 1) of \(queue.totalText)")
            return true
        case "s" where queue.attribution:
            guard tokens.count > 1 else { throw .badInput("say which attribution status: s confirmed (or r for misattributed, n to skip)") }
            try AttributionCommand.set(String(claimID), try AttributionStatus.parse(tokens[1].text), note: note.isEmpty ? nil : note, context)
        case "r" where queue.attribution:
            try AttributionCommand.set(String(claimID), .misattributed, note: note.isEmpty ? nil : note, context)
        case "s":
            guard tokens.count > 1 else { throw .badInput("say which status: s supported (or r for refuted, n to skip)") }
            try setStatus(claimID, try VerificationStatus.parse(tokens[1].text), note: note, context)
        case "r":
            try setStatus(claimID, .refuted, note: note, context)
        default:
            break
        }
        try context.queue?.advance(context.workbench)
        try presentCurrent(context)
        return true
    }

    private static func setStatus(_ claimID: Int64, _ status: VerificationStatus, note: String, _ context: CommandContext) throws(ClaimdeskError) {
        try ClaimChange.apply(String(claimID), action: "status", context) { state, _ in
            state.status = status
            if !note.isEmpty { state.rationale = note }
        }
    }

    /// Prints the current claim in context, or closes a finished queue.
    static func presentCurrent(_ context: CommandContext) throws(ClaimdeskError) {
        guard let queue = context.queue, let claimID = queue.current else {
            context.queue = nil
            context.print("queue done")
            return
        }
        let claim = try context.workbench.claim(String(claimID))
        context.touched(claim)
        let text = try context.workbench.text(of: claim.docID)
        let paragraph = text.paragraphs().first { $0.overlaps(claim.state.span) } ?? claim.state.span
        let window = text.withNeighbouringSentences(claim.state.span).clamped(to: paragraph.lowerBound..<max(paragraph.upperBound, claim.state.end))
        let summary = ClaimSummary(id: claim.id, docID: claim.docID, start: claim.state.start, end: claim.state.end, text: claim.state.text,
                                   status: claim.state.status, speaker: claim.state.speaker, reviewState: claim.state.reviewState,
                                   attribution: claim.state.attribution, fragments: claim.state.fragments)
        context.print("queue \(queue.position + 1)/\(queue.totalText): claim \(claim.id) \(ClaimText.describe(claim))")
        context.print("  " + ClaimMarkup(text: text, claims: [summary], colors: context.colors).render(window))
        context.print(queue.attribution ? "  s ATTRIBUTION [note] · r [note] = misattributed · n = skip · q = quit"
                                        : "  s STATUS [note] · r [note] = refuted · n = skip · q = quit")
    }
}
