/// Checks shared by the reported-speech rules.
enum ReportedClause {
    /// Whether only spaces and commas stand between a quotation (not a title) and the mention:
    /// `”, he told VOA Mandarin` attributes that quotation; `titled “Holding the Line,” the bank said …` does not.
    static func followsQuote(_ mention: Span, in paragraph: Paragraph, _ text: ScalarText) -> Bool {
        var index = mention.start
        while index > paragraph.span.start, text.scalars[index - 1] == "," || text.isWhitespace(at: index - 1) { index -= 1 }
        return paragraph.quotes.contains { $0.outer.end == index && !$0.isTitle(in: text, paragraph: paragraph) }
    }
}
