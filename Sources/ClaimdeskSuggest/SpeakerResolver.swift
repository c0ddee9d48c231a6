import Foundation

/// Turns a mention ("he", "Zhou", "the state-owned news outlet China Daily") into a speaker.
///
/// Pronouns take the most recent compatible speaker; a surname takes the full name
/// given earlier in the text or a known speaker's alias; a new full name becomes a
/// proposed speaker with the title or affiliation written beside it as its note.
struct SpeakerResolver {
    let known: [KnownSpeaker]
    let text: ScalarText
    private(set) var lastPerson: SuggestedSpeaker?
    private(set) var lastGroup: SuggestedSpeaker?
    private var lastSeenPeople: [SuggestedSpeaker] = []
    private static let nameRegex = Lexicon.regex(Lexicon.name)

    init(known: [KnownSpeaker], text: ScalarText) {
        self.known = known
        self.text = text
    }

    mutating func resolve(_ mention: Span, note: String? = nil) -> SuggestedSpeaker? {
        let raw = text.slice(mention)
        let lowered = raw.lowercased()
        if Lexicon.pronouns.contains(lowered) {
            let resolved = lowered == "they" ? (lastGroup ?? lastPerson) : lastPerson
            return resolved.map { SuggestedSpeaker(name: $0.name, mention: mention, isNew: $0.isNew, note: nil, kind: $0.kind) }
        }
        if Lexicon.groups.contains(lowered) {
            return remember(SuggestedSpeaker(name: lowered, mention: mention, isNew: !isKnown(lowered), note: nil, kind: "group"))
        }
        if let organisation = described(mention) { return organisation }
        guard let (nameSpan, name) = properName(in: mention) else { return nil }
        let full = fullName(for: name, before: mention.start)
        let kind = Lexicon.organisationWords.contains { full.contains($0) } ? "organisation" : "person"
        let speaker = SuggestedSpeaker(name: full, mention: nameSpan, isNew: !isKnown(full), note: isKnown(full) ? nil : note, kind: kind)
        return remember(speaker)
    }

    private mutating func remember(_ speaker: SuggestedSpeaker) -> SuggestedSpeaker {
        if speaker.kind == "person" {
            lastPerson = speaker
            lastSeenPeople.append(speaker)
        } else {
            lastGroup = speaker
        }
        return speaker
    }

    /// An organisation named by a description ("the national weather service"), as written without "the".
    private mutating func described(_ mention: Span) -> SuggestedSpeaker? {
        var words = text.slice(mention).split(separator: " ").map(String.init)
        if words.first?.lowercased() == "the" { words.removeFirst() }
        guard let last = words.last, last.first?.isLowercase == true, Lexicon.organisationWords.contains(last) else { return nil }
        let name = words.joined(separator: " ")
        return remember(SuggestedSpeaker(name: name, mention: mention, isNew: !isKnown(name), note: nil, kind: "organisation"))
    }

    /// The last run of capitalised words in the mention, without "The", possessives and titles before the name.
    private func properName(in mention: Span) -> (Span, String)? {
        guard let last = text.matches(Self.nameRegex, in: mention).last?[0] else { return nil }
        var words = text.slice(last).split(separator: " ").map(String.init)
        if let title = words.dropLast().lastIndex(where: Lexicon.titles.contains) { words.removeFirst(title + 1) }
        while let first = words.first, words.count > 1, first == "The" || first.hasSuffix("’s") || first.hasSuffix("'s") { words.removeFirst() }
        let name = words.joined(separator: " ")
        let start = last.end - name.unicodeScalars.count
        return (Span(start, last.end), name)
    }

    /// A later mention of a person already resolved ("Kim" after "Laura Kim") makes them the one "she" refers to.
    mutating func noteMention(_ span: Span) {
        let name = text.slice(span)
        guard let person = lastSeenPeople.last(where: { $0.name == name || $0.name.split(separator: " ").contains { $0 == name } }) else { return }
        lastPerson = person
    }

    /// A known speaker's name for an alias, or the fuller name earlier in the text that contains this one.
    private func fullName(for name: String, before offset: Int) -> String {
        if let speaker = known.first(where: { $0.name.caseInsensitiveCompare(name) == .orderedSame || $0.aliases.contains { $0.caseInsensitiveCompare(name) == .orderedSame } }) {
            return speaker.name
        }
        guard !name.contains(" ") else { return name }
        let earlier = text.matches(Self.nameRegex, in: Span(0, offset)).compactMap { $0[0] }.map { properName(in: $0)?.1 ?? "" }
        return earlier.last { candidate in candidate.split(separator: " ").count > 1 && candidate.split(separator: " ").contains { $0 == name } } ?? name
    }

    private func isKnown(_ name: String) -> Bool {
        known.contains { $0.name.caseInsensitiveCompare(name) == .orderedSame }
    }
}
