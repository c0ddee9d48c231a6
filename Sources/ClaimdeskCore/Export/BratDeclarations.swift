import Foundation

/// What brat's `annotation.conf` must declare for a set of `.ann` files: gathered from each
/// document's lines as facts (one string each, so a ``FolderExportFormat`` can collect them without
/// knowing brat), then written as the conf with claimdesk's own types first, as they always were.
///
/// Entity types come from `T` lines (an event's trigger type is declared under `[events]` only),
/// relation types and their argument types from `R` lines, equivalences (`*`) as
/// `<REL-TYPE>:symmetric-transitive` relations, event types with their roles from `E` lines (a role
/// missing from some event is `?`; a repeated or numbered role, `Content2`, is its base role with
/// `*`), attributes and their values from `A` lines. See https://brat.nlplab.org/configuration.html
///
/// ```swift
/// let facts = BratDeclarations.facts(in: Array("T1\tSource 0 3\tAna\n".utf8))   // ["entity\tSource"]
/// BratDeclarations(facts).configuration                               // "[entities]\nClaim\nSpeaker\nCue\nSource\n…"
/// ```
struct BratDeclarations {
    private var entities: Set<String> = []
    private var triggers: Set<String> = []
    /// Relation (and equivalence) type → role → entity types.
    private var relations: [String: [String: Set<String>]] = [:]
    private var equivalences: [String: Set<String>] = [:]
    /// Event type → the role sets of its events (base roles, `*` marking a repeated one) and each role's entity types.
    private var roleSets: [String: Set<String>] = [:]
    private var roleTypes: [String: [String: Set<String>]] = [:]
    /// Attribute → the types it is on, and its values ("" for a binary attribute).
    private var attributeTargets: [String: Set<String>] = [:]
    private var attributeValues: [String: Set<String>] = [:]

    /// claimdesk's own declarations, always written in this order before anything else.
    private static let ownEntities = ["Claim", "Speaker", "Cue"]
    private static let ownRelations = [("Attribution", "Speaker"), ("CueOf", "Cue")]
    private static let ownAttributes = [("Status", VerificationStatus.allCases.map(\.rawValue)),
                                        ("AttributionStatus", AttributionStatus.allCases.map(\.rawValue))]

    init(_ facts: Set<String>) {
        entities = Set(Self.ownEntities)
        for (name, to) in Self.ownRelations { relations[name] = ["Arg1": ["Claim"], "Arg2": [to]] }
        for (name, values) in Self.ownAttributes { attributeTargets[name] = ["Claim"]; attributeValues[name] = Set(values) }
        for fact in facts { add(fact.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)) }
        entities.subtract(triggers)
    }

    private mutating func add(_ words: [String]) {
        switch (words.first, words.count) {
        case ("entity", 2): entities.insert(words[1])
        case ("trigger", 2): triggers.insert(words[1])
        case ("relation", 4): relations[words[1], default: [:]][words[2], default: []].insert(words[3])
        case ("equivalence", 3): equivalences[words[1], default: []].insert(words[2])
        case ("roles", 3): roleSets[words[1], default: []].insert(words[2])
        case ("role", 4): roleTypes[words[1], default: [:]][words[2], default: []].insert(words[3])
        case ("attribute", 4): attributeTargets[words[1], default: []].insert(words[2]); attributeValues[words[1], default: []].insert(words[3])
        default: break
        }
    }

    /// The facts one `.ann` file's lines call for.
    static func facts(in ann: [UInt8]) -> Set<String> {
        let lines = declaringLines(ann)
        var types: [String: String] = [:]
        for line in lines where line.id.hasPrefix("T") || line.id.hasPrefix("E") {
            types[line.id] = String((line.words.first ?? "").split(separator: ":").first ?? "")
        }
        var facts: Set<String> = []
        for (id, words) in lines {
            guard let kind = id.first, let type = words.first else { continue }
            switch kind {
            case "T": facts.insert("entity\t\(type)")
            case "R":
                for pair in words.dropFirst().map({ $0.split(separator: ":", maxSplits: 1) }) where pair.count == 2 {
                    facts.insert("relation\t\(type)\t\(pair[0])\t\(types[String(pair[1])] ?? "")")
                }
            case "*": for id in words.dropFirst() { facts.insert("equivalence\t\(type)\t\(types[id] ?? "")") }
            case "E": facts.formUnion(eventFacts(words, types))
            case "A": if words.count > 1 { facts.insert("attribute\t\(type)\t\(types[words[1]] ?? "")\t\(words.count > 2 ? words[2] : "")") }
            default: break
            }
        }
        return facts
    }

    /// The lines that can declare something (T, R, *, E and A) as their id and the words of their second field,
    /// read in the bytes: line ends are found with `memchr`, and only a T line's type is split, so the spans'
    /// texts and the notes, most of a file, are passed over.
    private static func declaringLines(_ ann: [UInt8]) -> [(id: String, words: [String])] {
        ann.withUnsafeBufferPointer { bytes in
            var lines: [(id: String, words: [String])] = []
            var start = 0
            while start < bytes.count {
                let end = memchr(bytes.baseAddress! + start, 0x0A, bytes.count - start)
                    .map { UnsafeRawPointer(bytes.baseAddress!).distance(to: $0) } ?? bytes.count
                if let line = declaringLine(bytes[start..<end]) { lines.append(line) }
                start = end + 1
            }
            return lines
        }
    }

    /// One line's id and the words of its second field, or nil for a line that declares nothing.
    private static func declaringLine(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> (id: String, words: [String])? {
        guard let first = line.first, "TR*EA".utf8.contains(first) else { return nil }
        let fields = line.split(separator: 0x09, maxSplits: 2, omittingEmptySubsequences: false)
        guard fields.count > 1 else { return nil }
        // A `T` line's offsets declare nothing: only its type is read.
        let annotation = first == UInt8(ascii: "T") ? fields[1].prefix { $0 != 0x20 } : fields[1]
        return (String(decoding: fields[0], as: UTF8.self), annotation.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) })
    }

    /// `E` line: its type (its trigger's), each role's base name and argument type, and its role set.
    private static func eventFacts(_ words: [String], _ types: [String: String]) -> Set<String> {
        let type = String(words[0].split(separator: ":").first ?? "")
        var facts: Set<String> = ["trigger\t\(type)"]
        var counts: [String: Int] = [:]
        for pair in words.dropFirst().map({ $0.split(separator: ":", maxSplits: 1) }) where pair.count == 2 {
            let numbered = pair[0].last?.isNumber == true
            let role = String(pair[0].reversed().drop(while: \.isNumber).reversed())
            counts[role, default: 0] += numbered ? 2 : 1
            facts.insert("role\t\(type)\t\(role)\t\(types[String(pair[1])] ?? "")")
        }
        let roles = counts.keys.sorted().map { counts[$0]! > 1 ? $0 + "*" : $0 }
        facts.insert("roles\t\(type)\t\(roles.joined(separator: ","))")
        return facts
    }

    /// `annotation.conf`: claimdesk's types, then the others in byte order. brat lets no two spans overlap
    /// unless the configuration says so, and claims may nest, cross and share spans (and speaker mentions and
    /// cues may fall inside claims), so `<OVERLAP>` allows every kind of overlap between every type.
    var configuration: String {
        var lines = ["[entities]"] + Self.ordered(entities, first: Self.ownEntities)
        lines.append("[relations]")
        for name in Self.ordered(Set(relations.keys), first: Self.ownRelations.map(\.0)) {
            let roles = relations[name]!
            lines.append("\(name)\t" + Self.ordered(Set(roles.keys), first: ["Arg1", "Arg2"]).map { "\($0):\(Self.types(roles[$0]!))" }.joined(separator: ", "))
        }
        for name in equivalences.keys.sorted() {
            let types = Self.types(equivalences[name]!)
            lines.append("\(name)\tArg1:\(types), Arg2:\(types), <REL-TYPE>:symmetric-transitive")
        }
        lines += ["<OVERLAP>\tArg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>", "[events]"]
        for name in triggers.sorted() { lines.append(event(name)) }
        lines.append("[attributes]")
        for name in Self.ordered(Set(attributeTargets.keys), first: Self.ownAttributes.map(\.0)) {
            let own = Self.ownAttributes.first { $0.0 == name }?.1 ?? []
            let values = Self.ordered(attributeValues[name]!.subtracting([""]), first: own)
            lines.append("\(name)\tArg:\(Self.types(attributeTargets[name]!, first: ["Claim"]))" + (values.isEmpty ? "" : ", Value:" + values.joined(separator: "|")))
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// An event type's line: each role with `?` when some event lacks it, `*` when some event repeats it.
    private func event(_ name: String) -> String {
        let sets = (roleSets[name] ?? []).map { Set($0.split(separator: ",").map(String.init)) }
        let roles = roleTypes[name] ?? [:]
        let declared = roles.keys.sorted().map { role -> String in
            let mark = sets.contains { $0.contains(role + "*") } ? "*" : sets.allSatisfy { $0.contains(role) } ? "" : "?"
            return "\(role)\(mark):\(Self.types(roles[role]!))"
        }
        return ([name] + (declared.isEmpty ? [] : [declared.joined(separator: ", ")])).joined(separator: "\t")
    }

    /// `first` (those present) in its order, then the rest in byte order.
    private static func ordered(_ names: Set<String>, first: [String]) -> [String] {
        first.filter(names.contains) + names.subtracting(first).sorted()
    }

    private static func types(_ names: Set<String>, first: [String] = ownEntities) -> String {
        ordered(names, first: first).joined(separator: "|")
    }
}
