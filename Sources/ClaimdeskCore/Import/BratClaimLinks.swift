/// What each claim entity of a brat file takes from the other lines: its speaker mention and cue
/// (from events, whose arguments' roles go through `--map`; from relations; in a file with neither,
/// the nearest), its statuses, notes and attributes, and the ``BratTag`` tags that keep the rest.
///
/// A claim in several events takes the speaker and cue of the first; the others are kept in their
/// event tags. Claim entities of one type and span (one content, two attributions) are one claim:
/// claimdesk keeps one claim per span and layer. Whatever joins no claim is tallied as skipped,
/// never dropped silently.
///
/// ```swift
/// let links = BratClaimLinks(ann, map: map, spans: spans, isOnePiece: onePiece)
/// links.claims["T3"]?.speaker   // "T1"
/// ```
struct BratClaimLinks {
    struct Claim {
        var speaker: String?
        var cue: String?
        /// The speaker's name from an equivalence (the first mention's text), when the mention is in one.
        var speakerName: String?
        var tags: [String] = []
        var notes: [String] = []
        var status: BratAnnotations.Attribute?
        var attribution: BratAnnotations.Attribute?
    }

    private(set) var claims: [String: Claim] = [:]
    private(set) var tally = BratTally()
    private let ann: BratAnnotations
    private let map: LabelMap
    private let spans: (BratAnnotations.Entity) -> [Range<Int>]
    private let isOnePiece: (BratAnnotations.Entity) -> Bool
    private var roles: [String: LabelMap.Role] = [:]
    /// Claim entities with the type and span of an earlier one, to that one's id.
    private var sameAs: [String: String] = [:]
    /// Event arguments' roles by `EVENT ROLE`, looked up once per file.
    private var argumentRoles: [String: LabelMap.Role?] = [:]
    /// The claims each entity takes part in (as the claim, its speaker or cue, or in one of its links).
    private var involved: [String: [String]] = [:]

    init(_ ann: BratAnnotations, map: LabelMap, spans: @escaping (BratAnnotations.Entity) -> [Range<Int>],
         isOnePiece: @escaping (BratAnnotations.Entity) -> Bool) {
        (self.ann, self.map, self.spans, self.isOnePiece) = (ann, map, spans, isOnePiece)
        assignRoles()
        for event in ann.events { link(event, kind: .event) }
        for relation in ann.relations { link(relation, kind: .relation) }
        if ann.events.isEmpty && ann.relations.isEmpty { linkNearest() }
        for (id, claim) in claims { recordTypes(id, claim) }
        for equivalence in ann.equivalences { keep(equivalence) }
        for attribute in ann.attributes { keep(attribute) }
        for normalization in ann.normalizations { keep(normalization) }
        for note in ann.notes { keep(note) }
        tallyLeftOut()
    }

    func role(of id: String) -> LabelMap.Role? { roles[id] }

    /// Every entity's role from its type; an unmapped type is tallied unless the entity only triggers events.
    private mutating func assignRoles() {
        let triggers = Set(ann.events.compactMap(\.trigger))
        let arguments = Set((ann.events + ann.relations).flatMap { $0.arguments.map(\.id) })
        var firstWithSpan: [String: String] = [:]
        for entity in ann.entities.values.sorted(by: { $0.line < $1.line }) {
            if let role = map.role(of: entity.label) {
                roles[entity.id] = role
                guard role == .claim else { continue }
                let key = "\(entity.label) \(spans(entity))"
                if let first = firstWithSpan[key] {
                    sameAs[entity.id] = first
                    tally.skipped["\(entity.label) with the span of another (one claim)", default: 0] += 1
                    continue
                }
                firstWithSpan[key] = entity.id
                claims[entity.id] = Claim()
                involved[entity.id, default: []].append(entity.id)
            } else if !triggers.contains(entity.id) || arguments.contains(entity.id) {
                tally.unmapped[entity.label, default: 0] += 1
            }
        }
    }

    /// An event or relation: its claims take its speaker and cue (if they have none yet) and keep it as a tag.
    private mutating func link(_ link: BratAnnotations.Link, kind: BratTag.Link.Kind) {
        var arguments: [(role: String, entity: BratAnnotations.Entity, as: LabelMap.Role)] = []
        for argument in link.arguments {
            guard let entity = ann.entities[argument.id] else {
                tally.skipped["\(link.type) argument naming an event", default: 0] += 1
                continue
            }
            let role = kind == .event ? argumentRole(argument.role, in: link.type) ?? roles[entity.id] : roles[entity.id]
            guard let role else {
                if kind == .event { tally.unmapped["\(link.type).\(argument.role)", default: 0] += 1 }
                continue
            }
            arguments.append((argument.role, entity, role))
        }
        let claimIDs = arguments.filter { $0.as == .claim && roles[$0.entity.id] == .claim }.map { claimID($0.entity.id) }
        guard !claimIDs.isEmpty else {
            tally.skipped["\(link.type) \(kind == .event ? "event" : "relation") with no claim", default: 0] += 1
            return
        }
        let speaker = arguments.first { $0.as == .speaker }?.entity.id
        let cue = arguments.first { $0.as == .cue }?.entity.id
        for id in claimIDs {
            if claims[id]!.speaker == nil, let speaker { claims[id]!.speaker = speaker; involved[speaker, default: []].append(id) }
            if claims[id]!.cue == nil, let cue { claims[id]!.cue = cue; involved[cue, default: []].append(id) }
            let trigger = link.trigger.flatMap { ann.entities[$0] }
            for entity in arguments.map(\.entity) + (trigger.map { [$0] } ?? []) { involved[entity.id, default: []].append(id) }
            guard !isDefault(link, kind, arguments.map { ($0.role, $0.entity) }, claim: id) else { continue }
            let tag = BratTag.Link(kind: kind, type: link.type, trigger: trigger.map { reference($0, from: id) },
                                   arguments: arguments.map { ($0.role, reference($0.entity, from: id)) })
            claims[id]!.tags.append(tag.tag)
        }
    }

    private mutating func argumentRole(_ role: String, in event: String) -> LabelMap.Role? {
        let key = event + " " + role
        if let known = argumentRoles[key] { return known }
        let found = map.role(ofArgument: role, in: event)
        argumentRoles[key] = found
        return found
    }

    /// A relation claimdesk writes anyway: `Attribution Arg1:claim Arg2:speaker`, `CueOf Arg1:claim Arg2:cue`.
    private func isDefault(_ link: BratAnnotations.Link, _ kind: BratTag.Link.Kind, _ arguments: [(String, BratAnnotations.Entity)], claim: String) -> Bool {
        guard kind == .relation, ann.events.isEmpty, arguments.count == 2, arguments[0].0 == "Arg1", arguments[1].0 == "Arg2", arguments[0].1.id == claim else { return false }
        let other = reference(arguments[1].1, from: claim)
        return (link.type == "Attribution" && other == .speaker) || (link.type == "CueOf" && other == .cue)
    }

    /// A file without events or relations: each claim takes the nearest speaker and cue entity.
    private mutating func linkNearest() {
        let entities = ann.entities.values.sorted { $0.line < $1.line }
        let speakers = entities.filter { roles[$0.id] == .speaker }, cues = entities.filter { roles[$0.id] == .cue }
        for id in claims.keys {
            let span = ann.entities[id]!.outer
            if let index = NearestLabel.index(of: speakers.map(\.outer), nearest: span) {
                claims[id]!.speaker = speakers[index].id
                involved[speakers[index].id, default: []].append(id)
            }
            if let index = NearestLabel.index(of: cues.map(\.outer), nearest: span) {
                claims[id]!.cue = cues[index].id
                involved[cues[index].id, default: []].append(id)
            }
        }
    }

    /// `brat:claim=Content` and the like, when a type is not claimdesk's default.
    private mutating func recordTypes(_ id: String, _ claim: Claim) {
        let pairs: [(BratTag.Reference, String?)] = [(.claim, id), (.speaker, claim.speaker), (.cue, claim.cue)]
        for (role, entityID) in pairs {
            guard let entity = entityID.flatMap({ ann.entities[$0] }), entity.label != BratTag.type(of: role, in: []) else { continue }
            claims[id]!.tags.append(BratTag.type(of: role, entity.label))
        }
    }

    /// An entity as a claim's tags name it: `claim`, `speaker`, `cue` or its type and spans.
    private func reference(_ entity: BratAnnotations.Entity, from claim: String) -> BratTag.Reference {
        if claimID(entity.id) == claim { return .claim }
        if entity.id == claims[claim]?.speaker && isOnePiece(entity) { return .speaker }
        if entity.id == claims[claim]?.cue && isOnePiece(entity) { return .cue }
        return .span(type: entity.label, fragments: spans(entity))
    }

    /// The claim an entity id stands for (itself, or the earlier entity of its type and span).
    private func claimID(_ id: String) -> String { sameAs[id] ?? id }

    private func claimsInvolving(_ id: String) -> [String] {
        var seen: Set<String> = []
        return (involved[id] ?? []).filter { seen.insert($0).inserted }
    }

    private mutating func keep(_ equivalence: BratAnnotations.Equivalence) {
        let members = equivalence.members.compactMap { ann.entities[$0] }
        let ids = members.flatMap { claimsInvolving(claimID($0.id)) }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        guard !ids.isEmpty else { tally.skipped["\(equivalence.type) equivalence with no claim", default: 0] += 1; return }
        let name = members.first { roles[$0.id] == .speaker }?.text
        for id in ids {
            for member in members { involved[member.id, default: []].append(id) }
            if let speaker = claims[id]!.speaker, members.contains(where: { $0.id == speaker }) { claims[id]!.speakerName = name }
            claims[id]!.tags.append(BratTag.Link(kind: .equivalence, type: equivalence.type, trigger: nil,
                                                 arguments: members.map { (nil, reference($0, from: id)) }).tag)
        }
    }

    private mutating func keep(_ attribute: BratAnnotations.Attribute) {
        let target = claimID(attribute.target)
        if claims[target] != nil {
            switch attribute.name {
            case "Status": claims[target]!.status = attribute
            case "AttributionStatus": claims[target]!.attribution = attribute
            default: claims[target]!.tags.append(BratTag.attribute(attribute.name, attribute.value))
            }
            return
        }
        about("A", attribute.target, [attribute.name] + (attribute.value.map { [$0] } ?? []), "\(attribute.name) attribute")
    }

    private mutating func keep(_ normalization: BratAnnotations.Normalization) {
        about("N", normalization.target, [normalization.type, normalization.reference] + (normalization.text.map { [$0] } ?? []),
              "\(normalization.type) normalization")
    }

    private mutating func keep(_ note: BratAnnotations.Note) {
        if claims[claimID(note.target)] != nil { claims[claimID(note.target)]!.notes.append(note.text); return }
        about("#", note.target, [note.text], "note")
    }

    /// A line about an entity that is not a claim: a tag on each claim it takes part in.
    private mutating func about(_ kind: String, _ target: String, _ words: [String], _ what: String) {
        let ids = ann.entities[target] == nil ? [] : claimsInvolving(claimID(target))
        guard !ids.isEmpty else { tally.skipped["\(what) on no claim", default: 0] += 1; return }
        for id in ids { claims[id]!.tags.append(BratTag.about(kind, reference(ann.entities[target]!, from: id), words)) }
    }

    /// Entities that joined no claim: speakers and cues linked to none, and those mapped to `ignore`.
    private mutating func tallyLeftOut() {
        for entity in ann.entities.values where roles[entity.id] != .claim && roles[entity.id] != nil && involved[entity.id] == nil {
            let why = roles[entity.id] == .ignore ? "mapped to ignore" : "linked to no claim"
            tally.skipped["\(entity.label) (\(why))", default: 0] += 1
        }
    }
}
