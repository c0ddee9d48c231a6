/// One-line descriptions of speakers, sources and their changes, as `log`, `history` and `undo` print them.
///
/// ```swift
/// EntityText.changes(from: EntityState(name: "Xi Jinping"), to: EntityState(name: "Xi Jinping", aliases: ["Xi"]))
/// // "aliases [] → [Xi]"
/// ```
enum EntityText {
    /// `speaker 4 «Xi Jinping»`
    static func subject(_ entity: EntityReference, before: EntityState?, after: EntityState?) -> String {
        let name = (after ?? before).map { " «\($0.name)»" } ?? ""
        return "\(entity.kind.rawValue) \(entity.id)\(name)"
    }

    /// `source 2 «Xinhua News Agency»: kind publication → agency`
    static func describe(_ change: EntityChange) -> String {
        "\(subject(change.entity, before: change.before, after: change.after)): \(changes(from: change.before, to: change.after))"
    }

    /// What changed, e.g. `aliases [Xi] → [Xi, Chinese President Xi Jinping]; kind none → person`.
    static func changes(from before: EntityState?, to after: EntityState?) -> String {
        guard let before else { return after.map { "created" + summary($0) } ?? "" }
        guard let after else { return "removed" }
        var parts: [String] = []
        func note(_ name: String, _ old: String?, _ new: String?) {
            if old != new { parts.append("\(name) \(old ?? "none") → \(new ?? "none")") }
        }
        note("name", before.name, after.name)
        note("kind", before.kind, after.kind)
        note("note", before.note, after.note)
        note("url", before.url, after.url)
        if before.aliases != after.aliases {
            parts.append("aliases \(list(before.aliases)) → \(list(after.aliases))")
        }
        return parts.isEmpty ? "unchanged" : parts.joined(separator: "; ")
    }

    private static func summary(_ state: EntityState) -> String {
        var facts: [String] = []
        if let kind = state.kind { facts.append("kind \(kind)") }
        if let note = state.note { facts.append("note \(note)") }
        if let url = state.url { facts.append("url \(url)") }
        if let aliases = state.aliases, !aliases.isEmpty { facts.append("aliases \(list(aliases))") }
        return facts.isEmpty ? "" : " (" + facts.joined(separator: "; ") + ")"
    }

    private static func list(_ aliases: [String]?) -> String {
        "[" + (aliases ?? []).joined(separator: ", ") + "]"
    }
}
