/// A pattern of reported speech. Each rule reads one paragraph and proposes claims in the writer's words.
protocol ClauseRule: Sendable {
    /// The name recorded with the suggestions this rule makes.
    var name: String { get }
    func candidates(in paragraph: Paragraph, of text: ScalarText) -> [Candidate]
}
