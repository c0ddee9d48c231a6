/// A `he` or `she` inside a sentence, in a clause the sentence's subject governs, refers to that subject, not to the person
/// named last: `Moreno included the Azores on a list of places he said had sent fishermen …` (`he` is Moreno, not the
/// lawmaker quoted in the paragraph before), `Varga drafted new county rules to curb what she said were …`.
/// Only a subject that reads as a person's name (no organisation, place or description), after up to three opening phrases
/// (`At a rally in Eugene, Oregon, on Thursday afternoon, Moreno included …`), a pronoun that does not open the sentence,
/// and no other person named between them (`Pike asked whether Varga misled the panel when she testified`: `she`
/// is Varga, whom the resolver takes as the person named last).
///
/// ```swift
/// PronounSubject.subject(for: he, in: paragraph, text)   // the span of "Moreno"
/// ```
enum PronounSubject {
    private static let pronouns: Set<String> = ["he", "she"]
    private static let subject = Patterns.regex(#"^(?:[^,“”"]{1,100},\s*){0,3}(?:(?:But|And|Yet|So)\s+)?(?<mention>"# + Patterns.name + #")\s+\p{Ll}"#)

    /// The sentence's subject `pronoun` refers to, or nil when the pronoun is no such `he`/`she` or the subject is no person.
    static func subject(for pronoun: Span, in paragraph: Paragraph, _ text: ScalarText) -> Span? {
        guard pronouns.contains(text.slice(pronoun)),
              let subject = text.firstMatch(Self.subject, in: Span(paragraph.sentenceStart(before: pronoun.start, in: text), pronoun.start))?["mention"],
              isPerson(subject, text), !text.allMatches(Patterns.nameRun, in: Span(subject.end, pronoun.start)).contains(where: { isPerson($0.whole, text) })
        else { return nil }
        return subject
    }

    private static func isPerson(_ run: Span, _ text: ScalarText) -> Bool {
        guard let reading = NameReading(run, in: text) else { return false }
        return !reading.isOrganisation && !reading.isPlace && !reading.isPossessive
    }
}
