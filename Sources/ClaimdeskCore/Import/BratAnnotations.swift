/// The lines of a brat `.ann` file that claimdesk reads: text-bound entities (`T`), relations
/// (`R`), attributes (`A`, `M`) and notes (`#`). Events, normalizations and equivalences have no
/// place in claimdesk and are an error, as is an attribute other than `Status` and `AttributionStatus`, never skipped.
/// See https://brat.nlplab.org/standoff.html
///
/// ```swift
/// let ann = try BratAnnotations(path: "doc.ann")
/// ann.entities["T1"]?.fragments   // [11..<22, 24..<39]
/// ```
struct BratAnnotations {
    struct Entity {
        let id: String
        let label: String
        let fragments: [Range<Int>]
        /// The text written after the offsets (the fragments' texts joined by a space), if any.
        let text: String?
        /// `doc.ann:3`.
        let origin: String
        let line: Int

        /// From the first fragment's start to the last one's end.
        var outer: Range<Int> { fragments.first!.lowerBound..<fragments.last!.upperBound }
    }

    struct Relation {
        let type: String
        let arguments: (String, String)
        let origin: String
    }

    private(set) var entities: [String: Entity] = [:]
    private(set) var relations: [Relation] = []
    private(set) var statuses: [String: (value: String, origin: String)] = [:]
    private(set) var attributions: [String: (value: String, origin: String)] = [:]
    private(set) var notes: [String: String] = [:]

    init(path: String) throws(ClaimdeskError) {
        for (number, line) in try AnnotationFile.lines(path) {
            try add(line, number: number, origin: AnnotationFile.origin(path, line: number))
        }
    }

    private mutating func add(_ line: String, number: Int, origin: String) throws(ClaimdeskError) {
        let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        let parts = fields.count > 1 ? fields[1].split(separator: " ").map(String.init) : []
        switch fields[0].first {
        case "T": entities[fields[0]] = try entity(fields, parts, (origin, number))
        case "R" where parts.count == 3:
            relations.append(Relation(type: parts[0], arguments: (argument(parts[1]), argument(parts[2])), origin: origin))
        case "A", "M":
            guard parts.count == 3, ["Status", "AttributionStatus"].contains(parts[0]) else {
                throw .badInput("\(origin): attribute '\(parts.first ?? "")' has no place in claimdesk (only Status and AttributionStatus do); remove it or export it elsewhere")
            }
            if parts[0] == "Status" { statuses[parts[1]] = (parts[2], origin) } else { attributions[parts[1]] = (parts[2], origin) }
        case "#" where parts.count == 2: notes[parts[1]] = fields.count > 2 ? fields[2] : ""
        default:
            throw .badInput("\(origin) is not a brat line claimdesk reads (T entities, R relations, A Status and AttributionStatus attributes, # notes)")
        }
    }

    /// `T1<TAB>Label START END[;START END…]<TAB>text`.
    private func entity(_ fields: [String], _ parts: [String], _ at: (origin: String, line: Int)) throws(ClaimdeskError) -> Entity {
        let origin = at.origin
        let spans = parts.dropFirst().joined(separator: " ").split(separator: ";").map { $0.split(separator: " ").compactMap { Int($0) } }
        let fragments = spans.compactMap { $0.count == 2 && 0 <= $0[0] && $0[0] < $0[1] ? $0[0]..<$0[1] : nil }
        guard let label = parts.first, !fragments.isEmpty, fragments.count == spans.count,
              zip(fragments, fragments.dropFirst()).allSatisfy({ $0.upperBound <= $1.lowerBound }) else {
            throw .badInput("\(origin) is not a text-bound annotation `T1<TAB>Label START END[;START END]<TAB>text` with ascending fragments")
        }
        return Entity(id: fields[0], label: label, fragments: fragments, text: fields.count > 2 ? fields[2] : nil, origin: origin, line: at.line)
    }

    /// `Arg1:T3` → `T3`.
    private func argument(_ text: String) -> String {
        String(text.split(separator: ":").last ?? "")
    }
}
