/// Which speaker mention and cue belong to each claim of a brat file: from relations between a
/// claim and an entity mapped to `speaker` or `cue` (either direction, any relation type), or,
/// in a file without relations, the nearest such entity.
///
/// A relation between other roles, to an unknown entity, or a second speaker or cue for one
/// claim is an error rather than a guess.
struct BratLinks {
    private var speakers: [String: BratAnnotations.Entity] = [:]
    private var cues: [String: BratAnnotations.Entity] = [:]

    init(_ ann: BratAnnotations, roles: [String: LabelMap.Role]) throws(ClaimdeskError) {
        if ann.relations.isEmpty {
            linkNearest(ann, roles)
            return
        }
        for relation in ann.relations {
            let (first, second) = relation.arguments
            guard let a = ann.entities[first], let b = ann.entities[second] else {
                throw .badInput("\(relation.origin): relation \(relation.type) names an entity the file does not have")
            }
            let (claim, other) = roles[a.id] == .claim ? (a, b) : (b, a)
            guard roles[claim.id] == .claim, let role = roles[other.id], role != .claim else {
                throw .badInput("\(relation.origin): relation \(relation.type) does not link a claim to a speaker or cue; claimdesk has no place for it")
            }
            try link(claim.id, other, role: role, origin: relation.origin)
        }
    }

    func speaker(of claim: String) -> BratAnnotations.Entity? { speakers[claim] }
    func cue(of claim: String) -> BratAnnotations.Entity? { cues[claim] }

    private mutating func link(_ claim: String, _ entity: BratAnnotations.Entity, role: LabelMap.Role, origin: String) throws(ClaimdeskError) {
        let existing = role == .speaker ? speakers[claim] : cues[claim]
        guard existing == nil || existing?.id == entity.id else {
            throw .badInput("\(origin): claim \(claim) already has a \(role.rawValue) (\(existing!.id)); claimdesk keeps one per claim")
        }
        if role == .speaker { speakers[claim] = entity } else { cues[claim] = entity }
    }

    private mutating func linkNearest(_ ann: BratAnnotations, _ roles: [String: LabelMap.Role]) {
        let entities = ann.entities.values.sorted { $0.line < $1.line }
        let (speakerEntities, cueEntities) = (entities.filter { roles[$0.id] == .speaker }, entities.filter { roles[$0.id] == .cue })
        for claim in entities where roles[claim.id] == .claim {
            if let index = NearestLabel.index(of: speakerEntities.map(\.outer), nearest: claim.outer) { speakers[claim.id] = speakerEntities[index] }
            if let index = NearestLabel.index(of: cueEntities.map(\.outer), nearest: claim.outer) { cues[claim.id] = cueEntities[index] }
        }
    }
}
