/// A pattern of reported speech. Each rule reads one sentence (a paragraph seen through it, `Paragraph.window`) that holds
/// one of its trigger words, and proposes claims in the writer's words.
protocol ClauseRule: Sendable {
    /// The name recorded with the suggestions this rule makes.
    var name: String { get }
    /// Lower-case words of which a sentence must hold one for this rule to look at it (its cues).
    var triggers: Set<String> { get }
    /// Whether a sentence is worth reading (by default: it holds a trigger word).
    func reads(_ sentence: SentenceWords) -> Bool
    func candidates(in paragraph: Paragraph, of text: ScalarText) -> [Candidate]
}

extension ClauseRule {
    func reads(_ sentence: SentenceWords) -> Bool { sentence.holdsAny(of: triggers) }
}
