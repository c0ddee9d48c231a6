/// Turns a mention ("he", "Zhou", "analysts", "the bank", "the state-owned news outlet China Daily") into a speaker.
///
/// It reads the text in order (`advance(to:)`), keeping up with the people and organisations named so far:
/// - `he` / `she` take the most recent person of that gender or of a gender not yet known, and then that person's
///   gender is known (also from a title, `Mrs`, or a word in the note, `spokeswoman`); `they` takes the most recent group
///   or organisation that spoke, `it` the organisation named last;
/// - a single name (`Zhou`) takes a project speaker with that name or alias, else the most recent person whose name holds
///   it, else a fuller name written earlier;
/// - `the bank` takes the most recent organisation with that word in its name (`Central Bank of Norland`); a longer
///   description (`the statistics office`) is its own organisation;
/// - a name nobody knows is a new speaker, with the apposition or title beside it as its note.
struct SpeakerResolver {
    private struct Person {
        let name: String
        var gender: Gender?
        /// Where the text last named or referred to this person.
        var seenAt = 0
    }

    private let known: [KnownSpeaker]
    private let text: ScalarText
    private let events: [MentionEvent]
    private var nextEvent = 0
    /// Where the reading has got to: the offset of the last event taken in, or of the mention being resolved.
    private var position = 0
    /// Most recent last.
    private var people: [Person] = []
    private var organisations: [String] = []
    private var lastCollective: SuggestedSpeaker?
    private static let group = Patterns.regex("^" + Patterns.group + "$")
    private static let description = Patterns.regex("^(?:" + Patterns.description + ")$")
    private static let count = Patterns.regex("^" + Patterns.count + "$")

    /// `labels`: a transcript's speaker labels (`MCCAIN`), no names the text goes on with (`it` is not `MCCAIN`).
    init(known: [KnownSpeaker], text: ScalarText, paragraphs: [Paragraph], labels: [Span] = []) {
        self.known = known
        self.text = text
        events = MentionEvent.scan(text, paragraphs).filter { event in !labels.contains { $0.start <= event.offset && event.offset < $0.end } }
    }

    /// Takes in what the text says before `offset`.
    mutating func advance(to offset: Int) {
        while nextEvent < events.count, events[nextEvent].offset < offset {
            position = events[nextEvent].offset
            switch events[nextEvent] {
            case .name(let reading, let canBeReferredTo): noteName(reading, canBeReferredTo: canBeReferredTo)
            case .pronoun(_, let gender): _ = person(for: gender)
            }
            nextEvent += 1
        }
    }

    mutating func resolve(_ mention: Span, note: String?) -> SuggestedSpeaker? {
        position = mention.start
        let said = text.slice(mention)
        if let gender = Gender(word: said.lowercased()), Lexicon.personalPronouns.contains(said.lowercased()) {
            return person(for: gender).map { speaker($0, mention: mention, kind: .person) }
        }
        if said.lowercased() == "it" {
            return organisations.last.map { SuggestedSpeaker(name: $0, mention: mention, isNew: knownName($0) == nil, note: nil, kind: .organisation) }
        }
        if Lexicon.collectivePronouns.contains(said.lowercased()) {
            return lastCollective.map { SuggestedSpeaker(name: $0.name, mention: mention, isNew: $0.isNew, note: nil, kind: $0.kind) }
        }
        if text.firstMatch(Self.group, in: mention) != nil {
            let noun = said.split(whereSeparator: \.isWhitespace).last.map { $0.lowercased() } ?? said
            return remember(speaker(noun, mention: mention, kind: .group))
        }
        if text.firstMatch(Self.count, in: mention) != nil || said.lowercased().hasPrefix("those ") {
            return remember(speaker(said, mention: mention, kind: .group))
        }
        if text.firstMatch(Self.description, in: mention) != nil { return described(mention) }
        if let description = describedByLowerCaseHead(mention) { return description }
        guard let run = speakerName(in: mention), let reading = NameReading(run, in: text) else { return describedByAnyNoun(mention) }
        return named(reading, note: note)
    }

    /// A transcript's speaker label, a name in capitals, without its titles (kept as the note, unless a role is printed after
    /// the label: `CHRIS WALLACE, FOX NEWS ANCHOR`): `JAKE TAPPER` is `Jake Tapper`, a project speaker
    /// with that name or alias, and `PENCE` or `MR. PENCE` the person whose fuller name holds `Pence` (`Mike Pence`), as a
    /// single name is, whatever its capitals (`MCCAIN` is `John McCain`, `DE BLASIO` is `Bill de Blasio`).
    mutating func resolve(label mention: Span, role: String?) -> SuggestedSpeaker {
        position = mention.start
        let words = TranscriptTurn.titleCased(text.slice(mention)).split(separator: " ")
        let withoutFullStops = words.map { $0.hasSuffix(".") ? $0.dropLast() : $0 }
        let titles = withoutFullStops.prefix { Lexicon.titles.contains(String($0)) || Self.titleModifiers.contains(String($0)) }
            .prefix(words.count - 1)
        let name = words.dropFirst(titles.count).joined(separator: " ")
        let resolved = knownName(name) ?? fullName(of: name, before: mention.start, ignoringCase: true)
        promote(resolved, gender: Gender(anyOf: titles + (role ?? "").lowercased().split(separator: " ")))
        let note = role ?? (titles.isEmpty ? nil : words.prefix(titles.count).joined(separator: " "))
        return speaker(resolved, mention: mention, kind: .person, note: note)
    }

    /// Words that open a title in a label without being one: `VICE PRESIDENT MIKE PENCE`, `FORMER GOV. JEB BUSH`.
    private static let titleModifiers: Set<String> = ["Vice", "Former", "Deputy", "Acting"]

    /// The person named or referred to last (after `offset`), as a speaker with no mention: who a quote with no cue most
    /// likely goes on with.
    func lastNamedPerson(after offset: Int = 0) -> SuggestedSpeaker? {
        people.last.flatMap { $0.seenAt < offset ? nil : $0 }.map { SuggestedSpeaker(name: $0.name, mention: nil, isNew: knownName($0.name) == nil, note: nil, kind: .person) }
    }

    /// The last name in the mention; in a document's description only a name after `from` or `by`
    /// (`data from the Ardo Stock Exchange`, not `a study published in the journal Nature Climate Change`).
    private func speakerName(in mention: Span) -> Span? {
        let runs = text.allMatches(Patterns.nameRun, in: mention).map(\.whole)
        let leadingWords = text.slice(mention).split(whereSeparator: \.isWhitespace).prefix(3).map { $0.lowercased() }
        guard leadingWords.contains(where: Lexicon.documentNouns.contains) else { return runs.last }
        return runs.last { run in
            let before = text.wordBefore(run.start)
            let word = text.slice(before) == "the" ? text.slice(text.wordBefore(before.start)) : text.slice(before)
            return word == "from" || word == "by"
        }
    }

    private mutating func named(_ reading: NameReading, note: String?) -> SuggestedSpeaker {
        let isShortName = reading.isSingleWord && !reading.isOrganisation
        let name = knownName(reading.name) ?? (isShortName ? fullName(of: reading.name, before: reading.span.start) : reading.name)
        let note = note ?? reading.titles
        if reading.isOrganisation { return remember(speaker(name, mention: reading.span, kind: .organisation, note: note)) }
        if reading.isPlace { return speaker(name, mention: reading.span, kind: .person, note: note) }
        promote(name, gender: Gender(anyOf: (note ?? "").split(whereSeparator: { !$0.isLetter })))
        return speaker(name, mention: reading.span, kind: .person, note: note)
    }

    /// `the bank` after `Central Bank of Norland` is that bank, and so is `the bank's management`; `the company` is the
    /// organisation named last (a business noun is no part of a name); `the statistics office` is a speaker of its own;
    /// `Clinton’s campaign` is `Clinton campaign`, `a Democratic senator` a person, `Clinton’s aides` a group.
    private mutating func described(_ mention: Span) -> SuggestedSpeaker {
        let said = text.slice(mention)
        if let mark = said.firstIndex(where: { $0 == "’" || $0 == "'" }), said.first?.isUppercase == true,
           !Lexicon.determiners.contains(String(said.prefix { !$0.isWhitespace })) {
            let owner = said[..<mark]
            let rest = said[mark...].drop { !$0.isWhitespace }.split(whereSeparator: \.isWhitespace)
            let head = rest.last.map(String.init) ?? ""
            let name = ([owner] + rest).joined(separator: " ")
            let kind = Self.kind(ofOwned: head)
            return kind == .person ? speaker(name, mention: mention, kind: kind) : remember(speaker(name, mention: mention, kind: kind))
        }
        let words = said.split(whereSeparator: \.isWhitespace).dropFirst().map(String.init)
        let head = words.last ?? ""
        let owner = words.first.flatMap { ["’s", "'s"].contains(String($0.suffix(2))) ? String($0.dropLast(2)) : nil }
        if let noun = words.count == 1 ? head : owner, let organisation = organisation(called: noun) {
            return remember(speaker(organisation, mention: mention, kind: .organisation))
        }
        let name = words.joined(separator: " ")
        let noun = words.prefix { !Self.describingWords.contains($0) }.last ?? head
        if Lexicon.personNouns.contains(noun) { return speaker(name, mention: mention, kind: .person) }
        return remember(speaker(name, mention: mention, kind: .organisation))
    }

    /// What the head noun after an owner names: `Clinton’s spokesman` a person, `Clinton’s aides` a group, `Clinton’s
    /// campaign` an organisation.
    private static func kind(ofOwned head: String) -> SpeakerKind {
        if Lexicon.personNouns.contains(head) { return .person }
        return head.hasSuffix("s") && Lexicon.personNouns.contains(String(head.dropLast())) ? .group : .organisation
    }

    /// `The anti-abortion movement`, `the witness`: a description whose head is no word the lexicon knows is its own speaker
    /// all the same, when it opens with a determiner.
    private mutating func describedByAnyNoun(_ mention: Span) -> SuggestedSpeaker? {
        let first = text.slice(mention).prefix { !$0.isWhitespace }
        guard Lexicon.determiners.contains(String(first)), text.slice(mention).contains(" ") else { return nil }
        return described(mention)
    }

    /// `The GOP presidential front-runner`, `Protest groups`, `Twenty-four percent`, `one Trump confidant`: a mention whose
    /// last word is a lower-case noun names its speaker by that description, whatever capitalised words stand before it (a
    /// party, a name as a modifier, a number); the description is the speaker, and so is a document (`court documents`).
    /// `Ford itself` is Ford.
    private mutating func describedByLowerCaseHead(_ mention: Span) -> SuggestedSpeaker? {
        let words = text.slice(mention).split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count >= 2, let last = words.last, last.first?.isLowercase == true, !Self.reflexives.contains(last),
              !Self.notHeads.contains(last) else { return nil }
        if Lexicon.determiners.contains(words[0]) || words[0].hasSuffix("’s") || words[0].hasSuffix("'s") { return describedByAnyNoun(mention) ?? described(mention) }
        let name = words.joined(separator: " ")
        if Lexicon.personNouns.contains(last) { return speaker(name, mention: mention, kind: .person) }
        // A document (`court documents`) speaks, but is no organisation `the company` or `they` refers to later.
        if Lexicon.documentNouns.contains(last) { return speaker(name, mention: mention, kind: .organisation) }
        return remember(speaker(name, mention: mention, kind: last.hasSuffix("s") || last == "percent" ? .group : .organisation))
    }

    /// Words after which a description says which one: `source close to the campaign`, `man calling himself Paul Paul`.
    private static let describingWords: Set<String> = ["close", "familiar", "involved", "with", "of", "for", "from", "at", "in", "on", "calling"]
    private static let reflexives: Set<String> = ["itself", "himself", "herself", "themselves"]
    /// Words that end no description: `his words and`.
    private static let notHeads: Set<String> = ["and", "or", "but", "of", "the", "a", "an", "to", "in", "on", "at", "who", "which", "that"]

    /// The most recent organisation with `noun` in its name; for a business noun (`company`), else the most recent one.
    private func organisation(called noun: String) -> String? {
        organisations.last { $0.lowercased().split(separator: " ").contains { $0 == noun } }
            ?? (Lexicon.businessNouns.contains(noun) ? organisations.last : nil)
    }

    /// A name in the text: an organisation becomes the most recent one; a person who can be referred to, the most recent
    /// person (a single name only when it is someone's already, `Kim repeated her warning` after `Laura Kim`, or has a title:
    /// `Mr. Obama arrived`).
    private mutating func noteName(_ reading: NameReading, canBeReferredTo: Bool) {
        if reading.isOrganisation {
            promoteOrganisation(reading.name)
        } else if canBeReferredTo {
            let titled = reading.titles != nil ? reading.name : nil
            let fullName = reading.isSingleWord ? people.last(where: { holds($0.name, reading.name, false) })?.name ?? knownName(reading.name) ?? titled : reading.name
            if let fullName { promote(fullName, gender: Gender(anyOf: (reading.titles ?? "").split(separator: " "))) }
        }
    }

    /// The most recent person compatible with `gender`; from now on of that gender and the most recent.
    private mutating func person(for gender: Gender) -> String? {
        guard let person = people.last(where: { $0.gender == nil || $0.gender == gender }) else { return nil }
        promote(person.name, gender: gender)
        return person.name
    }

    private mutating func promote(_ name: String, gender: Gender?) {
        let earlier = people.last { $0.name == name }?.gender
        people.removeAll { $0.name == name }
        people.append(Person(name: name, gender: earlier ?? gender, seenAt: position))
    }

    private mutating func promoteOrganisation(_ name: String) {
        organisations.removeAll { $0 == name }
        organisations.append(name)
    }

    /// An organisation or group that spoke: the one `they` refers to next.
    private mutating func remember(_ speaker: SuggestedSpeaker) -> SuggestedSpeaker {
        if speaker.kind == .organisation { promoteOrganisation(speaker.name) }
        lastCollective = speaker
        return speaker
    }

    private func speaker(_ name: String, mention: Span, kind: SpeakerKind, note: String? = nil) -> SuggestedSpeaker {
        let isNew = !known.contains { $0.name.caseInsensitiveCompare(name) == .orderedSame }
        return SuggestedSpeaker(name: name, mention: mention, isNew: isNew, note: isNew ? note : nil, kind: kind)
    }

    /// A project speaker's name for this name or alias.
    private func knownName(_ name: String) -> String? {
        known.first { speaker in
            speaker.name.caseInsensitiveCompare(name) == .orderedSame || speaker.aliases.contains { $0.caseInsensitiveCompare(name) == .orderedSame }
        }?.name
    }

    /// The person whose fuller name holds this single name: the most recent one, else one written earlier in the text.
    /// A label in capitals is compared ignoring case (`MCCAIN` is `John McCain`), and may be the fuller name's last words
    /// (`DE BLASIO` is `Bill de Blasio`).
    private func fullName(of name: String, before offset: Int, ignoringCase: Bool = false) -> String {
        if let person = people.last(where: { holds($0.name, name, ignoringCase) }) { return person.name }
        let earlier = events.lazy.reversed().compactMap { event -> NameReading? in
            guard case .name(let reading, _) = event, reading.span.start < offset else { return nil }
            return reading
        }
        return earlier.first { !$0.isOrganisation && !$0.isSingleWord && holds($0.name, name, ignoringCase) }?.name ?? name
    }

    private func holds(_ fullName: String, _ name: String, _ ignoringCase: Bool) -> Bool {
        guard ignoringCase else { return fullName != name && fullName.split(separator: " ").contains { $0 == name } }
        return fullName != name && (fullName.split(separator: " ").contains { $0.caseInsensitiveCompare(name) == .orderedSame }
            || fullName.lowercased().hasSuffix(" " + name.lowercased()))
    }
}
