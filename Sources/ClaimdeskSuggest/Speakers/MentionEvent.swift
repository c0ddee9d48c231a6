/// Something the text says about people as it goes, outside quotations, that speaker resolution keeps up with:
/// a name (`Port director Helen Marsh, who has run the authority since 2019, called …`) or a pronoun (`Kim repeated her warning`).
enum MentionEvent {
    /// A name; `canBeReferredTo` when it is not a place, an object, an addressee or an owner (`in Santa Rita`,
    /// `told VOA Mandarin`, `Varga’s deputy`), so that a later "he" or "she" may mean this person.
    case name(NameReading, canBeReferredTo: Bool)
    case pronoun(Span, Gender)

    var offset: Int {
        switch self {
        case .name(let reading, _): reading.span.start
        case .pronoun(let span, _): span.start
        }
    }

    /// As `\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Hh]imself|[Hh]erself)\b`, read without a regular expression.
    private static let pronouns: Set<String> = ["he", "she", "his", "her", "him", "himself", "herself"]
    private static let cueWords = Set(Lexicon.speechVerbs)

    /// The events of a text in order, headings and quotations left out.
    static func scan(_ text: ScalarText, _ paragraphs: [Paragraph]) -> [MentionEvent] {
        paragraphs.filter { !$0.isHeading }.flatMap { paragraph in
            let outside = { (span: Span) in !paragraph.quotes.contains { $0.outer.contains(span) } }
            let names = text.allMatches(Patterns.nameRun, in: paragraph.span).map(\.whole).filter(outside).flatMap { people(in: $0, text) }.compactMap { run in
                NameReading(run, in: text).map { MentionEvent.name($0, canBeReferredTo: canBeReferredTo($0, run, text)) }
            }
            let pronouns = text.wholeWords(pronouns, capitalised: true, in: paragraph.span).filter(outside).compactMap { span in
                Gender(word: text.slice(span).lowercased()).map { MentionEvent.pronoun(span, $0) }
            }
            return (names + pronouns).sorted { $0.offset < $1.offset }
        }
    }

    /// `Mr. Tom Reyes and Mei Tanaka` names two people; `National Development and Reform Commission` one organisation.
    private static func people(in run: Span, _ text: ScalarText) -> [Span] {
        guard text.slice(run).contains(" and "), let reading = NameReading(run, in: text), !reading.isOrganisation else { return [run] }
        return text.slice(run).components(separatedBy: " and ").reduce(into: [Span]()) { parts, part in
            let start = parts.last.map { $0.end + " and ".unicodeScalars.count } ?? run.start
            parts.append(Span(start, start + part.unicodeScalars.count))
        }
    }

    private static func canBeReferredTo(_ reading: NameReading, _ run: Span, _ text: ScalarText) -> Bool {
        guard !reading.isOrganisation, !reading.isPossessive, !reading.isPlace else { return false }
        let previous = text.wordBefore(run.start)
        return !Lexicon.beforePlaceOrObject.contains(text.slice(previous)) && !Self.cueWords.contains(text.slice(previous))
    }
}
