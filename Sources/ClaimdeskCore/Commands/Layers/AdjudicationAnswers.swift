/// The answers of an open adjudication walk: `N` takes version N, `e N` takes it to edit, `x` drops, `q` leaves.
enum AdjudicationAnswers {
    /// Handles an answer; returns false when the line is not one (it then runs as a command).
    static func handle(_ tokens: [Token], _ context: CommandContext) throws(ClaimdeskError) -> Bool {
        guard let walk = context.adjudication, let item = walk.current, let word = tokens.first?.text,
              word == "x" || word == "q" || word == "e" || Int(word) != nil else { return false }
        switch word {
        case "q":
            context.adjudication = nil
            context.print("left adjudication at \(walk.position + 1) of \(walk.items.count); `adjudicate \(walk.docID)` goes on")
            return true
        case "x":
            try context.workbench.settle(item, taking: nil)
            context.print("dropped")
        default:
            let number = word == "e" ? (tokens.count > 1 ? tokens[1].text : "") : word
            guard let index = Int(number), item.claims.indices.contains(index - 1) else {
                throw .badInput("pick a version from 1 to \(item.claims.count) (e N to edit it), x to drop, q to leave")
            }
            let taken = try context.workbench.settle(item, taking: index - 1)!
            context.touched(taken)
            context.print("claim \(taken.id) in the main layer" + (word == "e"
                ? ": edit it now (status \(taken.id) …, speaker \(taken.id) …, extend \(taken.id) …)" : ""))
        }
        context.adjudication?.position += 1
        try presentCurrent(context)
        return true
    }

    /// Prints the current disagreement with each version numbered, or closes a finished walk.
    static func presentCurrent(_ context: CommandContext) throws(ClaimdeskError) {
        guard let walk = context.adjudication else { return }
        guard let item = walk.current else {
            context.adjudication = nil
            if try context.workbench.finishAdjudication(walk.docID) {
                let count = try context.workbench.count(ClaimFilter(docID: walk.docID))
                context.print("document \(walk.docID) adjudicated: \(count.counted("claim")) in its main layer")
            } else {
                context.print("adjudication of document \(walk.docID) not finished; `adjudicate \(walk.docID)` goes on")
            }
            return
        }
        context.print("adjudicate \(walk.position + 1)/\(walk.items.count) in document \(walk.docID), differing: \(item.disagreements.joined(separator: ", "))")
        for (number, claim) in item.claims.enumerated() {
            context.print("  \(number + 1)) \(claim.layer ?? "main"): \(ClaimText.describe(claim))")
        }
        context.print("  N = take version N · e N = take, then edit · x = drop · q = leave")
    }
}
