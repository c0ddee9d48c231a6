import Foundation

/// The title or affiliation written beside a name, kept as a new speaker's note.
///
/// `, founder of the influential nongovernmental organization Beijing Yirenping Center, in a phone interview with VOA Mandarin`
/// gives `founder of the influential nongovernmental organization Beijing Yirenping Center`: the note stops where a
/// circumstance (`, in …`, `, on …`) begins. A relative clause (`, who proposed the plan in March`) is no title: no note.
enum Apposition {
    private static let circumstance = Patterns.regex(#",\s+(?:in|on|at|during|via|by|who|which|whose|when|where|speaking|according)\b"#)

    /// A name, not a party and state code (`Rep. Chris Collins, R-NY, said`, `D-Calif.`) or a party and state
    /// (`Senator Lindsey Graham, Republican of South Carolina, said`).
    private static let bareName = Patterns.regex(#"^(?![RDI]-\p{Lu})(?!(?:Republican|Democrat|Democratic|Independent)\s+of\b)"# + Patterns.name + "$")

    /// The speaker and note of `mention, apposition,`: in `the mayor of Vila Seca, Rui Costa, said` the apposition is only a
    /// name, so it is the speaker (and the mention was a place); otherwise the mention speaks and the apposition is its note.
    static func speaker(_ mention: Span, apposition: Span?, in text: ScalarText) -> (mention: Span, note: String?) {
        guard let apposition else { return (mention, nil) }
        let inside = text.trimmed(Span(apposition.start + 1, apposition.end - 1))
        if text.firstMatch(bareName, in: inside) != nil { return (inside, nil) }
        return (mention, note(apposition, in: text))
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
