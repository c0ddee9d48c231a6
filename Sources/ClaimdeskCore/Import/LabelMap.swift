/// Which annotation labels (and brat event roles) mean a claim, a speaker mention or a cue, and which
/// to leave out: `--map Quote=claim,Speaker=speaker,Discard=ignore`.
///
/// A brat event's argument looks up `EVENT.ROLE`, then its role, then its role without trailing
/// digits (brat's `Content2` is a second `Content`), then its entity's type.
///
/// ```swift
/// let map = try LabelMap.parse("Content=claim,Source=speaker,Cue=cue,Discard=ignore")
/// map.role(of: "content")                                  // .claim (case-insensitive)
/// map.role(ofArgument: "Content2", in: "Attribution")      // .claim
/// ```
struct LabelMap {
    enum Role: String { case claim, speaker, cue, ignore }

    let roles: [String: Role]
    /// `roles` by lower-cased label, for the case-insensitive look-up.
    private let folded: [String: Role]

    init(roles: [String: Role]) {
        self.roles = roles
        self.folded = Dictionary(roles.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    static func parse(_ text: String) throws(ClaimdeskError) -> LabelMap {
        var roles: [String: Role] = [:]
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let role = Role(rawValue: parts[1].lowercased()) else {
                throw .badInput("--map '\(pair)' is not LABEL=claim|speaker|cue|ignore; e.g. --map Quote=claim,Speaker=speaker")
            }
            roles[parts[0]] = role
        }
        return LabelMap(roles: roles)
    }

    /// The role of a label (its exact name first, then ignoring case), or nil when `--map` gives it none.
    func role(of label: String) -> Role? {
        roles[label] ?? folded[label.lowercased()]
    }

    /// The role of an event argument: `EVENT.ROLE`, `ROLE`, `ROLE` without trailing digits, in that order.
    func role(ofArgument role: String, in event: String) -> Role? {
        let bare = String(role.reversed().drop(while: \.isNumber).reversed())
        return self.role(of: "\(event).\(role)") ?? self.role(of: role) ?? (bare.isEmpty ? nil : self.role(of: bare))
    }

    /// The role of a label, or an error naming the labels that have none.
    func role(of label: String, origin: String) throws(ClaimdeskError) -> Role {
        if let role = role(of: label) { return role }
        throw .badInput("\(origin): label '\(label)' has no role; add it to --map, e.g. --map \(label)=claim (known: \(roles.keys.sorted().joined(separator: ", ")))")
    }
}
