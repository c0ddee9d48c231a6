/// A pattern of attributed speech. Each rule reads one paragraph and proposes candidates.
protocol Rule {
    /// The name recorded with accepted suggestions.
    var name: String { get }
    func candidates(in paragraph: Span, of text: ScalarText) -> [Candidate]
}
