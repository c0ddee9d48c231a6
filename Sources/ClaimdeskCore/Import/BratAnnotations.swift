/// Every line of a brat `.ann` file: text-bound entities (`T`, fragments in any order), events (`E`),
/// relations (`R`), equivalences (`*`), attributes (`A`, `M`), normalizations (`N`) and notes (`#`).
/// A line that is none of these is an error naming file:line, except the continuation of a `T` or
/// `#` line whose text held a line break (some tools write them; the text goes on in the next line).
/// Ids named by another line must be in the file. See https://brat.nlplab.org/standoff.html
///
/// ```swift
/// let ann = try BratAnnotations(path: "doc.ann")
/// ann.entities["T1"]?.fragments      // [11..<22, 24..<39]
/// ann.events.first?.arguments        // [("Content", "T3"), ("Cue", "T2"), ("Source", "T1")]
/// ```
struct BratAnnotations {
    struct Entity {
        let id: String
        let label: String
        /// As written, in the file's order.
        let fragments: [Range<Int>]
        /// The text written after the offsets (the fragments' texts joined by a space), if any.
        var text: String?
        /// Where the text went on over more lines of the file (then it is compared space for space): the first such line.
        var continuation: String?
        /// `doc.ann:3`.
        let origin: String
        let line: Int

        /// From the lowest start to the highest end.
        var outer: Range<Int> { fragments.map(\.lowerBound).min()!..<fragments.map(\.upperBound).max()! }
    }

    /// An `E` event (with its trigger) or an `R` relation (without): a type and role-named arguments.
    struct Link {
        let id: String
        let type: String
        let trigger: String?
        let arguments: [(role: String, id: String)]
        let origin: String
    }

    struct Attribute { let name: String; let target: String; let value: String?; let origin: String }
    struct Normalization { let type: String; let target: String; let reference: String; let text: String?; let origin: String }
    struct Note { let target: String; var text: String; let origin: String }
    struct Equivalence { let type: String; let members: [String]; let origin: String }

    private(set) var entities: [String: Entity] = [:]
    private(set) var events: [Link] = []
    private(set) var relations: [Link] = []
    private(set) var equivalences: [Equivalence] = []
    private(set) var attributes: [Attribute] = []
    private(set) var normalizations: [Normalization] = []
    private(set) var notes: [Note] = []
    private var last: (kind: Character, id: String)?

    init(path: String) throws(ClaimdeskError) {
        let name = AnnotationFile.origin(path, line: 0).dropLast(2)
        for (number, line) in try AnnotationFile.lines(path) {
            try add(line, number: number, origin: "\(name):\(number)")
        }
        try checkReferences()
    }

    private mutating func add(_ line: String, number: Int, origin: String) throws(ClaimdeskError) {
        let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        let parts = fields.count > 1 ? fields[1].split(separator: " ").map(String.init) : []
        let kind = fields[0].first!
        guard fields.count > 1, Self.isID(fields[0]) else { return try continueText(line, origin) }
        last = (kind, fields[0])
        switch kind {
        case "T": entities[fields[0]] = try entity(fields, parts, (origin, number))
        case "E": events.append(try event(fields[0], parts, origin))
        case "R" where parts.count == 3:
            relations.append(Link(id: fields[0], type: parts[0], trigger: nil,
                                  arguments: try parts.dropFirst().map { part throws(ClaimdeskError) in try Self.argument(part, origin) }, origin: origin))
        case "*" where parts.count >= 3: equivalences.append(Equivalence(type: parts[0], members: Array(parts.dropFirst()), origin: origin))
        case "A" where parts.count == 2 || parts.count == 3, "M" where parts.count == 2 || parts.count == 3:
            attributes.append(Attribute(name: parts[0], target: parts[1], value: parts.count == 3 ? parts[2] : nil, origin: origin))
        case "N" where parts.count == 3:
            normalizations.append(Normalization(type: parts[0], target: parts[1], reference: parts[2], text: fields.count > 2 ? fields[2] : nil, origin: origin))
        case "#" where parts.count == 2: notes.append(Note(target: parts[1], text: fields.count > 2 ? fields[2] : "", origin: origin))
        default: throw Self.malformed(origin, kind)
        }
    }

    /// `T12`, `E3`, `#1`, `*`: a line's id.
    private static func isID(_ text: String) -> Bool {
        guard let kind = text.first, "TERAMN#*".contains(kind) else { return false }
        return text.dropFirst().allSatisfy(\.isNumber) && (kind == "*" || text.count > 1 || kind == "#")
    }

    /// A line that is not brat: the next line of the last `T` or `#` line's text, or an error.
    private mutating func continueText(_ line: String, _ origin: String) throws(ClaimdeskError) {
        switch last {
        case let (kind, id)? where kind == "T" && entities[id]?.text != nil:
            entities[id]!.text! += "\n" + line
            if entities[id]!.continuation == nil { entities[id]!.continuation = origin }
        case ("#", _)? where !notes.isEmpty: notes[notes.count - 1].text += "\n" + line
        default:
            throw .badInput("\(origin) is not a brat line: each line starts with an id (T1, E1, R1, *, A1, M1, N1, #1) and a tab; fix or remove it")
        }
    }

    private static func malformed(_ origin: String, _ kind: Character) -> ClaimdeskError {
        let shapes: [Character: String] = [
            "R": "R1<TAB>Type Arg1:T1 Arg2:T2", "*": "*<TAB>Equiv T1 T2", "A": "A1<TAB>Name T1 [Value]", "M": "M1<TAB>Name T1 [Value]",
            "N": "N1<TAB>Type T1 Base:ID<TAB>text", "#": "#1<TAB>AnnotatorNotes T1<TAB>text",
        ]
        return .badInput("\(origin) is not a well-formed brat line; expected `\(shapes[kind] ?? "")`")
    }

    /// `T1<TAB>Label START END[;START END…]<TAB>text`.
    private func entity(_ fields: [String], _ parts: [String], _ at: (origin: String, line: Int)) throws(ClaimdeskError) -> Entity {
        let spans = parts.dropFirst().joined(separator: " ").split(separator: ";").map { $0.split(separator: " ").compactMap { Int($0) } }
        let fragments = spans.compactMap { $0.count == 2 && 0 <= $0[0] && $0[0] < $0[1] ? $0[0]..<$0[1] : nil }
        guard let label = parts.first, !fragments.isEmpty, fragments.count == spans.count else {
            throw .badInput("\(at.origin) is not a text-bound annotation `T1<TAB>Label START END[;START END]<TAB>text` with non-empty fragments")
        }
        return Entity(id: fields[0], label: label, fragments: fragments, text: fields.count > 2 ? fields[2] : nil, origin: at.origin, line: at.line)
    }

    /// `E1<TAB>Type:T4 Role:T3 Role:T2` (the trigger first; no arguments is allowed).
    private func event(_ id: String, _ parts: [String], _ origin: String) throws(ClaimdeskError) -> Link {
        guard let head = parts.first, case let trigger = head.split(separator: ":", maxSplits: 1).map(String.init), trigger.count == 2 else {
            throw .badInput("\(origin) is not an event `E1<TAB>Type:T1 Role:T2 …`")
        }
        let arguments = try parts.dropFirst().filter { !$0.isEmpty }.map { part throws(ClaimdeskError) in try Self.argument(part, origin) }
        return Link(id: id, type: trigger[0], trigger: trigger[1], arguments: arguments, origin: origin)
    }

    /// `Arg1:T3` → (`Arg1`, `T3`).
    private static func argument(_ text: String, _ origin: String) throws(ClaimdeskError) -> (role: String, id: String) {
        let pair = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard pair.count == 2, !pair[0].isEmpty, !pair[1].isEmpty else { throw .badInput("\(origin): '\(text)' is not an argument ROLE:ID") }
        return (pair[0], pair[1])
    }

    /// Every id a line names is in the file (events may name events; the rest name entities or events).
    private func checkReferences() throws(ClaimdeskError) {
        let eventIDs = Set(events.map(\.id))
        func check(_ id: String, _ origin: String, _ what: String) throws(ClaimdeskError) {
            guard entities[id] != nil || eventIDs.contains(id) else {
                throw .badInput("\(origin): \(what) names \(id), which this file does not have; add it or remove the line")
            }
        }
        for link in events + relations {
            if let trigger = link.trigger {
                guard entities[trigger] != nil else { throw .badInput("\(link.origin): event \(link.id)'s trigger \(trigger) is not a T entity of this file") }
            }
            for argument in link.arguments { try check(argument.id, link.origin, link.id) }
        }
        for equivalence in equivalences { for member in equivalence.members { try check(member, equivalence.origin, "the equivalence") } }
        for attribute in attributes { try check(attribute.target, attribute.origin, "attribute \(attribute.name)") }
        for normalization in normalizations { try check(normalization.target, normalization.origin, "normalization \(normalization.type)") }
        for note in notes { try check(note.target, note.origin, "the note") }
    }
}
