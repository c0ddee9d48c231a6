/// Where a hit stands, as `search` and `similar` print it: document, paragraph, offsets, and a one-line snippet with the match in brackets.
///
/// ```swift
/// let place = try HitPlace(docID: 1, range: 852..<859, context)
/// place.location   // "doc 1  ¶4  852..859"
/// place.snippet    // "…sed sum to the initiative and [step up] to help smaller firms thrive.…"
/// ```
struct HitPlace {
    let location: String
    let snippet: String

    init(docID: Int64, range: Range<Int>, _ context: CommandContext) throws(ClaimdeskError) {
        let text = try context.workbench.text(of: docID)
        let paragraph = (text.paragraphs().firstIndex { $0.contains(range.lowerBound) } ?? 0) + 1
        location = "doc \(docID)  ¶\(paragraph)  \(range.lowerBound)..\(range.upperBound)"
        snippet = FindCommand.snippet(range, in: text)
    }
}
