import Foundation

/// The title or affiliation written beside a name, kept as a new speaker's note.
///
/// `, founder of the influential nongovernmental organization Beijing Yirenping Center, in a phone interview with VOA Mandarin`
/// gives `founder of the influential nongovernmental organization Beijing Yirenping Center`: the note stops where a
/// circumstance (`, in …`, `, on …`) begins. A relative clause (`, who proposed the plan in March`) is no title: no note.
enum Apposition {
    private static let circumstance = Patterns.regex(#",\s+(?:in|on|at|during|via|by|who|which|whose|when|where|speaking|according)\b"#)

    /// A name, not a party and state code (`Rep. Ada Lund, R-NY, said`, `D-Calif.`) or a party and state
    /// (`Senator Ida Marsh, Republican of North Dakota, said`).
    private static let bareName = Patterns.regex(#"^(?![RDI]-\p{Lu})(?!(?:Republican|Democrat|Democratic|Independent)\s+of\b)"# + Patterns.name + "$")

    /// The speaker and note of `mention, apposition,`: in `the mayor of Vila Seca, Rui Costa, said` the apposition is only a
    /// name, so it is the speaker (and the mention was a place); otherwise the mention speaks and the apposition is its note.
    static func speaker(_ mention: Span, apposition: Span?, in text: ScalarText) -> (mention: Span, note: String?) {
        guard let apposition else { return (mention, nil) }
        let inside = text.trimmed(Span(apposition.start + 1, apposition.end - 1))
        if text.firstMatch(bareName, in: inside) != nil { return (inside, nil) }
        return (mention, note(apposition, in: text))
    }

    /// `In a statement to the Ledger, her chief of staff, Owen Pratt, said:`, `In a statement, Nils Berg, a spokesman
    /// for the Varga campaign, said:`: when the mention read is the object of an opening phrase's preposition (`to the Ledger`,
    /// `In a statement`), the speaker is the name in the apposition (`Owen Pratt`), and the rest of it is the note.
    /// Nil when the mention is no such object or the apposition holds no name.
    static func speaker(afterOpening mention: Span, apposition: Span?, in text: ScalarText) -> (mention: Span, note: String?)? {
        guard let apposition, isObjectOfPreposition(mention, text) else { return nil }
        let parts = commaSeparatedParts(of: text.trimmed(Span(apposition.start + 1, apposition.end - 1)), text)
        guard let name = parts.first(where: { text.firstMatch(bareName, in: $0) != nil }) else { return nil }
        let note = parts.filter { $0 != name }.map(text.slice).joined(separator: ", ")
        return (name, note.isEmpty ? nil : note)
    }

    private static func isObjectOfPreposition(_ mention: Span, _ text: ScalarText) -> Bool {
        openingPrepositions.contains(text.slice(text.wordBeforeArticle(mention.start)).lowercased())
    }

    private static let openingPrepositions: Set<String> = ["in", "to", "with", "at", "for", "from", "on", "during", "after"]

    private static func commaSeparatedParts(of span: Span, _ text: ScalarText) -> [Span] {
        var parts: [Span] = []
        var start = span.start
        for index in span.start..<span.end where text.scalars[index] == "," {
            parts.append(text.trimmed(Span(start, index)))
            start = index + 1
        }
        return parts + [text.trimmed(Span(start, span.end))]
    }

    static func note(_ span: Span?, in text: ScalarText) -> String? {
        guard let span else { return nil }
        let body = text.trimmed(Span(span.start + 1, span.end))
        let cut = text.firstMatch(circumstance, in: body)?.whole.start ?? body.end
        let note = text.slice(text.trimmed(Span(body.start, cut))).trimmingCharacters(in: CharacterSet(charactersIn: ", "))
        let first = note.split(separator: " ").first.map(String.init) ?? ""
        return note.isEmpty || ["who", "which", "whose", "when", "where"].contains(first) ? nil : note
    }
}
