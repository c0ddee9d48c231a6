/// Which annotation labels mean a claim, a speaker mention or a cue: `--map Quote=claim,Speaker=speaker`.
struct LabelMap {
    enum Role: String { case claim, speaker, cue }

    let roles: [String: Role]

    static func parse(_ text: String) throws(ClaimdeskError) -> LabelMap {
        var roles: [String: Role] = [:]
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let role = Role(rawValue: parts[1].lowercased()) else {
                throw .badInput("--map '\(pair)' is not LABEL=claim|speaker|cue; e.g. --map Quote=claim,Speaker=speaker")
            }
            roles[parts[0]] = role
        }
        return LabelMap(roles: roles)
    }

    /// The role of a label, or an error naming the labels that have none.
    func role(of label: String, origin: String) throws(ClaimdeskError) -> Role {
        if let role = role(of: label) { return role }
        throw .badInput("\(origin): label '\(label)' has no role; add it to --map, e.g. --map \(label)=claim (known: \(roles.keys.sorted().joined(separator: ", ")))")
    }

    /// The role of a label (its exact name first, then ignoring case), or nil when `--map` gives it none.
    func role(of label: String) -> Role? {
        roles[label] ?? roles.first(where: { $0.key.caseInsensitiveCompare(label) == .orderedSame })?.value
    }
}
