/// A pattern that attributes one quotation, by what stands before or after it.
/// The rules are tried in the order of `RuleBook.quoteRules`; the first that attributes a quote wins.
protocol QuoteRule: Sendable {
    /// The name recorded with the suggestions this rule makes.
    var name: String { get }
    func attribute(_ quote: QuoteSegment, in paragraph: Paragraph, of text: ScalarText) -> Candidate?
}
