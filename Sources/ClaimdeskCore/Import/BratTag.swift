/// The tags that remember what a brat import brought beyond claimdesk's fields, so `export --format
/// brat` writes it back: entity types, events, relations, equivalences, and the attributes,
/// normalizations and notes of entities that are not the claim.
///
/// Spans are brat offsets (code points of the document with its line ends read as `\n`). An entity
/// is named relative to the claim: `claim`, `speaker`, `cue`, or `TYPE@START..END[,START..END]`.
///
/// ```
/// brat:claim=Content                       the claim's entity type (when not Claim)
/// brat:speaker=Source  brat:cue=Cue        its speaker mention's and cue's types (when not Speaker, Cue)
/// brat:E=Attribution Attribution@107..114 Content=claim Cue=cue Source=speaker
/// brat:R=Said Arg1=claim Arg2=Person@0..3
/// brat:*=Equiv speaker Source@40..43
/// brat:A=speaker Gender female            brat:N=speaker Reference Wikidata:Q76 Barack Obama
/// brat:#=cue ambiguous verb
/// ```
/// Attributes of the claim itself are plain tags `Name=Value` (`Name=true` for a binary one), and
/// its notes its rationale.
enum BratTag {
    enum Reference: Equatable {
        case claim, speaker, cue
        case span(type: String, fragments: [Range<Int>])

        var text: String {
            switch self {
            case .claim: "claim"
            case .speaker: "speaker"
            case .cue: "cue"
            case let .span(type, fragments): type + "@" + fragments.map { "\($0.lowerBound)..\($0.upperBound)" }.joined(separator: ",")
            }
        }

        init?(_ text: Substring) {
            switch text {
            case "claim": self = .claim
            case "speaker": self = .speaker
            case "cue": self = .cue
            default:
                guard let at = text.lastIndex(of: "@"), case let type = String(text[..<at]), !type.isEmpty else { return nil }
                let fragments = text[text.index(after: at)...].split(separator: ",").map { pair in
                    pair.split(separator: ".", omittingEmptySubsequences: true).compactMap { Int($0) }
                }
                guard !fragments.isEmpty, fragments.allSatisfy({ $0.count == 2 && $0[0] < $0[1] }) else { return nil }
                self = .span(type: type, fragments: fragments.map { $0[0]..<$0[1] })
            }
        }
    }

    /// A link kept as a tag: an event (with its trigger), a relation, or an equivalence (arguments without roles).
    struct Link {
        enum Kind: String { case event = "E", relation = "R", equivalence = "*" }
        let kind: Kind
        let type: String
        let trigger: Reference?
        let arguments: [(role: String?, entity: Reference)]

        var tag: String {
            var words = ["brat:\(kind.rawValue)=\(type)"]
            if let trigger { words.append(trigger.text) }
            words += arguments.map { ($0.role.map { $0 + "=" } ?? "") + $0.entity.text }
            return words.joined(separator: " ")
        }

        /// Whether an argument is the claim's speaker mention (or cue, …).
        func names(_ reference: Reference) -> Bool { arguments.contains { $0.entity == reference } }

        /// Reads `tag` back; nil for any other tag.
        init?(tag: String) {
            guard tag.hasPrefix("brat:"), case let body = tag.dropFirst(5), let equals = body.firstIndex(of: "="),
                  let kind = Kind(rawValue: String(body[..<equals])) else { return nil }
            var words = body[body.index(after: equals)...].split(separator: " ")
            guard !words.isEmpty else { return nil }
            let type = String(words.removeFirst())
            var trigger: Reference?
            if kind == .event {
                guard !words.isEmpty, let parsed = Reference(words.removeFirst()) else { return nil }
                trigger = parsed
            }
            var arguments: [(role: String?, entity: Reference)] = []
            for word in words {
                let pair = kind == .equivalence ? [word] : word.split(separator: "=", maxSplits: 1)
                guard let entity = Reference(pair.last!), kind == .equivalence || pair.count == 2 else { return nil }
                arguments.append((kind == .equivalence ? nil : String(pair[0]), entity))
            }
            self.init(kind: kind, type: type, trigger: trigger, arguments: arguments)
        }

        init(kind: Kind, type: String, trigger: Reference?, arguments: [(role: String?, entity: Reference)]) {
            (self.kind, self.type, self.trigger, self.arguments) = (kind, type, trigger, arguments)
        }
    }

    /// `brat:claim=Content` and the like: the brat type of the claim, its speaker mention or its cue.
    static func type(of role: Reference, _ type: String) -> String { "brat:\(role.text)=\(type)" }

    /// The type a claim's tags give one of its entities, or brat's default (`Claim`, `Speaker`, `Cue`).
    static func type(of role: Reference, in tags: [String]) -> String {
        let prefix = "brat:\(role.text)="
        if let tag = tags.first(where: { $0.hasPrefix(prefix) }) { return String(tag.dropFirst(prefix.count)) }
        return role == .claim ? "Claim" : role == .speaker ? "Speaker" : "Cue"
    }

    /// `brat:A=speaker Name Value`, `brat:N=…`, `brat:#=…`: a line about an entity other than the claim.
    static func about(_ kind: String, _ target: Reference, _ words: [String]) -> String {
        String((["brat:\(kind)=\(target.text)"] + words).joined(separator: " ").map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }

    /// `(kind, target, rest)` of an ``about(_:_:_:)`` tag.
    static func parseAbout(_ tag: String) -> (kind: String, target: Reference, rest: String)? {
        for kind in ["A", "N", "#"] where tag.hasPrefix("brat:\(kind)=") {
            let body = tag.dropFirst(7)
            let words = body.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
            guard let target = Reference(words[0]) else { return nil }
            return (kind, target, words.count > 1 ? String(words[1]) : "")
        }
        return nil
    }

    /// A claim attribute's tag: `Negated=true`, `Confidence=High`.
    static func attribute(_ name: String, _ value: String?) -> String { "\(name)=\(value ?? "true")" }

    /// `(name, value)` of a tag that reads as a brat attribute of the claim (`Name=Value`, Name a brat identifier).
    static func parseAttribute(_ tag: String) -> (name: String, value: String?)? {
        guard let equals = tag.firstIndex(of: "="), case let name = tag[..<equals], let first = name.first, first.isLetter,
              name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { return nil }
        let value = String(tag[tag.index(after: equals)...])
        guard !value.isEmpty, !value.contains(" ") else { return nil }
        return (String(name), value == "true" ? nil : value)
    }
}
