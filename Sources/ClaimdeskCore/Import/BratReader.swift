import Foundation

/// Reads brat standoff: `NAME.ann` with `NAME.txt` beside it.
///
/// Text-bound entities whose label maps to `claim` become claims (fragments joined into one span
/// from the first start to the last end); `Attribution`-style relations (or, without one, the
/// nearest entity) give a claim its speaker mention and cue; `Status` attributes its status;
/// `AnnotatorNotes` written by claimdesk (`id: …; speaker: …`) restore the claim id and speaker
/// name. See https://brat.nlplab.org/standoff.html
enum BratReader {
    private struct Entity { let id: String; let label: String; let start: Int; let end: Int }

    static func read(path: String, map: LabelMap) throws(ClaimdeskError) -> [ImportedClaim] {
        let textPath = (path as NSString).deletingPathExtension + ".txt"
        let string = try AnnotationFile.text(textPath)
        let text = DocumentText(string)
        let name = (path as NSString).lastPathComponent
        var entities: [String: Entity] = [:]
        var links: [String: [String]] = [:]
        var statuses: [String: String] = [:]
        var notes: [String: String] = [:]
        for (index, line) in try AnnotationFile.text(path).split(separator: "\n").enumerated() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let origin = "\(name):\(index + 1)"
            let parts = fields.count > 1 ? fields[1].split(separator: " ").map(String.init) : []
            switch fields.first?.first {
            case "T": entities[fields[0]] = try entity(fields, parts, text: text, origin: origin)
            case "R" where parts.count == 3: links[argument(parts[1]), default: []].append(argument(parts[2]))
            case "A" where parts.count == 3 && parts[0] == "Status": statuses[parts[1]] = parts[2]
            case "#" where parts.count == 2 && fields.count > 2: notes[parts[1]] = fields[2]
            default: continue
            }
        }
        return try claims(entities, links, statuses, notes, map: map, text: text, name: name)
    }

    private static func entity(_ fields: [String], _ parts: [String], text: DocumentText, origin: String) throws(ClaimdeskError) -> Entity {
        let offsets = parts.dropFirst().joined(separator: " ").split(separator: ";").flatMap { $0.split(separator: " ") }.compactMap { Int($0) }
        guard let label = parts.first, let start = offsets.min(), let end = offsets.max(), start < end, end <= text.count else {
            throw .badInput("\(origin) is not a text-bound annotation `T1<TAB>Label START END<TAB>text` within the .txt")
        }
        return Entity(id: fields[0], label: label, start: start, end: end)
    }

    private static func argument(_ text: String) -> String {
        String(text.split(separator: ":").last ?? "")
    }

    private static func claims(_ entities: [String: Entity], _ links: [String: [String]], _ statuses: [String: String], _ notes: [String: String],
                               map: LabelMap, text: DocumentText, name: String) throws(ClaimdeskError) -> [ImportedClaim] {
        let ordered = entities.values.sorted { ($0.start, $0.end, $0.id) < ($1.start, $1.end, $1.id) }
        var roles: [String: LabelMap.Role] = [:]
        for entity in ordered { roles[entity.id] = try map.role(of: entity.label, origin: "\(name) (\(entity.id))") }
        return try ordered.filter { roles[$0.id] == .claim }.map { entity throws(ClaimdeskError) in
            var state = ClaimState(doc: 0, start: entity.start, end: entity.end, text: text.slice(entity.start..<entity.end))
            let linked = (links[entity.id] ?? []).compactMap { entities[$0] }
            if let speaker = linked.first(where: { roles[$0.id] == .speaker }) {
                (state.speakerStart, state.speakerEnd, state.speaker) = (speaker.start, speaker.end, text.slice(speaker.start..<speaker.end))
            }
            if let cue = linked.first(where: { roles[$0.id] == .cue }) {
                (state.cueStart, state.cueEnd, state.cue) = (cue.start, cue.end, text.slice(cue.start..<cue.end))
            }
            if let status = statuses[entity.id] { state.status = try VerificationStatus.parse(status) }
            let note = NoteFields(notes[entity.id] ?? "")
            if let speaker = note["speaker"] { state.speaker = speaker }
            return ImportedClaim(origin: "\(name) (\(entity.id))", uid: note["id"], docText: text.string, state: state)
        }
    }
}

/// `key: value; key: value` notes, as claimdesk writes them in brat's AnnotatorNotes.
struct NoteFields {
    private var values: [String: String] = [:]

    init(_ text: String) {
        for part in text.components(separatedBy: "; ") {
            guard let colon = part.range(of: ": ") else { continue }
            values[String(part[..<colon.lowerBound])] = String(part[colon.upperBound...])
        }
    }

    subscript(key: String) -> String? { values[key] }
}
